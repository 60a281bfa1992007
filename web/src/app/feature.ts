import type { ComponentType } from 'react';

export type StaffRole = 'national' | 'regional' | 'facilitator';

export interface FeatureRoute {
  path: string;
  /** public: the site's header and footer; staff: back office (sign-in required); bare: full screen (phone, projector). */
  layout: 'public' | 'staff' | 'bare';
  /**
   * The screen, loaded when the route is first visited (App wraps it in React.lazy), so that each
   * route's code is its own chunk: the phone on /d/:code downloads the room, not the back office.
   */
  load: () => Promise<ComponentType>;
}

export interface NavEntry {
  to: string;
  /** i18n key of the label. */
  label: string;
  /** Section of the left navigation (UX.md): inicio, dialogos, actores, resultados, sintesis, modelo, planificacion, datos, administracion. */
  section: string;
  order?: number;
  roles?: StaffRole[];
}

/**
 * What a feature folder of the web client exports from its index.tsx: its routes, its entries in
 * the back office navigation, and its messages. The app discovers features; no central list to edit.
 */
export interface Feature {
  id: string;
  routes: FeatureRoute[];
  nav?: NavEntry[];
  messages?: { es: Record<string, unknown>; en: Record<string, unknown> };
}
