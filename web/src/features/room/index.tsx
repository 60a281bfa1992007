import './room.css';
import type { Feature } from '../../app/feature.js';

export const feature: Feature = {
  id: 'room',
  routes: [
    { path: '/d/:code', layout: 'bare', load: () => import('./Room.js').then((module) => module.Room) },
  ],
  messages: () =>
    import('./messages.js').then(({ messages, vocabulary }) => ({
      es: { ...messages.es, vocab: vocabulary.es },
      en: { ...messages.en, vocab: vocabulary.en },
    })),
};
