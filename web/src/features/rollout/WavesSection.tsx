import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../app/action.js';
import { post } from '../../app/api.js';
import { formatDecimal, formatPercent } from '../../app/format.js';
import { Button, Select, TextInput } from '../../ui/index.js';
import { WaveTimeline } from './charts.js';
import { IndicatorChoice } from './IndicatorChoice.js';
import { type IndicatorKey, indicatorKeys, type Overview } from './types.js';
import { WaveCard } from './WaveCard.js';

export function WavesSection({ overview, reload }: { overview: Overview; reload: () => void }) {
  const { t } = useTranslation();
  const plan = overview.wavePlan;
  return (
    <section className="card" aria-labelledby="rollout-waves">
      <h2 id="rollout-waves">{t('rollout.waves.title')}</h2>
      <p>{t('rollout.waves.explain')}</p>
      {/* Keyed on the pilots, so "leave the pilots out" defaults to on once pilots exist. */}
      {overview.canEdit ? (
        <WavePlanForm key={overview.pilots.length} overview={overview} reload={reload} />
      ) : null}
      {plan ? (
        <>
          <h3>{plan.title}</h3>
          <p>
            {t('rollout.waves.choice', {
              objective: formatDecimal(plan.objective),
              random: formatDecimal(plan.randomObjective),
              gain: formatPercent(plan.randomObjective ? plan.objective / plan.randomObjective - 1 : 0, 1),
            })}{' '}
            {plan.exact ? t('rollout.waves.exact') : t('rollout.waves.heuristic')}
          </p>
          <WaveTimeline waves={plan.waves} />
          {plan.waves.map((wave, index) => (
            <WaveCard
              key={wave.id}
              wave={wave}
              index={index}
              overview={overview}
              indicators={plan.indicators}
              reload={reload}
            />
          ))}
        </>
      ) : (
        <p className="muted">{t('rollout.waves.none')}</p>
      )}
    </section>
  );
}

function WavePlanForm({ overview, reload }: { overview: Overview; reload: () => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('Despliegue');
  const [groups, setGroups] = useState('4');
  const [indicators, setIndicators] = useState<IndicatorKey[]>([...indicatorKeys]);
  const [excludePilots, setExcludePilots] = useState(overview.pilots.length > 0);
  const [balance, setBalance] = useState(false);
  const [startsOn, setStartsOn] = useState(`${new Date().getFullYear() + 1}-01-01`);
  const [months, setMonths] = useState('3');
  const [seed, setSeed] = useState('1');
  const action = useAction({ onDone: reload, success: t('rollout.saved') });
  return (
    <details>
      <summary>{t('rollout.waves.compute')}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void action.run(() =>
            post('/api/rollout/wave-plans', {
              title,
              groups: Number(groups),
              indicators,
              exclude: excludePilots ? overview.pilots.map((pilot) => pilot.regionCode) : [],
              balanceMacrozone: balance,
              seed: Number(seed),
              startsOn,
              monthsPerWave: Number(months),
            }),
          );
        }}
      >
        <TextInput
          label={t('rollout.waves.planTitle')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
          error={action.fields.title}
        />
        <Select
          label={t('rollout.waves.groups')}
          value={groups}
          onChange={(e) => setGroups(e.target.value)}
          options={[2, 3, 4, 5, 6, 7, 8].map((value) => ({ value: String(value), label: String(value) }))}
          error={action.fields.groups}
        />
        <IndicatorChoice value={indicators} onChange={setIndicators} error={action.fields.indicators} />
        <label className="check">
          <input
            type="checkbox"
            checked={excludePilots}
            onChange={(e) => setExcludePilots(e.target.checked)}
          />{' '}
          {t('rollout.waves.excludePilots')}
        </label>
        <label className="check">
          <input type="checkbox" checked={balance} onChange={(e) => setBalance(e.target.checked)} />{' '}
          {t('rollout.waves.balance')}
        </label>
        <TextInput
          label={t('rollout.waves.startsOn')}
          type="date"
          value={startsOn}
          onChange={(e) => setStartsOn(e.target.value)}
          required
          error={action.fields.startsOn}
        />
        <TextInput
          label={t('rollout.waves.monthsPerWave')}
          type="number"
          min={1}
          max={24}
          value={months}
          onChange={(e) => setMonths(e.target.value)}
          error={action.fields.monthsPerWave}
        />
        <TextInput
          label={t('rollout.waves.seed')}
          type="number"
          min={0}
          value={seed}
          onChange={(e) => setSeed(e.target.value)}
          error={action.fields.seed}
        />
        <Button type="submit" disabled={action.busy || !indicators.length}>
          {t('rollout.waves.compute')}
        </Button>
        {action.feedback}
      </form>
    </details>
  );
}
