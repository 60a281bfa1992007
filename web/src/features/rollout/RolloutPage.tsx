import { useTranslation } from 'react-i18next';
import { get } from '../../app/api.js';
import { useLoad } from '../../app/data.js';
import { Alert, ErrorMessage, Loading, PageHeader } from '../../ui/index.js';
import { EvaluationsSection } from './EvaluationsSection.js';
import { PilotsSection } from './PilotsSection.js';
import { PlanSource } from './PlanLink.js';
import type { Overview } from './types.js';
import { VersionsSection } from './VersionsSection.js';
import { WavesSection } from './WavesSection.js';

export function RolloutPage() {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useLoad((signal) => get<Overview>('/api/rollout', { signal }), []);
  return (
    <>
      <PageHeader title={t('rollout.title')}>
        <p>{t('rollout.intro')}</p>
      </PageHeader>
      <ErrorMessage error={error} />
      {loading && !data ? <Loading /> : null}
      {data ? (
        <PlanSource generation={data}>
          {data.canEdit ? null : <Alert kind="info">{t('rollout.readOnly')}</Alert>}
          <PilotsSection overview={data} reload={reload} />
          <EvaluationsSection overview={data} reload={reload} />
          <VersionsSection overview={data} reload={reload} />
          <WavesSection overview={data} reload={reload} />
          <section className="card" aria-labelledby="rollout-indicators">
            <h2 id="rollout-indicators">{t('rollout.indicatorsLegend')}</h2>
            <dl>
              {data.indicators.map((indicator) => (
                <div key={indicator.key} id={`indicator-${indicator.key}`}>
                  <dt>{t(`rollout.indicators.${indicator.key}`)}</dt>
                  <dd>{indicator.source}</dd>
                </div>
              ))}
            </dl>
          </section>
        </PlanSource>
      ) : null}
    </>
  );
}
