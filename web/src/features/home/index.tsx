import './home.css';
import type { Feature } from '../../app/feature.js';

export const feature: Feature = {
  id: 'home',
  routes: [
    {
      path: '/',
      layout: 'public',
      load: () => import('./PublicHome.js').then((module) => module.PublicHome),
    },
    {
      path: '/staff',
      layout: 'staff',
      load: () => import('./StaffHome.js').then((module) => module.StaffHome),
    },
  ],
  nav: [{ to: '/staff', label: 'nav.inicio', section: 'inicio', order: 0 }],
  uses: ['setup', 'results'],
  messages: () => import('./messages.js').then((module) => module.messages),
};
