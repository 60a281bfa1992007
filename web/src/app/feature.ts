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
 * the back office navigation, and its messages (all loaded on demand). The app discovers features; no central list to edit.
 */
export interface Feature {
  id: string;
  routes: FeatureRoute[];
  nav?: NavEntry[];
  /**
   * Its messages, fetched with its first screen (the back office, whose menu names every feature's
   * pages, fetches them all): the phone gets the room's and the common ones only.
   */
  messages?: () => Promise<Messages>;
  /** The other features whose messages its screens show (a component borrowed from them). */
  uses?: string[];
}

export interface Messages {
  es: Record<string, unknown>;
  en: Record<string, unknown>;
}
