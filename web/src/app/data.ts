import { type DependencyList, useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './api.js';
import { api, call, type ResponseOf } from './client.js';

/** Loads data for a screen; gives loading, error and a reload. Stale responses are dropped. */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const generation = useRef(0);
  const run = useCallback(() => {
    const mine = ++generation.current;
    const controller = new AbortController();
    setLoading(true);
    load(controller.signal)
      .then((value) => {
        if (mine === generation.current) {
          setData(value);
          setError(null);
        }
      })
      .catch((reason) => {
        if (mine === generation.current && !controller.signal.aborted) {
          setError(reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason)));
        }
      })
      .finally(() => {
        if (mine === generation.current) setLoading(false);
      });
    return () => controller.abort();
    // biome-ignore lint/correctness/useExhaustiveDependencies: the caller lists the dependencies
  }, deps);
  useEffect(() => run(), [run]);
  return { data, error, loading, reload: run, setData };
}

/** A region with its indicators, as GET regions answers it. */
export type Region = ResponseOf<typeof api.regions.list>['regions'][number];

let regionsPromise: Promise<Region[]> | null = null;
/** The 16 regions, fetched once per page load. */
export function loadRegions(): Promise<Region[]> {
  regionsPromise ??= call(api.regions.list)
    .then((body) => body.regions)
    .catch((error) => {
      regionsPromise = null;
      throw error;
    });
  return regionsPromise;
}

export function useRegions(): Region[] {
  const [regions, setRegions] = useState<Region[]>([]);
  useEffect(() => {
    loadRegions().then(setRegions, () => setRegions([]));
  }, []);
  return regions;
}
