import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../app/action.js';
import { api, call } from '../../app/client.js';
import { formatDate, todayInChile } from '../../app/format.js';
import { useRegionName } from '../../app/regions.js';
import { Button, Select, TextArea, TextInput } from '../../ui/index.js';
import type { Overview } from './types.js';

const today = todayInChile;

export function VersionsSection({ overview, reload }: { overview: Overview; reload: () => void }) {
  const { t } = useTranslation();
  const regionName = useRegionName();
  return (
    <section className="card" aria-labelledby="rollout-versions">
      <h2 id="rollout-versions">{t('rollout.versions.title')}</h2>
      <p>{t('rollout.versions.explain')}</p>
      {overview.versions.length ? (
        <ol className="rollout-versions">
          {[...overview.versions].reverse().map((version) => (
            <li key={version.id}>
              <h3>
                {t('rollout.versions.label')} {version.label}: {version.title}{' '}
                <span className="muted">({formatDate(version.releasedOn)})</span>
              </h3>
              <dl>
                <dt>{t('rollout.versions.changes')}</dt>
                <dd>{version.changes}</dd>
                <dt>{t('rollout.versions.reason')}</dt>
                <dd>{version.reason}</dd>
                <dt>{t('rollout.versions.answers')}</dt>
                <dd>
                  {version.findings.length ? (
                    <ul>
                      {version.findings.map((finding) => (
                        <li key={finding.id}>
                          #{finding.id} {finding.text}{' '}
                          <span className="muted">({regionName(finding.regionCode)})</span>
                        </li>
                      ))}
                    </ul>
                  ) : version.findingCount ? null : (
                    t('rollout.versions.noFindings')
                  )}
                  {version.findingCount > version.findings.length
                    ? t('rollout.versions.hiddenFindings', {
                        count: version.findingCount - version.findings.length,
                      })
                    : null}
                </dd>
              </dl>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t('rollout.versions.none')}</p>
      )}
      {overview.canEdit ? <VersionForm overview={overview} reload={reload} /> : null}
      {overview.canEdit && overview.versions.length ? (
        <AssignForm overview={overview} reload={reload} />
      ) : null}
      <div className="table-wrap">
        <table>
          <caption>{t('rollout.versions.current')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rollout.region')}</th>
              <th scope="col">{t('rollout.versions.current')}</th>
              <th scope="col">{t('rollout.versions.history')}</th>
            </tr>
          </thead>
          <tbody>
            {overview.regions.map((region) => (
              <tr key={region.code}>
                <th scope="row">{region.name}</th>
                <td>
                  {region.currentVersion
                    ? `${region.currentVersion.label} (${formatDate(region.currentVersion.since)})`
                    : t('rollout.versions.noVersion')}
                </td>
                <td>
                  {region.versionHistory
                    .map((entry) => `${entry.label} ${formatDate(entry.since)}`)
                    .join(' → ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function VersionForm({ overview, reload }: { overview: Overview; reload: () => void }) {
  const { t } = useTranslation();
  const regionName = useRegionName();
  const [label, setLabel] = useState('');
  const [title, setTitle] = useState('');
  const [changes, setChanges] = useState('');
  const [reason, setReason] = useState('');
  const [releasedOn, setReleasedOn] = useState(today());
  const [findingIds, setFindingIds] = useState<number[]>([]);
  const action = useAction({ onDone: reload, success: t('rollout.saved') });
  const findings = overview.evaluations.flatMap((evaluation) =>
    evaluation.findings.map((finding) => ({ ...finding, regionCode: evaluation.regionCode })),
  );
  return (
    <details>
      <summary>{t('rollout.versions.create')}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void action
            .run(() =>
              call(api.rollout.createVersion, {
                body: { label, title, changes, reason, releasedOn, findingIds },
              }),
            )
            .then((ok) => ok && setLabel(''));
        }}
      >
        <TextInput
          label={t('rollout.versions.label')}
          value={label}
          onChange={(e) => setLabel(e.target.value)}
          required
          error={action.fields.label}
        />
        <TextInput
          label={t('rollout.versions.versionTitle')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
          error={action.fields.title}
        />
        <TextArea
          label={t('rollout.versions.changes')}
          value={changes}
          onChange={(e) => setChanges(e.target.value)}
          required
          error={action.fields.changes}
        />
        <TextArea
          label={t('rollout.versions.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          required
          error={action.fields.reason}
        />
        <TextInput
          label={t('rollout.versions.releasedOn')}
          type="date"
          value={releasedOn}
          onChange={(e) => setReleasedOn(e.target.value)}
          required
          error={action.fields.releasedOn}
        />
        {findings.length ? (
          <fieldset className="rollout-choice">
            <legend>{t('rollout.versions.answers')}</legend>
            {findings.map((finding) => (
              <label key={finding.id} className="check">
                <input
                  type="checkbox"
                  checked={findingIds.includes(finding.id)}
                  onChange={(e) =>
                    setFindingIds(
                      e.target.checked
                        ? [...findingIds, finding.id]
                        : findingIds.filter((id) => id !== finding.id),
                    )
                  }
                />{' '}
                #{finding.id} {finding.text} ({regionName(finding.regionCode)})
              </label>
            ))}
          </fieldset>
        ) : null}
        <Button type="submit" disabled={action.busy}>
          {t('rollout.versions.create')}
        </Button>
        {action.feedback}
      </form>
    </details>
  );
}

function AssignForm({ overview, reload }: { overview: Overview; reload: () => void }) {
  const { t } = useTranslation();
  const latest = overview.versions[overview.versions.length - 1];
  const [versionId, setVersionId] = useState(String(latest?.id ?? ''));
  const [regions, setRegions] = useState<string[]>([]);
  const [since, setSince] = useState(today());
  const [note, setNote] = useState('');
  const action = useAction({ onDone: reload, success: t('rollout.saved') });
  return (
    <details>
      <summary>{t('rollout.versions.assign')}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void action.run(() =>
            call(api.rollout.assignVersion, {
              body: {
                versionId: Number(versionId),
                regionCodes: regions,
                since,
                note: note || null,
              },
            }),
          );
        }}
      >
        <Select
          label={t('rollout.versions.label')}
          value={versionId}
          onChange={(e) => setVersionId(e.target.value)}
          options={overview.versions.map((version) => ({
            value: String(version.id),
            label: `${version.label}: ${version.title}`,
          }))}
        />
        <fieldset className="rollout-choice">
          <legend>{t('rollout.versions.regions')}</legend>
          {overview.regions.map((region) => (
            <label key={region.code} className="check">
              <input
                type="checkbox"
                checked={regions.includes(region.code)}
                onChange={(e) =>
                  setRegions(
                    e.target.checked
                      ? [...regions, region.code]
                      : regions.filter((code) => code !== region.code),
                  )
                }
              />{' '}
              {region.name}
            </label>
          ))}
          {action.fields.regionCodes ? (
            <p className="field-error" role="alert">
              ⚠ {action.fields.regionCodes}
            </p>
          ) : null}
        </fieldset>
        <TextInput
          label={t('rollout.versions.since')}
          type="date"
          value={since}
          onChange={(e) => setSince(e.target.value)}
          required
          error={action.fields.since}
        />
        <TextInput
          label={t('rollout.versions.note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          optional
        />
        <Button type="submit" disabled={action.busy || !regions.length}>
          {t('rollout.versions.assign')}
        </Button>
        {action.feedback}
      </form>
    </details>
  );
}
