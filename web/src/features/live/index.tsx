import './live.css';
import type { Feature } from '../../app/feature.js';
import { messages } from './messages.js';

export const feature: Feature = {
  id: 'live',
  routes: [
    {
      path: '/staff/dialogues/:id/live',
      layout: 'staff',
      load: () => import('./LiveConsole.js').then((module) => module.LiveConsole),
    },
  ],
  messages,
};
