import type { Feature } from '../../app/feature.js';
import './listening.css';

/** Active listening: actors, stakeholder map, interviews with coding, synthesis and coverage. */
export const feature: Feature = {
  id: 'listening',
  routes: [
    {
      path: '/staff/actores',
      layout: 'staff',
      load: () => import('./ActorsPage.js').then((module) => module.ActorsPage),
    },
    {
      path: '/staff/actores/mapa',
      layout: 'staff',
      load: () => import('./StakeholderMapPage.js').then((module) => module.StakeholderMapPage),
    },
    {
      path: '/staff/entrevistas',
      layout: 'staff',
      load: () => import('./InterviewsPage.js').then((module) => module.InterviewsPage),
    },
    {
      path: '/staff/entrevistas/sintesis',
      layout: 'staff',
      load: () => import('./SynthesisPage.js').then((module) => module.SynthesisPage),
    },
    {
      path: '/staff/entrevistas/pautas',
      layout: 'staff',
      load: () => import('./CodebookPage.js').then((module) => module.CodebookPage),
    },
    {
      path: '/staff/entrevistas/:id',
      layout: 'staff',
      load: () => import('./InterviewPage.js').then((module) => module.InterviewPage),
    },
  ],
  nav: [
    {
      to: '/staff/actores',
      label: 'listening.nav.actors',
      section: 'actores',
      order: 10,
      roles: ['national', 'regional'],
    },
    {
      to: '/staff/actores/mapa',
      label: 'listening.nav.map',
      section: 'actores',
      order: 20,
      roles: ['national', 'regional'],
    },
    {
      to: '/staff/entrevistas',
      label: 'listening.nav.interviews',
      section: 'actores',
      order: 30,
      roles: ['national', 'regional'],
    },
    {
      to: '/staff/entrevistas/sintesis',
      label: 'listening.nav.synthesis',
      section: 'actores',
      order: 40,
      roles: ['national', 'regional'],
    },
    {
      to: '/staff/entrevistas/pautas',
      label: 'listening.nav.codebook',
      section: 'actores',
      order: 50,
      roles: ['national', 'regional'],
    },
  ],
  messages: () => import('./messages.js').then((module) => module.messages),
};
