import type { Feature } from '../../app/feature.js';
import '../listening/listening.css';

/** Governance of participation: devices on the participation ladder and regional councils. */
export const feature: Feature = {
  id: 'governance',
  routes: [
    {
      path: '/staff/modelo/dispositivos',
      layout: 'staff',
      load: () => import('./DevicesPage.js').then((module) => module.DevicesPage),
    },
    {
      path: '/staff/modelo/consejos',
      layout: 'staff',
      load: () => import('./CouncilsPage.js').then((module) => module.CouncilsPage),
    },
    {
      path: '/staff/modelo/consejos/:id',
      layout: 'staff',
      load: () => import('./CouncilPage.js').then((module) => module.CouncilPage),
    },
    {
      path: '/consejos',
      layout: 'public',
      load: () => import('./PublicCouncils.js').then((module) => module.PublicCouncilsPage),
    },
    {
      path: '/consejos/:id',
      layout: 'public',
      load: () => import('./PublicCouncils.js').then((module) => module.PublicCouncilPage),
    },
  ],
  nav: [
    {
      to: '/staff/modelo/dispositivos',
      label: 'governance.nav.devices',
      section: 'modelo',
      order: 10,
      roles: ['national', 'regional'],
    },
    {
      to: '/staff/modelo/consejos',
      label: 'governance.nav.councils',
      section: 'modelo',
      order: 20,
      roles: ['national', 'regional'],
    },
  ],
  uses: ['listening'],
  messages: () => import('./messages.js').then((module) => module.messages),
};
