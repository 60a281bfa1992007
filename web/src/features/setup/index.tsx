import type { Feature } from '../../app/feature.js';

export const feature: Feature = {
  id: 'setup',
  routes: [
    {
      path: '/login',
      layout: 'public',
      load: () => import('./LoginPage.js').then((module) => module.LoginPage),
    },
  ],
  messages: () => import('./messages.js').then((module) => module.messages),
};
