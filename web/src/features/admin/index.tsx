import '../dialogues/dialogues.css';
import type { Feature } from '../../app/feature.js';

export const feature: Feature = {
  id: 'admin',
  routes: [
    {
      path: '/staff/admin/users',
      layout: 'staff',
      load: () => import('./Users.js').then((module) => module.Users),
    },
    {
      path: '/staff/admin/security',
      layout: 'staff',
      load: () => import('./Security.js').then((module) => module.Security),
    },
    {
      path: '/staff/admin/audit',
      layout: 'staff',
      load: () => import('./Audit.js').then((module) => module.Audit),
    },
  ],
  nav: [
    {
      to: '/staff/admin/users',
      label: 'admin.users',
      section: 'administracion',
      order: 0,
      roles: ['national', 'regional'],
    },
    {
      to: '/staff/admin/audit',
      label: 'admin.audit',
      section: 'administracion',
      order: 1,
      roles: ['national', 'regional'],
    },
    {
      to: '/staff/admin/security',
      label: 'admin.security',
      section: 'administracion',
      order: 2,
    },
  ],
  messages: () => import('./messages.js').then((module) => module.messages),
};
