import type { Feature } from '../../app/feature.js';

export const feature: Feature = {
  id: 'results',
  routes: [
    {
      path: '/staff/resultados',
      layout: 'staff',
      load: () => import('./ResultsPage.js').then((module) => module.ResultsPage),
    },
    {
      path: '/datos-abiertos',
      layout: 'public',
      load: () => import('./OpenDataPage.js').then((module) => module.OpenDataPage),
    },
  ],
  nav: [{ to: '/staff/resultados', label: 'results.nav', section: 'resultados', order: 0 }],
  messages: () => import('./messages.js').then((module) => module.messages),
};
