import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { ApiError, setCsrfToken } from './api.js';
import { api, call, type ResponseOf } from './client.js';

export type Me = ResponseOf<typeof api.staff.describeMe>;

interface SessionState {
  me: Me | null;
  loading: boolean;
  refresh(): Promise<Me | null>;
  signOut(): Promise<void>;
  /** Region chosen in the top selector ('' = every region the person sees). */
  region: string;
  setRegion(code: string): void;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);
  const [region, setRegionState] = useState(() => sessionStorage.getItem('minga.region') ?? '');

  const refresh = useCallback(async () => {
    try {
      const current = await call(api.staff.describeMe);
      setCsrfToken(current.csrfToken);
      setMe(current);
      return current;
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 401) console.warn(error);
      setMe(null);
      return null;
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const signOut = useCallback(async () => {
    await call(api.staff.logout).catch(() => undefined);
    setCsrfToken('');
    setMe(null);
  }, []);

  const setRegion = useCallback((code: string) => {
    sessionStorage.setItem('minga.region', code);
    setRegionState(code);
  }, []);

  return (
    <SessionContext.Provider value={{ me, loading, refresh, signOut, region, setRegion }}>
      {children}
    </SessionContext.Provider>
  );
}

export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
