import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../app/action.js';
import { post, put } from '../../app/api.js';
import { Button, Select } from '../../ui/index.js';
import { PilotChart } from './charts.js';
import { formatIndicator } from './format.js';
import { IndicatorChoice } from './IndicatorChoice.js';
import { type IndicatorKey, indicatorKeys, type Overview, type PilotSuggestion } from './types.js';

export function PilotsSection({ overview, reload }: { overview: Overview; reload: () => void }) {
  const { t } = useTranslation();
  const [count, setCount] = useState('3');
  const [indicators, setIndicators] = useState<IndicatorKey[]>([...indicatorKeys]);
  const [suggestion, setSuggestion] = useState<PilotSuggestion | null>(null);
  const suggest = useAction();
  const save = useAction({ onDone: reload, success: t('rollout.saved') });
  const nameOf = (code: string) => overview.regions.find((region) => region.code === code)?.name ?? code;

  return (
    <section className="card" aria-labelledby="rollout-pilots">
      <h2 id="rollout-pilots">{t('rollout.pilots.title')}</h2>
      <p>{t('rollout.pilots.explain')}</p>
      <h3>{t('rollout.pilots.current')}</h3>
      {overview.pilots.length ? (
        <>
          <ul>
            {overview.pilots.map((pilot) => (
              <li key={pilot.regionCode}>
                <strong>{nameOf(pilot.regionCode)}</strong>
              </li>
            ))}
          </ul>
          {overview.pilots[0]?.rationale ? (
            <p>
              {t('rollout.pilots.rationale')}: {overview.pilots[0].rationale}
            </p>
          ) : null}
        </>
      ) : (
        <p className="muted">{t('rollout.pilots.noPilots')}</p>
      )}
      {overview.canEdit ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void suggest.run(async () =>
              setSuggestion(
                await post<PilotSuggestion>('/api/rollout/pilots/suggestion', {
                  count: Number(count),
                  indicators,
                }),
              ),
            );
          }}
        >
          <div className="toolbar">
            <Select
              label={t('rollout.pilots.count')}
              value={count}
              onChange={(event) => setCount(event.target.value)}
              options={[1, 2, 3, 4, 5, 6].map((value) => ({ value: String(value), label: String(value) }))}
              error={suggest.fields.count}
            />
          </div>
          <IndicatorChoice value={indicators} onChange={setIndicators} error={suggest.fields.indicators} />
          <Button type="submit" disabled={suggest.busy || !indicators.length}>
            {t('rollout.pilots.suggest')}
          </Button>
          {suggest.feedback}
        </form>
      ) : null}
      {suggestion ? (
        <div className="rollout-suggestion">
          <p>{suggestion.exact ? t('rollout.pilots.exact') : t('rollout.pilots.heuristic')}</p>
          <ul>
            {suggestion.pilots.map((pilot) => (
              <li key={pilot.regionCode}>
                <p>
                  {t('rollout.pilots.represents', {
                    pilot: pilot.name,
                    count: pilot.represents.length,
                    regions: pilot.represents.map((region) => region.name).join(', '),
                  })}
                </p>
                <ul>
                  {pilot.indicators.map((item) => (
                    <li key={item.key}>
                      {t('rollout.pilots.typical', {
                        indicator: t(`rollout.indicators.${item.key}`),
                        pilot: pilot.name,
                        value: formatIndicator(item.key, item.pilot),
                        min: formatIndicator(item.key, item.groupMin),
                        max: formatIndicator(item.key, item.groupMax),
                        mean: formatIndicator(item.key, item.groupMean),
                      })}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          <PilotChart suggestion={suggestion} />
          <Button
            disabled={save.busy}
            onClick={() =>
              void save.run(() =>
                put('/api/rollout/pilots', {
                  regions: suggestion.pilots.map((pilot) => pilot.regionCode),
                  indicators: suggestion.indicators,
                  rationale: suggestion.pilots
                    .map((pilot) =>
                      t('rollout.pilots.represents', {
                        pilot: pilot.name,
                        count: pilot.represents.length,
                        regions: pilot.represents.map((region) => region.name).join(', '),
                      }),
                    )
                    .join(' '),
                }),
              )
            }
          >
            {t('rollout.pilots.use')}
          </Button>
          {save.feedback}
        </div>
      ) : null}
    </section>
  );
}
