import type { Feature } from '../../app/feature.js';
import { LoginPage } from './LoginPage.js';
import { messages } from './messages.js';

export const feature: Feature = {
  id: 'setup',
  routes: [{ path: '/login', layout: 'public', component: LoginPage }],
  messages,
};
