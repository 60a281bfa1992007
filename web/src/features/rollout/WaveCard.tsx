import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../app/action.js';
import { patch } from '../../app/api.js';
import { formatDate } from '../../app/format.js';
import { Button, Select, TextInput } from '../../ui/index.js';
import { formatIndicator, groupColour } from './format.js';
import { PlanLinkFields, type PlanLinkValue, PlanTitle } from './PlanLink.js';
import type { IndicatorKey, Overview, Wave } from './types.js';

export function WaveCard({
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
      <WaveRegions regions={regions} overview={overview} indicators={indicators} />
      {overview.canEdit ? <WaveEditForm wave={wave} overview={overview} reload={reload} /> : null}
    </article>
  );
}

/** The regions of a wave with their indicators, the wave's mean and the national one. */
export function WaveRegions({
  regions,
  overview,
  indicators,
}: {
  regions: Overview['regions'];
  overview: Overview;
  indicators: IndicatorKey[];
}) {
  const { t } = useTranslation();
  const mean = (key: IndicatorKey, list: typeof regions) =>
    list.reduce((sum, region) => sum + Number(region[key]), 0) / (list.length || 1);
  return (
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
  );
}

/** Renaming a wave, its dates, the model version it applies and its task in a Karabirrdt plan. */
export function WaveEditForm({
  wave,
  overview,
  reload,
}: {
  wave: Wave;
  overview: Overview;
  reload: () => void;
}) {
  const { t } = useTranslation();
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
  return (
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
  );
}
