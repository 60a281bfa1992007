import './consultations.css';
import type { Feature } from '../../app/feature.js';

/** Online consultations: the phone that votes on statements, and the staff pages with the opinion groups. */
export const feature: Feature = {
  id: 'consultations',
  routes: [
    { path: '/c/:key', layout: 'bare', load: () => import('./Phone.js').then((module) => module.Phone) },
    {
      path: '/staff/consultas',
      layout: 'staff',
      load: () => import('./ConsultationsPage.js').then((module) => module.ConsultationsPage),
    },
    {
      path: '/staff/consultas/:id',
      layout: 'staff',
      load: () => import('./ConsultationPage.js').then((module) => module.ConsultationPage),
    },
  ],
  nav: [{ to: '/staff/consultas', label: 'consultations.nav', section: 'dialogos', order: 60 }],
  messages: () => import('./messages.js').then((module) => module.messages),
};
