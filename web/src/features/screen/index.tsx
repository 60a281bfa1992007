import './screen.css';
import type { Feature } from '../../app/feature.js';

export const feature: Feature = {
  id: 'screen',
  routes: [
    {
      path: '/screen/:id',
      layout: 'bare',
      load: () => import('./Screen.js').then((module) => module.Screen),
    },
    {
      path: '/p/:key',
      layout: 'bare',
      load: () => import('./Screen.js').then((module) => module.LinkedScreen),
    },
  ],
  messages: () => import('./messages.js').then((module) => module.messages),
};
