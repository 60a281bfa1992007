import type { Feature } from '../../app/feature.js';
import { messages } from './messages.js';
import { ThemePage } from './ThemePage.js';
import { ThemesPage } from './ThemesPage.js';

export const feature: Feature = {
  id: 'synthesis',
  routes: [
    { path: '/staff/sintesis', layout: 'staff', component: ThemesPage },
    { path: '/staff/sintesis/temas/:id', layout: 'staff', component: ThemePage },
  ],
  nav: [{ to: '/staff/sintesis', label: 'synthesis.nav', section: 'sintesis', order: 10 }],
  messages,
};
