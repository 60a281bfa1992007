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
  ],
  messages: () => import('./messages.js').then((module) => module.messages),
};
