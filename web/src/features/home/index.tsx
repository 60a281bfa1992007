import type { Feature } from '../../app/feature.js';
import { messages } from './messages.js';
import { PublicHome } from './PublicHome.js';
import { StaffHome } from './StaffHome.js';

export const feature: Feature = {
  id: 'home',
  routes: [
    { path: '/', layout: 'public', component: PublicHome },
    { path: '/staff', layout: 'staff', component: StaffHome },
  ],
  nav: [{ to: '/staff', label: 'nav.inicio', section: 'inicio', order: 0 }],
  messages,
};
