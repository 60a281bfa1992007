import './dialogues.css';
import type { Feature } from '../../app/feature.js';
import { DialogueDetail } from './DialogueDetail.js';
import { DialogueForm } from './DialogueForm.js';
import { DialogueList } from './DialogueList.js';
import { messages } from './messages.js';

export const feature: Feature = {
  id: 'dialogues',
  routes: [
    { path: '/staff/dialogues', layout: 'staff', component: DialogueList },
    { path: '/staff/dialogues/new', layout: 'staff', component: DialogueForm },
    { path: '/staff/dialogues/:id', layout: 'staff', component: DialogueDetail },
    { path: '/staff/dialogues/:id/edit', layout: 'staff', component: DialogueForm },
  ],
  nav: [{ to: '/staff/dialogues', label: 'dialogues.navList', section: 'dialogos', order: 0 }],
  messages,
};
