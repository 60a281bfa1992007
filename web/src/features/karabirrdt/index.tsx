import type { Feature } from '../../app/feature.js';
import './karabirrdt.css';

export const feature: Feature = {
  id: 'karabirrdt',
  routes: [
    {
      path: '/staff/planificacion',
      layout: 'staff',
      load: () => import('./PlanList.js').then((module) => module.PlanList),
    },
    {
      path: '/staff/planificacion/:id',
      layout: 'staff',
      load: () => import('./PlanPage.js').then((module) => module.PlanPage),
    },
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
  messages: () => import('./messages.js').then((module) => module.messages),
};
