import { createBrowserRouter, RouterProvider } from 'react-router';
import type { Feature } from './feature.js';
import { BareLayout, NotFound, PublicLayout, StaffLayout } from './layouts.js';
import { SessionProvider } from './session.js';

export function App({ features }: { features: Feature[] }) {
  const routes = features.flatMap((feature) => feature.routes);
  const nav = features.flatMap((feature) => feature.nav ?? []);
  const children = (layout: 'public' | 'staff' | 'bare') =>
    routes
      .filter((route) => route.layout === layout)
      .map((route) => ({ path: route.path, Component: route.component }));
  const router = createBrowserRouter([
    { element: <PublicLayout />, children: [...children('public'), { path: '*', Component: NotFound }] },
    { element: <StaffLayout nav={nav} />, children: children('staff') },
    { element: <BareLayout />, children: children('bare') },
  ]);
  return (
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>
  );
}
