import './screen.css';
import type { Feature } from '../../app/feature.js';
import { messages } from './messages.js';
import { Screen } from './Screen.js';

export const feature: Feature = {
  id: 'screen',
  routes: [{ path: '/screen/:id', layout: 'bare', component: Screen }],
  messages,
};
