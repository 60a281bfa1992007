import './screen.css';
import type { Feature } from '../../app/feature.js';
import { messages } from './messages.js';

export const feature: Feature = {
  id: 'screen',
  routes: [
    {
      path: '/screen/:id',
      layout: 'bare',
      load: () => import('./Screen.js').then((module) => module.Screen),
    },
  ],
  messages,
};
