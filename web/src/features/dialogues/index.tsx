import './dialogues.css';
import type { Feature } from '../../app/feature.js';

export const feature: Feature = {
  id: 'dialogues',
  routes: [
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
  nav: [{ to: '/staff/dialogues', label: 'dialogues.navList', section: 'dialogos', order: 0 }],
  messages: () => import('./messages.js').then((module) => module.messages),
};
