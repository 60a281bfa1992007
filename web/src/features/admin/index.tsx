import '../dialogues/dialogues.css';
import type { Feature } from '../../app/feature.js';
import { Audit } from './Audit.js';
import { messages } from './messages.js';
import { Users } from './Users.js';

export const feature: Feature = {
  id: 'admin',
  routes: [
    { path: '/staff/admin/users', layout: 'staff', component: Users },
    { path: '/staff/admin/audit', layout: 'staff', component: Audit },
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
  ],
  messages,
};
