import type { Feature } from '../../app/feature.js';

export const feature: Feature = {
  id: 'cycle',
  routes: [
    {
      path: '/staff/ciclo',
      layout: 'staff',
      load: () => import('./CyclesPage.js').then((module) => module.CyclesPage),
    },
    {
      path: '/staff/ciclo/tramo/:id',
      layout: 'staff',
      load: () => import('./TrackPage.js').then((module) => module.TrackPage),
    },
    {
      path: '/staff/ciclo/:id/indicadores',
      layout: 'staff',
      load: () => import('./IndicatorsPage.js').then((module) => module.IndicatorsPage),
    },
    {
      path: '/staff/cartera',
      layout: 'staff',
      load: () => import('./PortfolioPage.js').then((module) => module.PortfolioPage),
    },
    {
      path: '/staff/cartera/:id',
      layout: 'staff',
      load: () => import('./InitiativePage.js').then((module) => module.InitiativePage),
    },
    {
      path: '/staff/correos',
      layout: 'staff',
      load: () => import('./OutboxPage.js').then((module) => module.OutboxPage),
    },
    {
      path: '/staff/dialogues/:id/respuestas',
      layout: 'staff',
      load: () => import('./AnswersPage.js').then((module) => module.AnswersPage),
    },
    {
      path: '/cartera',
      layout: 'public',
      load: () => import('./PublicPortfolio.js').then((module) => module.PublicPortfolioPage),
    },
    {
      path: '/cartera/:region',
      layout: 'public',
      load: () => import('./PublicPortfolio.js').then((module) => module.PublicPortfolioPage),
    },
    {
      path: '/cartera/iniciativa/:id',
      layout: 'public',
      load: () => import('./PublicPortfolio.js').then((module) => module.PublicInitiativePage),
    },
    {
      path: '/devolucion/idea/:id',
      layout: 'public',
      load: () => import('./PublicPages.js').then((module) => module.IdeaReturnPage),
    },
    {
      path: '/devolucion/dialogo/:id',
      layout: 'public',
      load: () => import('./PublicPages.js').then((module) => module.DialogueReturnPage),
    },
    {
      path: '/devolucion/baja/:token',
      layout: 'public',
      load: () => import('./PublicPages.js').then((module) => module.UnsubscribePage),
    },
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
  messages: () => import('./messages.js').then((module) => module.messages),
};
