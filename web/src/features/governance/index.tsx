import type { Feature } from '../../app/feature.js';
import { CouncilPage } from './CouncilPage.js';
import { CouncilsPage } from './CouncilsPage.js';
import { DevicesPage } from './DevicesPage.js';
import { messages } from './messages.js';
import '../listening/listening.css';

/** Governance of participation: devices on the participation ladder and regional councils. */
export const feature: Feature = {
  id: 'governance',
  routes: [
    { path: '/staff/modelo/dispositivos', layout: 'staff', component: DevicesPage },
    { path: '/staff/modelo/consejos', layout: 'staff', component: CouncilsPage },
    { path: '/staff/modelo/consejos/:id', layout: 'staff', component: CouncilPage },
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
  messages,
};
