import { type FormEvent, useState } from 'react';
import { Alert, ErrorMessage } from '../ui/index.js';
import { ApiError, fieldErrors } from './api.js';

export interface ActionOptions<T> {
  /** Runs after every success, with the request's answer (usually the screen's reload). */
  onDone?: (result: T) => void;
  /** The message shown after a success (`notice`, `feedback`); none when left out. */
  success?: string;
  /** The request of a form, for `submit`: it gets the form's data, and the form is reset on success. */
  form?: (data: FormData) => Promise<T>;
}

export interface RunOptions<T> {
  /** This run's success message, instead of the hook's. */
  success?: string;
  /** Runs after this success, before `onDone`. */
  after?: (result: T) => void;
}

/** `run` of useAction, for a screen that hands it to its sections. */
export type RunAction<T = unknown> = (work: () => Promise<T>, how?: RunOptions<T>) => Promise<boolean>;

/** Any refusal as an ApiError: the server's (code, message, issues per field) or an unknown one. */
export function asApiError(reason: unknown): ApiError {
  if (reason instanceof ApiError) return reason;
  return new ApiError(0, 'unknown', reason instanceof Error ? reason.message : String(reason));
}

/**
 * One request a person starts (a button, a form): pending state, the refusal with its issues per
 * field, and success (`done`, and `notice` when a success message was given). `run` for a button,
 * `submit` for a form given in `options.form`; both resolve to whether the request succeeded.
 * `feedback` is the error and success message, ready to place under the form.
 */
export function useAction<T = unknown>(options: ActionOptions<T> = {}) {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const run: RunAction<T> = async (work, how = {}) => {
    setBusy(true);
    setError(null);
    setDone(false);
    setNotice(null);
    try {
      const result = await work();
      setDone(true);
      const message = how.success ?? options.success;
      if (message) setNotice(message);
      how.after?.(result);
      options.onDone?.(result);
      return true;
    } catch (reason) {
      setError(asApiError(reason));
      return false;
    } finally {
      setBusy(false);
    }
  };

  function submit(event: FormEvent<HTMLFormElement>): Promise<boolean> {
    event.preventDefault();
    const element = event.currentTarget;
    const form = options.form;
    if (!form) throw new Error('useAction: submit needs options.form');
    return run(() => form(new FormData(element)), { after: () => element.reset() });
  }

  const feedback = (
    <>
      <ErrorMessage error={error} />
      {notice ? <Alert kind="success">{notice}</Alert> : null}
    </>
  );
  return { run, submit, busy, error, fields: fieldErrors(error), done, notice, feedback };
}
