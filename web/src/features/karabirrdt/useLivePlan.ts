import { useEffect, useRef } from 'react';
import { useLiveSocket } from '../../app/live.js';

export interface LiveChange {
  action: string;
  by: string;
}

/**
 * Follows the plan's live room (the app's live socket on `/ws/plans/:id`): every change someone
 * saves arrives here within a moment and the caller reloads the plan. The channel replays nothing:
 * after a lost connection the socket reconnects and the plan is reloaded once.
 */
export function useLivePlan(planId: number, onChange: (change: LiveChange | null) => void) {
  const callback = useRef(onChange);
  callback.current = onChange;
  const pending = useRef<{ timer?: ReturnType<typeof setTimeout>; last: LiveChange | null }>({ last: null });
  useEffect(() => () => clearTimeout(pending.current.timer), []);
  // Several changes in a burst (a task and its threads) cause one reload.
  const schedule = (change: LiveChange | null) => {
    const state = pending.current;
    state.last = change ?? state.last;
    clearTimeout(state.timer);
    state.timer = setTimeout(() => callback.current(state.last), 60);
  };
  const status = useLiveSocket(`/ws/plans/${planId}`, {
    onEvent: (event) => schedule((event.payload as unknown as LiveChange | undefined) ?? null),
    onReady: ({ reconnected }) => {
      if (reconnected) schedule(null);
    },
  });
  return status === 'online';
}
