import type { Feature } from '../../app/feature.js';
import { ActorsPage } from './ActorsPage.js';
import { CodebookPage } from './CodebookPage.js';
import { InterviewPage } from './InterviewPage.js';
import { InterviewsPage } from './InterviewsPage.js';
import { messages } from './messages.js';
import { StakeholderMapPage } from './StakeholderMapPage.js';
import { SynthesisPage } from './SynthesisPage.js';
import './listening.css';

/** Active listening: actors, stakeholder map, interviews with coding, synthesis and coverage. */
export const feature: Feature = {
  id: 'listening',
  routes: [
    { path: '/staff/actores', layout: 'staff', component: ActorsPage },
    { path: '/staff/actores/mapa', layout: 'staff', component: StakeholderMapPage },
    { path: '/staff/entrevistas', layout: 'staff', component: InterviewsPage },
    { path: '/staff/entrevistas/sintesis', layout: 'staff', component: SynthesisPage },
    { path: '/staff/entrevistas/pautas', layout: 'staff', component: CodebookPage },
    { path: '/staff/entrevistas/:id', layout: 'staff', component: InterviewPage },
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
  messages,
};
