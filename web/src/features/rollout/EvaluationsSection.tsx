import { useTranslation } from 'react-i18next';
import { CriterionForm } from './CriterionForm.js';
import { EvaluationCard } from './EvaluationCard.js';
import { NewEvaluationForm } from './NewEvaluationForm.js';
import { PlanLinkSummary } from './PlanLink.js';
import type { Overview } from './types.js';

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
