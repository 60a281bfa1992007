import './room.css';
import type { Feature } from '../../app/feature.js';
import { messages, vocabulary } from './messages.js';
import { Room } from './Room.js';

export const feature: Feature = {
  id: 'room',
  routes: [{ path: '/d/:code', layout: 'bare', component: Room }],
  messages: {
    es: { ...messages.es, vocab: vocabulary.es },
    en: { ...messages.en, vocab: vocabulary.en },
  },
};
