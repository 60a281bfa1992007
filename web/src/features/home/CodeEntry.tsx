import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../app/api.js';
import { api, call } from '../../app/client.js';
import { Alert, Button } from '../../ui/index.js';

/** A code as the projector shows it and people type it: groups, spaces, dashes and case forgiven. */
export const normaliseCode = (typed: string) => typed.replace(/[\s-]/g, '').toUpperCase();

/** «Ingresa el código»: the phone that typed the laptop's address lands here and opens the room. */
export function CodeEntry() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const code = normaliseCode(typed);
    if (!code) {
      setProblem(t('home.codeMissing'));
      return;
    }
    if (code.length > 20 || !/^[A-Z0-9]+$/.test(code)) {
      setProblem(t('home.codeUnknown', { code: typed.trim().slice(0, 20) }));
      return;
    }
    setBusy(true);
    try {
      await call(api.participants.joinInfo, { params: { code } });
      navigate(`/d/${code}`);
    } catch (reason) {
      setProblem(
        reason instanceof ApiError && reason.status === 404
          ? t('home.codeUnknown', { code: typed.trim().slice(0, 20) })
          : reason instanceof Error
            ? reason.message
            : String(reason),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="code-entry card"
      aria-labelledby="code-entry-title"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id="code-entry-title">{t('home.codeTitle')}</h2>
      <label htmlFor="join-code">{t('home.codeLabel')}</label>
      <div className="code-entry-row">
        <input
          id="join-code"
          name="code"
          className="code-entry-input"
          value={typed}
          maxLength={40}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          placeholder="ABC DEF GHJ"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'join-code-problem' : 'join-code-hint'}
          onChange={(event) => {
            setTyped(event.target.value);
            setProblem(null);
          }}
        />
        <Button type="submit" disabled={busy}>
          {t('home.codeGo')}
        </Button>
      </div>
      {problem ? (
        <div id="join-code-problem">
          <Alert kind="error">{problem}</Alert>
        </div>
      ) : (
        <p id="join-code-hint" className="hint">
          {t('home.codeHint')}
        </p>
      )}
    </form>
  );
}
