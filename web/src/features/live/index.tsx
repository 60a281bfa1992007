import './live.css';
import type { Feature } from '../../app/feature.js';
import { LiveConsole } from './LiveConsole.js';
import { messages } from './messages.js';

export const feature: Feature = {
  id: 'live',
  routes: [{ path: '/staff/dialogues/:id/live', layout: 'staff', component: LiveConsole }],
  messages,
};
