import type { Feature } from '../../app/feature.js';
import { messages } from './messages.js';

export const feature: Feature = {
  id: 'setup',
  routes: [
    {
      path: '/login',
      layout: 'public',
      load: () => import('./LoginPage.js').then((module) => module.LoginPage),
    },
  ],
  messages,
};
