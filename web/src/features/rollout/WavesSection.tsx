import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../app/action.js';
import { patch, post } from '../../app/api.js';
import { formatDate, formatDecimal, formatPercent } from '../../app/format.js';
import { Button, Select, TextInput } from '../../ui/index.js';
import { WaveTimeline } from './charts.js';
import { formatIndicator, groupColour } from './format.js';
import { IndicatorChoice } from './IndicatorChoice.js';
import { PlanLinkFields, type PlanLinkValue, PlanTitle } from './PlanLink.js';
import { type IndicatorKey, indicatorKeys, type Overview, type Wave } from './types.js';

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

function WaveCard({
  wave,
  index,
  overview,
  indicators,
  reload,
}: {
  wave: Wave;
  index: number;
  overview: Overview;
  indicators: IndicatorKey[];
  reload: () => void;
}) {
  const { t } = useTranslation();
  const regions = overview.regions.filter((region) => wave.regions.includes(region.code));
  const version = overview.versions.find((item) => item.id === wave.modelVersionId);
  const mean = (key: IndicatorKey, list: typeof regions) =>
    list.reduce((sum, region) => sum + Number(region[key]), 0) / (list.length || 1);
  const [name, setName] = useState(wave.name);
  const [startsOn, setStartsOn] = useState(wave.startsOn);
  const [endsOn, setEndsOn] = useState(wave.endsOn);
  const [versionId, setVersionId] = useState(String(wave.modelVersionId ?? ''));
  const [taskLabel, setTaskLabel] = useState(wave.planTaskLabel ?? '');
  const [link, setLink] = useState<PlanLinkValue>({
    planId: wave.planId,
    planDreamId: null,
    planTaskId: wave.planTaskId,
  });
  const action = useAction({ onDone: reload, success: t('rollout.saved') });
  const headingId = `rollout-wave-${wave.id}`;
  return (
    <article className="rollout-wave" aria-labelledby={headingId}>
      <h4 id={headingId}>
        <span
          className="rollout-swatch"
          style={{
            background: groupColour(index),
            display: 'inline-block',
            width: '1em',
            height: '1em',
            marginRight: '0.4em',
          }}
          aria-hidden="true"
        />
        {wave.name}: {formatDate(wave.startsOn)} – {formatDate(wave.endsOn)}
      </h4>
      <p>
        {t('rollout.waves.version')}:{' '}
        <strong>{version ? `${version.label} (${version.title})` : t('rollout.none')}</strong>
        {' · '}
        {t('rollout.waves.planTask')}: <strong>{wave.planTaskLabel ?? t('rollout.none')}</strong>
        {wave.planTask ? ` (${t(`rollout.planLink.status.${wave.planTask.status}`)})` : ''}
        {wave.planId ? (
          <>
            {' · '}
            {t('rollout.planLink.plan')}:{' '}
            <strong>
              <PlanTitle planId={wave.planId} />
            </strong>
          </>
        ) : null}
      </p>
      <div className="table-wrap">
        <table>
          <caption>{t('rollout.waves.regionsInWave')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rollout.region')}</th>
              {indicators.map((key) => (
                <th scope="col" className="number" key={key}>
                  {t(`rollout.indicators.${key}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {regions.map((region) => (
              <tr key={region.code}>
                <th scope="row">{region.name}</th>
                {indicators.map((key) => (
                  <td className="number" key={key}>
                    {formatIndicator(key, Number(region[key]))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('rollout.waves.mean')}</th>
              {indicators.map((key) => (
                <td className="number" key={key}>
                  {formatIndicator(key, mean(key, regions))}
                </td>
              ))}
            </tr>
            {overview.canEdit ? (
              <tr>
                <th scope="row">{t('rollout.waves.national')}</th>
                {indicators.map((key) => (
                  <td className="number" key={key}>
                    {formatIndicator(key, mean(key, overview.regions))}
                  </td>
                ))}
              </tr>
            ) : null}
          </tfoot>
        </table>
      </div>
      {overview.canEdit ? (
        <details>
          <summary>
            {t('rollout.waves.edit')}: {wave.name}
          </summary>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void action.run(() =>
                patch(`/api/rollout/waves/${wave.id}`, {
                  name,
                  startsOn,
                  endsOn,
                  modelVersionId: versionId ? Number(versionId) : null,
                  planTaskLabel: taskLabel || null,
                  planId: link.planId,
                  planTaskId: link.planTaskId,
                }),
              );
            }}
          >
            <TextInput
              label={t('rollout.waves.wave')}
              value={name}
              onChange={(e) => setName(e.target.value)}
              required
              error={action.fields.name}
            />
            <TextInput
              label={t('rollout.waves.startsOnShort')}
              type="date"
              value={startsOn}
              onChange={(e) => setStartsOn(e.target.value)}
              error={action.fields.startsOn}
            />
            <TextInput
              label={t('rollout.waves.endsOnShort')}
              type="date"
              value={endsOn}
              onChange={(e) => setEndsOn(e.target.value)}
              error={action.fields.endsOn}
            />
            <Select
              label={t('rollout.waves.version')}
              value={versionId}
              onChange={(e) => setVersionId(e.target.value)}
              options={[
                { value: '', label: t('rollout.none') },
                ...overview.versions.map((item) => ({
                  value: String(item.id),
                  label: `${item.label}: ${item.title}`,
                })),
              ]}
            />
            <PlanLinkFields value={link} onChange={setLink} errors={action.fields} />
            <TextInput
              label={t('rollout.waves.planTaskLabel')}
              hint={t('rollout.waves.planTaskLabelHint')}
              value={taskLabel}
              onChange={(e) => setTaskLabel(e.target.value)}
              optional
              error={action.fields.planTaskLabel}
            />
            <Button type="submit" variant="secondary" disabled={action.busy}>
              {t('rollout.save')}
            </Button>
            {action.feedback}
          </form>
        </details>
      ) : null}
    </article>
  );
}
