import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../app/action.js';
import { post, put } from '../../app/api.js';
import { formatDate } from '../../app/format.js';
import { Button, Select, TextArea, TextInput } from '../../ui/index.js';
import type { Evaluation, Overview } from './types.js';

/** One evaluation of a pilot: its scores per criterion, its findings and their evidence. */

export function EvaluationCard({
  evaluation,
  overview,
  regionName,
  reload,
}: {
  evaluation: Evaluation;
  overview: Overview;
  regionName: string;
  reload: () => void;
}) {
  const headingId = `rollout-evaluation-${evaluation.id}`;
  return (
    <article className="rollout-evaluation" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {regionName}: {evaluation.title} <span className="muted">({formatDate(evaluation.heldOn)})</span>
      </h3>
      {evaluation.summary ? <p>{evaluation.summary}</p> : null}
      <Scores evaluation={evaluation} overview={overview} reload={reload} />
      <Findings evaluation={evaluation} overview={overview} reload={reload} />
      <Evidence evaluation={evaluation} overview={overview} reload={reload} />
    </article>
  );
}

interface PartProps {
  evaluation: Evaluation;
  overview: Overview;
  reload: () => void;
}

/** A score from 1 to 5 per criterion. */
function Scores({ evaluation, overview, reload }: PartProps) {
  const { t } = useTranslation();
  const base = `/api/rollout/evaluations/${evaluation.id}`;
  const [scores, setScores] = useState<Record<number, string>>(() =>
    Object.fromEntries(evaluation.scores.map((score) => [score.criterionId, String(score.score)])),
  );
  const scoreAction = useAction({ onDone: reload, success: t('rollout.saved') });
  return (
    <>
      <h4>{t('rollout.evaluation.scores')}</h4>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void scoreAction.run(() =>
            put(`${base}/scores`, {
              scores: Object.entries(scores)
                .filter(([, value]) => value)
                .map(([criterionId, value]) => ({ criterionId: Number(criterionId), score: Number(value) })),
            }),
          );
        }}
      >
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('rollout.evaluation.criterionName')}</th>
                <th scope="col">{t('rollout.evaluation.scores')}</th>
              </tr>
            </thead>
            <tbody>
              {overview.criteria.map((criterion) => (
                <tr key={criterion.id}>
                  <th scope="row">{criterion.name}</th>
                  <td>
                    {overview.canEdit ? (
                      <select
                        aria-label={`${criterion.name}: ${t('rollout.evaluation.scores')}`}
                        value={scores[criterion.id] ?? ''}
                        onChange={(e) => setScores({ ...scores, [criterion.id]: e.target.value })}
                      >
                        <option value="">{t('rollout.evaluation.noScore')}</option>
                        {[1, 2, 3, 4, 5].map((value) => (
                          <option key={value} value={String(value)}>
                            {value}
                          </option>
                        ))}
                      </select>
                    ) : (
                      (evaluation.scores.find((score) => score.criterionId === criterion.id)?.score ??
                      t('rollout.evaluation.noScore'))
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {overview.canEdit && overview.criteria.length ? (
          <Button type="submit" variant="secondary" disabled={scoreAction.busy}>
            {t('rollout.evaluation.saveScores')}
          </Button>
        ) : null}
        {scoreAction.feedback}
      </form>
    </>
  );
}

/** What the evaluation found, numbered so that evidence can point at it. */
function Findings({ evaluation, overview, reload }: PartProps) {
  const { t } = useTranslation();
  const base = `/api/rollout/evaluations/${evaluation.id}`;
  const [finding, setFinding] = useState('');
  const findingAction = useAction({ onDone: reload, success: t('rollout.saved') });
  return (
    <>
      <h4>{t('rollout.evaluation.findings')}</h4>
      <ul>
        {evaluation.findings.map((item) => (
          <li key={item.id}>
            #{item.id} {item.text}
          </li>
        ))}
      </ul>
      {overview.canEdit ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void findingAction
              .run(() => post(`${base}/findings`, { text: finding }))
              .then((ok) => ok && setFinding(''));
          }}
        >
          <TextArea
            label={t('rollout.evaluation.finding')}
            value={finding}
            onChange={(e) => setFinding(e.target.value)}
            rows={2}
            error={findingAction.fields.text}
          />
          <Button type="submit" variant="secondary" disabled={findingAction.busy || !finding.trim()}>
            {t('rollout.evaluation.addFinding')}
          </Button>
          {findingAction.feedback}
        </form>
      ) : null}
    </>
  );
}

/** The evidence behind the evaluation: a dialogue, a council session, an indicator or a document. */
function Evidence({ evaluation, overview, reload }: PartProps) {
  const { t } = useTranslation();
  const base = `/api/rollout/evaluations/${evaluation.id}`;
  const [kind, setKind] = useState('dialogue');
  const [refId, setRefId] = useState('');
  const [url, setUrl] = useState('');
  const [label, setLabel] = useState('');
  const [findingId, setFindingId] = useState('');
  const evidenceAction = useAction({ onDone: reload, success: t('rollout.saved') });
  return (
    <>
      <h4>{t('rollout.evaluation.evidence')}</h4>
      <ul>
        {evaluation.evidence.map((item) => (
          <li key={item.id}>
            <span className="badge">{t(`rollout.evaluation.kinds.${item.kind}`)}</span>{' '}
            {item.url ? <a href={item.url}>{item.label}</a> : item.label}
            {item.findingId ? <span className="muted"> (#{item.findingId})</span> : null}
          </li>
        ))}
      </ul>
      {overview.canEdit ? (
        <details>
          <summary>{t('rollout.evaluation.addEvidence')}</summary>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void evidenceAction
                .run(() =>
                  post(`${base}/evidence`, {
                    kind,
                    refId: refId || null,
                    url: url || null,
                    label,
                    findingId: findingId ? Number(findingId) : null,
                  }),
                )
                .then((ok) => ok && setLabel(''));
            }}
          >
            <Select
              label={t('rollout.evaluation.kind')}
              value={kind}
              onChange={(e) => setKind(e.target.value)}
              options={(['dialogue', 'council_session', 'indicator', 'document'] as const).map((value) => ({
                value,
                label: t(`rollout.evaluation.kinds.${value}`),
              }))}
            />
            <TextInput
              label={t('rollout.evaluation.refId')}
              value={refId}
              onChange={(e) => setRefId(e.target.value)}
              optional
              error={evidenceAction.fields.refId}
            />
            <TextInput
              label={t('rollout.evaluation.url')}
              value={url}
              onChange={(e) => setUrl(e.target.value)}
              optional
              error={evidenceAction.fields.url}
            />
            <TextInput
              label={t('rollout.evaluation.label')}
              value={label}
              onChange={(e) => setLabel(e.target.value)}
              required
              error={evidenceAction.fields.label}
            />
            <Select
              label={t('rollout.evaluation.aboutFinding')}
              value={findingId}
              onChange={(e) => setFindingId(e.target.value)}
              options={[
                { value: '', label: t('rollout.none') },
                ...evaluation.findings.map((item) => ({
                  value: String(item.id),
                  label: `#${item.id} ${item.text.slice(0, 60)}`,
                })),
              ]}
            />
            <Button type="submit" variant="secondary" disabled={evidenceAction.busy || !label.trim()}>
              {t('rollout.evaluation.addEvidence')}
            </Button>
            {evidenceAction.feedback}
          </form>
        </details>
      ) : null}
    </>
  );
}
