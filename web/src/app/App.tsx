import { type ComponentType, lazy, Suspense, useMemo } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Loading } from '../ui/index.js';
import type { Feature, FeatureRoute } from './feature.js';
import { BareLayout, NotFound, PublicLayout, StaffLayout } from './layouts.js';
import { SessionProvider } from './session.js';

/** A route's screen, fetched on first visit; "Cargando…" meanwhile. */
function lazyScreen(route: FeatureRoute): ComponentType {
  const Screen = lazy(() => route.load().then((Component) => ({ default: Component })));
  return function LazyScreen() {
    return (
      <Suspense fallback={<Loading />}>
        <Screen />
      </Suspense>
    );
  };
}

export function App({ features }: { features: Feature[] }) {
  const router = useMemo(() => {
    const routes = features.flatMap((feature) => feature.routes);
    const nav = features.flatMap((feature) => feature.nav ?? []);
    const children = (layout: 'public' | 'staff' | 'bare') =>
      routes
        .filter((route) => route.layout === layout)
        .map((route) => ({ path: route.path, Component: lazyScreen(route) }));
    return createBrowserRouter([
      { element: <PublicLayout />, children: [...children('public'), { path: '*', Component: NotFound }] },
      { element: <StaffLayout nav={nav} />, children: children('staff') },
      { element: <BareLayout />, children: children('bare') },
    ]);
  }, [features]);
  return (
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>
  );
}
