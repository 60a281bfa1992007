import type { Feature } from '../../app/feature.js';
import './karabirrdt.css';
import { messages } from './messages.js';
import { PlanList } from './PlanList.js';
import { PlanPage } from './PlanPage.js';

export const feature: Feature = {
  id: 'karabirrdt',
  routes: [
    { path: '/staff/planificacion', layout: 'staff', component: PlanList },
    { path: '/staff/planificacion/:id', layout: 'staff', component: PlanPage },
  ],
  nav: [
    {
      to: '/staff/planificacion',
      label: 'karabirrdt.nav',
      section: 'planificacion',
      order: 0,
      roles: ['national', 'regional'],
    },
  ],
  messages,
};
