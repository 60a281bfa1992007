import { type ComponentType, type LazyExoticComponent, lazy, Suspense, useMemo } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Loading } from '../ui/index.js';
import type { Feature, FeatureRoute } from './feature.js';
import { loadMessages } from './i18n.js';
import { BareLayout, NotFound, PublicLayout, StaffLayout } from './layouts.js';
import { SessionProvider } from './session.js';

/** A screen fetched on first visit, with its messages. */
function lazyScreen(load: () => Promise<ComponentType>, messages: string[]) {
  return lazy(() =>
    Promise.all([load(), loadMessages(messages)]).then(([Component]) => ({ default: Component })),
  );
}

/** "Cargando…" while the screen's code and messages arrive. */
function LazyScreen({ screen: Screen }: { screen: LazyExoticComponent<ComponentType> }) {
  return (
    <Suspense fallback={<Loading />}>
      <Screen />
    </Suspense>
  );
}

export function App({ features }: { features: Feature[] }) {
  const router = useMemo(() => {
    const nav = features.flatMap((feature) => feature.nav ?? []);
    const children = (layout: FeatureRoute['layout']) =>
      features.flatMap((feature) =>
        feature.routes
          .filter((route) => route.layout === layout)
          .map((route) => ({
            path: route.path,
            element: <LazyScreen screen={lazyScreen(route.load, [feature.id])} />,
          })),
      );
    // The back office menu names every feature's pages: its shell waits for all their messages.
    const Staff = lazyScreen(
      () => Promise.resolve(() => <StaffLayout nav={nav} />),
      features.map((feature) => feature.id),
    );
    return createBrowserRouter([
      { element: <PublicLayout />, children: [...children('public'), { path: '*', Component: NotFound }] },
      { element: <LazyScreen screen={Staff} />, children: children('staff') },
      { element: <BareLayout />, children: children('bare') },
    ]);
  }, [features]);
  return (
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>
  );
}
