import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/client.js';
import { Button } from '../../ui/index.js';
import type { Dialogue, ScreenState, StaffIdea } from '../dialogues/types.js';

/**
 * What the projector shows, from the console: the live ranking hidden until voting ends, one idea
 * in the spotlight (full screen), a countdown for the phase (it never moves the phase by itself).
 */
export function ScreenControls({
  dialogue,
  ideas,
  screen,
  onChange,
}: {
  dialogue: Dialogue;
  ideas: StaffIdea[];
  screen: ScreenState | null;
  onChange(action: () => Promise<unknown>): Promise<void>;
}) {
  const { t } = useTranslation();
  const [minutes, setMinutes] = useState('5');
  if (!screen || dialogue.status !== 'live') return null;
  const view = screen.view;
  const visible = ideas.filter((idea) => !idea.hiddenReason && !idea.late && idea.mergedIntoId === null);
  const save = (change: {
    rankingHidden?: boolean;
    spotlightIdeaId?: number | null;
    countdownMinutes?: number | null;
  }) =>
    onChange(() =>
      call(api.screen.setView, {
        params: { id: dialogue.id },
        body: {
          rankingHidden: change.rankingHidden ?? view.rankingHidden,
          spotlightIdeaId:
            change.spotlightIdeaId === undefined ? (view.spotlight?.ideaId ?? null) : change.spotlightIdeaId,
          ...(change.countdownMinutes === undefined ? {} : { countdownMinutes: change.countdownMinutes }),
        },
      }),
    );
  const parsed = Number(minutes);
  const validMinutes = Number.isInteger(parsed) && parsed >= 1 && parsed <= 240;
  return (
    <section className="screen-controls card" aria-labelledby="screen-controls-title">
      <h2 id="screen-controls-title">{t('live.screenControls')}</h2>
      <div className="screen-controls-grid">
        <label className="check">
          <input
            type="checkbox"
            checked={view.rankingHidden}
            onChange={(event) => void save({ rankingHidden: event.target.checked })}
          />{' '}
          {t('live.hideRanking')}
        </label>
        <label>
          {t('live.spotlight')}{' '}
          <select
            value={view.spotlight?.ideaId ?? ''}
            onChange={(event) =>
              void save({ spotlightIdeaId: event.target.value ? Number(event.target.value) : null })
            }
          >
            <option value="">{t('live.spotlightNone')}</option>
            {visible.map((idea) => (
              <option key={idea.id} value={idea.id}>
                {idea.text.length > 80 ? `${idea.text.slice(0, 79)}…` : idea.text}
              </option>
            ))}
          </select>
        </label>
        <div className="countdown-controls">
          <label htmlFor="countdown-minutes">{t('live.countdownMinutes')}</label>{' '}
          <input
            id="countdown-minutes"
            type="number"
            min={1}
            max={240}
            inputMode="numeric"
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
          />{' '}
          <Button
            variant="secondary"
            disabled={!validMinutes}
            onClick={() => void save({ countdownMinutes: parsed })}
          >
            {view.countdownEndsAt ? t('live.countdownRestart') : t('live.countdownStart')}
          </Button>{' '}
          {view.countdownEndsAt ? (
            <Button variant="link" onClick={() => void save({ countdownMinutes: null })}>
              {t('live.countdownStop')}
            </Button>
          ) : null}
          <p className="hint">{t('live.countdownHint')}</p>
        </div>
      </div>
    </section>
  );
}
