import type { Feature } from '../../app/feature.js';

export const feature: Feature = {
  id: 'synthesis',
  routes: [
    {
      path: '/staff/sintesis',
      layout: 'staff',
      load: () => import('./ThemesPage.js').then((module) => module.ThemesPage),
    },
    {
      path: '/staff/sintesis/temas/:id',
      layout: 'staff',
      load: () => import('./ThemePage.js').then((module) => module.ThemePage),
    },
  ],
  nav: [{ to: '/staff/sintesis', label: 'synthesis.nav', section: 'sintesis', order: 10 }],
  // The theme page borrows the cycle's answer form.
  uses: ['cycle'],
  messages: () => import('./messages.js').then((module) => module.messages),
};
