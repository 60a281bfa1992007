import './live.css';
import type { Feature } from '../../app/feature.js';

export const feature: Feature = {
  id: 'live',
  routes: [
    {
      path: '/staff/dialogues/:id/live',
      layout: 'staff',
      load: () => import('./LiveConsole.js').then((module) => module.LiveConsole),
    },
  ],
  uses: ['dialogues', 'synthesis'],
  messages: () => import('./messages.js').then((module) => module.messages),
};
