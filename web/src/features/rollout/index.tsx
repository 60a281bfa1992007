import type { Feature } from '../../app/feature.js';

export const feature: Feature = {
  id: 'rollout',
  routes: [
    {
      path: '/staff/rollout',
      layout: 'staff',
      load: () => import('./RolloutPage.js').then((module) => module.RolloutPage),
    },
  ],
  nav: [
    {
      to: '/staff/rollout',
      label: 'rollout.nav',
      section: 'planificacion',
      order: 20,
      roles: ['national', 'regional'],
    },
  ],
  messages: () => import('./messages.js').then((module) => module.messages),
};
