import './dialogues.css';
import type { Feature } from '../../app/feature.js';

export const feature: Feature = {
  id: 'dialogues',
  routes: [
    {
      path: '/staff/ideas',
      layout: 'staff',
      load: () => import('./IdeasList.js').then((module) => module.IdeasList),
    },
    {
      path: '/staff/dialogues',
      layout: 'staff',
      load: () => import('./DialogueList.js').then((module) => module.DialogueList),
    },
    {
      path: '/staff/dialogues/new',
      layout: 'staff',
      load: () => import('./DialogueForm.js').then((module) => module.DialogueForm),
    },
    {
      path: '/staff/dialogues/:id',
      layout: 'staff',
      load: () => import('./DialogueDetail.js').then((module) => module.DialogueDetail),
    },
    {
      path: '/staff/dialogues/:id/edit',
      layout: 'staff',
      load: () => import('./DialogueForm.js').then((module) => module.DialogueForm),
    },
  ],
  nav: [
    { to: '/staff/dialogues', label: 'dialogues.navList', section: 'dialogos', order: 0 },
    { to: '/staff/ideas', label: 'dialogues.ideasList.nav', section: 'dialogos', order: 1 },
  ],
  messages: () => import('./messages.js').then((module) => module.messages),
};
