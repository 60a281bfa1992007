import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../app/action.js';
import { post, put } from '../../app/api.js';
import { formatDate, todayInChile } from '../../app/format.js';
import { Button, Select, TextArea, TextInput } from '../../ui/index.js';
import { PlanLinkFields, PlanLinkSummary, type PlanLinkValue } from './PlanLink.js';
import type { Evaluation, Overview } from './types.js';

const today = todayInChile;

export function EvaluationsSection({ overview, reload }: { overview: Overview; reload: () => void }) {
  const { t } = useTranslation();
  const nameOf = (code: string) => overview.regions.find((region) => region.code === code)?.name ?? code;
  return (
    <section className="card" aria-labelledby="rollout-evaluation">
      <h2 id="rollout-evaluation">{t('rollout.evaluation.title')}</h2>
      <p>{t('rollout.evaluation.explain')}</p>
      <h3>{t('rollout.evaluation.criteria')}</h3>
      {overview.criteria.length ? (
        <ul>
          {overview.criteria.map((criterion) => (
            <li key={criterion.id}>
              <strong>{criterion.name}</strong>{' '}
              <span className="badge">{t(`rollout.evaluation.sources.${criterion.source}`)}</span>
              {criterion.description ? ` — ${criterion.description}` : ''}
              {criterion.sourceLabel ? <span className="muted"> ({criterion.sourceLabel})</span> : null}
              {criterion.planId ? (
                <div>
                  <PlanLinkSummary value={criterion} />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('rollout.evaluation.noCriteria')}</p>
      )}
      {overview.canEdit ? <CriterionForm reload={reload} /> : null}
      {overview.canEdit ? <NewEvaluationForm overview={overview} reload={reload} /> : null}
      {overview.evaluations.length ? (
        overview.evaluations.map((evaluation) => (
          <EvaluationCard
            key={evaluation.id}
            evaluation={evaluation}
            overview={overview}
            regionName={nameOf(evaluation.regionCode)}
            reload={reload}
          />
        ))
      ) : (
        <p className="muted">{t('rollout.evaluation.noEvaluations')}</p>
      )}
    </section>
  );
}

function CriterionForm({ reload }: { reload: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [source, setSource] = useState('model');
  const [sourceLabel, setSourceLabel] = useState('');
  const [link, setLink] = useState<PlanLinkValue>({ planId: null, planDreamId: null, planTaskId: null });
  const action = useAction({ onDone: reload, success: t('rollout.saved') });
  return (
    <details>
      <summary>{t('rollout.evaluation.addCriterion')}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void action
            .run(() =>
              post('/api/rollout/criteria', {
                name,
                description,
                source,
                sourceLabel: sourceLabel || null,
                planTaskId: link.planTaskId,
                planId: link.planId,
                planDreamId: link.planDreamId,
              }),
            )
            .then((ok) => ok && setName(''));
        }}
      >
        <TextInput
          label={t('rollout.evaluation.criterionName')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          error={action.fields.name}
        />
        <TextInput
          label={t('rollout.evaluation.criterionDescription')}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          optional
        />
        <Select
          label={t('rollout.evaluation.source')}
          value={source}
          onChange={(e) => setSource(e.target.value)}
          options={(['model', 'dream_circle', 'other'] as const).map((value) => ({
            value,
            label: t(`rollout.evaluation.sources.${value}`),
          }))}
        />
        <TextInput
          label={t('rollout.evaluation.sourceLabel')}
          value={sourceLabel}
          onChange={(e) => setSourceLabel(e.target.value)}
          optional
        />
        <PlanLinkFields value={link} onChange={setLink} dreams errors={action.fields} />
        <Button type="submit" disabled={action.busy || !name.trim()}>
          {t('rollout.evaluation.addCriterion')}
        </Button>
        {action.feedback}
      </form>
    </details>
  );
}

function NewEvaluationForm({ overview, reload }: { overview: Overview; reload: () => void }) {
  const { t } = useTranslation();
  const pilots = overview.pilots.map((pilot) => pilot.regionCode);
  const choices = pilots.length ? pilots : overview.regions.map((region) => region.code);
  const [regionCode, setRegionCode] = useState(choices[0] ?? '');
  const [title, setTitle] = useState('');
  const [heldOn, setHeldOn] = useState(today());
  const [summary, setSummary] = useState('');
  const action = useAction({ onDone: reload, success: t('rollout.saved') });
  return (
    <details>
      <summary>{t('rollout.evaluation.newEvaluation')}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void action
            .run(() =>
              post('/api/rollout/evaluations', {
                regionCode: regionCode || choices[0],
                title,
                heldOn,
                summary,
              }),
            )
            .then((ok) => ok && setTitle(''));
        }}
      >
        <Select
          label={t('rollout.region')}
          value={regionCode}
          onChange={(e) => setRegionCode(e.target.value)}
          options={choices.map((code) => ({
            value: code,
            label: overview.regions.find((region) => region.code === code)?.name ?? code,
          }))}
          error={action.fields.regionCode}
        />
        <TextInput
          label={t('rollout.evaluation.evaluationTitle')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
          error={action.fields.title}
        />
        <TextInput
          label={t('rollout.evaluation.heldOn')}
          type="date"
          value={heldOn}
          onChange={(e) => setHeldOn(e.target.value)}
          required
          error={action.fields.heldOn}
        />
        <TextArea
          label={t('rollout.evaluation.summary')}
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
          optional
        />
        <Button type="submit" disabled={action.busy || !title.trim()}>
          {t('rollout.evaluation.create')}
        </Button>
        {action.feedback}
      </form>
    </details>
  );
}

function EvaluationCard({
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
  const { t } = useTranslation();
  const base = `/api/rollout/evaluations/${evaluation.id}`;
  const [scores, setScores] = useState<Record<number, string>>(() =>
    Object.fromEntries(evaluation.scores.map((score) => [score.criterionId, String(score.score)])),
  );
  const [finding, setFinding] = useState('');
  const [kind, setKind] = useState('dialogue');
  const [refId, setRefId] = useState('');
  const [url, setUrl] = useState('');
  const [label, setLabel] = useState('');
  const [findingId, setFindingId] = useState('');
  const scoreAction = useAction({ onDone: reload, success: t('rollout.saved') });
  const findingAction = useAction({ onDone: reload, success: t('rollout.saved') });
  const evidenceAction = useAction({ onDone: reload, success: t('rollout.saved') });
  const headingId = `rollout-evaluation-${evaluation.id}`;
  return (
    <article className="rollout-evaluation" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {regionName}: {evaluation.title} <span className="muted">({formatDate(evaluation.heldOn)})</span>
      </h3>
      {evaluation.summary ? <p>{evaluation.summary}</p> : null}
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
    </article>
  );
}
