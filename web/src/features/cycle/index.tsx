import type { Feature } from '../../app/feature.js';
import { CyclesPage } from './CyclesPage.js';
import { IndicatorsPage } from './IndicatorsPage.js';
import { InitiativePage } from './InitiativePage.js';
import { messages } from './messages.js';
import { OutboxPage } from './OutboxPage.js';
import { PortfolioPage } from './PortfolioPage.js';
import { DialogueReturnPage, IdeaReturnPage, UnsubscribePage } from './PublicPages.js';
import { TrackPage } from './TrackPage.js';

export const feature: Feature = {
  id: 'cycle',
  routes: [
    { path: '/staff/ciclo', layout: 'staff', component: CyclesPage },
    { path: '/staff/ciclo/tramo/:id', layout: 'staff', component: TrackPage },
    { path: '/staff/ciclo/:id/indicadores', layout: 'staff', component: IndicatorsPage },
    { path: '/staff/cartera', layout: 'staff', component: PortfolioPage },
    { path: '/staff/cartera/:id', layout: 'staff', component: InitiativePage },
    { path: '/staff/correos', layout: 'staff', component: OutboxPage },
    { path: '/devolucion/idea/:id', layout: 'public', component: IdeaReturnPage },
    { path: '/devolucion/dialogo/:id', layout: 'public', component: DialogueReturnPage },
    { path: '/devolucion/baja/:token', layout: 'public', component: UnsubscribePage },
  ],
  nav: [
    {
      to: '/staff/ciclo',
      label: 'cycle.nav.cycle',
      section: 'modelo',
      order: 30,
      roles: ['national', 'regional'],
    },
    {
      to: '/staff/cartera',
      label: 'cycle.nav.portfolio',
      section: 'modelo',
      order: 31,
      roles: ['national', 'regional'],
    },
    { to: '/staff/correos', label: 'cycle.nav.outbox', section: 'modelo', order: 32, roles: ['national'] },
  ],
  messages,
};
