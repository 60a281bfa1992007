import type { Feature } from '../../app/feature.js';
import { messages } from './messages.js';
import { OpenDataPage } from './OpenDataPage.js';
import { ResultsPage } from './ResultsPage.js';

export const feature: Feature = {
  id: 'results',
  routes: [
    { path: '/staff/resultados', layout: 'staff', component: ResultsPage },
    { path: '/datos-abiertos', layout: 'public', component: OpenDataPage },
  ],
  nav: [{ to: '/staff/resultados', label: 'results.nav', section: 'resultados', order: 0 }],
  messages,
};
