import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call, href, type ResponseOf } from '../../app/client.js';
import { useLoad, useRegions } from '../../app/data.js';
import { Alert, Button, Select } from '../../ui/index.js';
import type { PlanView } from '../karabirrdt/types.js';

/** A plan as the plan list gives it. */
type PlanSummary = ResponseOf<typeof api.karabirrdt.listPlans>['plans'][number];

/** What a wave or a criterion points to in a Karabirrdt plan; the ids go to the server as they are. */
export interface PlanLinkValue {
  planId: number | null;
  planDreamId: number | null;
  planTaskId: number | null;
}

/** Reads the plan list (no id) or one plan. */
type Loader = (planId: number | null) => Promise<unknown>;
const request = (planId: number | null) =>
  planId === null ? call(api.karabirrdt.listPlans) : call(api.karabirrdt.getPlan, { params: { id: planId } });
const keyOf = (planId: number | null) =>
  planId === null ? href(api.karabirrdt.listPlans) : href(api.karabirrdt.getPlan, { params: { id: planId } });
const PlanSourceContext = createContext<Loader>(request);

/**
 * Shares the plan requests of one page: every picker and summary below asks once per plan.
 * A new `generation` (the page's data after a save) forgets them, so lists are fresh again.
 */
export function PlanSource({ generation, children }: { generation: unknown; children: ReactNode }) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new generation empties the cache
  const load = useMemo<Loader>(() => {
    const cache = new Map<string, Promise<unknown>>();
    return (planId) => {
      const key = keyOf(planId);
      let pending = cache.get(key);
      if (!pending) {
        pending = request(planId).catch((error: unknown) => {
          cache.delete(key);
          throw error;
        });
        cache.set(key, pending);
      }
      return pending;
    };
  }, [generation]);
  return <PlanSourceContext.Provider value={load}>{children}</PlanSourceContext.Provider>;
}

function usePlans() {
  const load = useContext(PlanSourceContext);
  return useLoad(() => load(null) as Promise<{ plans: PlanSummary[] }>, [load]);
}

/** The chosen plan's dreams and tasks; null while none is chosen or it is still loading. */
function usePlan(planId: number | null) {
  const load = useContext(PlanSourceContext);
  const state = useLoad(
    () => (planId ? (load(planId) as Promise<PlanView>) : Promise.resolve(null)),
    [load, planId],
  );
  // useLoad keeps the previous plan while the next one loads: never show another plan's tasks.
  const data = state.data && state.data.plan.id === planId ? state.data : null;
  return { ...state, data };
}

const shorten = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Pickers that link something to a Karabirrdt plan: the plans the user can see, then the chosen
 * plan's dreams and/or tasks. Choosing another plan clears the dream and the task.
 */
export function PlanLinkFields({
  value,
  onChange,
  dreams = false,
  tasks = true,
  errors = {},
}: {
  value: PlanLinkValue;
  onChange: (next: PlanLinkValue) => void;
  dreams?: boolean;
  tasks?: boolean;
  errors?: Record<string, string>;
}) {
  const { t } = useTranslation();
  const regions = useRegions();
  const plans = usePlans();
  const plan = usePlan(value.planId);
  const missing = (id: number) => ({ value: String(id), label: t('rollout.planLink.missing', { id }) });
  const regionName = (code: string | null) =>
    code ? (regions.find((region) => region.code === code)?.name ?? code) : t('rollout.planLink.national');

  let body: ReactNode;
  if (!plans.data && plans.error) {
    body = (
      <Alert kind="error">
        {t('rollout.planLink.error', { message: plans.error.message })}{' '}
        <Button variant="link" onClick={plans.reload}>
          {t('rollout.planLink.retry')}
        </Button>
      </Alert>
    );
  } else if (!plans.data) {
    body = (
      <p className="muted" role="status">
        {t('rollout.planLink.loading')}
      </p>
    );
  } else if (!plans.data.plans.length && !value.planId) {
    body = (
      <p className="muted">
        {t('rollout.planLink.empty')} <Link to="/staff/planificacion">{t('rollout.planLink.where')}</Link>.
      </p>
    );
  } else {
    const list = plans.data.plans;
    const planOptions = [
      { value: '', label: t('rollout.planLink.noPlan') },
      ...list.map((item) => ({
        value: String(item.id),
        label: `${item.title} (${regionName(item.regionCode)})`,
      })),
      // A linked plan that was deleted, or is out of reach, stays visible rather than silently unset.
      ...(value.planId && !list.some((item) => item.id === value.planId) ? [missing(value.planId)] : []),
    ];
    const detail = plan.data;
    const dreamOptions = [
      { value: '', label: t('rollout.planLink.noDream') },
      ...(detail?.dreams ?? []).map((dream) => ({ value: String(dream.id), label: shorten(dream.text) })),
      ...(detail && value.planDreamId && !detail.dreams.some((dream) => dream.id === value.planDreamId)
        ? [missing(value.planDreamId)]
        : []),
    ];
    const taskOptions = [
      { value: '', label: t('rollout.planLink.noTask') },
      ...(detail?.tasks ?? []).map((task) => ({
        value: String(task.id),
        label: `${shorten(task.title)} (${t(`rollout.planLink.status.${task.status}`)})`,
      })),
      ...(detail && value.planTaskId && !detail.tasks.some((task) => task.id === value.planTaskId)
        ? [missing(value.planTaskId)]
        : []),
    ];
    body = (
      <>
        <Select
          label={t('rollout.planLink.plan')}
          value={value.planId ? String(value.planId) : ''}
          onChange={(event) =>
            onChange({
              planId: event.target.value ? Number(event.target.value) : null,
              planDreamId: null,
              planTaskId: null,
            })
          }
          options={planOptions}
          optional
          error={errors.planId}
        />
        {value.planId && !detail && plan.error ? (
          <Alert kind="error">
            {t('rollout.planLink.planError', { message: plan.error.message })}{' '}
            <Button variant="link" onClick={plan.reload}>
              {t('rollout.planLink.retry')}
            </Button>
          </Alert>
        ) : null}
        {value.planId && !detail && !plan.error ? (
          <p className="muted" role="status">
            {t('rollout.planLink.loadingPlan')}
          </p>
        ) : null}
        {detail && dreams ? (
          <Select
            label={t('rollout.planLink.dream')}
            value={value.planDreamId ? String(value.planDreamId) : ''}
            onChange={(event) =>
              onChange({ ...value, planDreamId: event.target.value ? Number(event.target.value) : null })
            }
            options={dreamOptions}
            optional
            hint={detail.dreams.length ? undefined : t('rollout.planLink.noDreams')}
            error={errors.planDreamId}
          />
        ) : null}
        {detail && tasks ? (
          <Select
            label={t('rollout.planLink.task')}
            value={value.planTaskId ? String(value.planTaskId) : ''}
            onChange={(event) =>
              onChange({ ...value, planTaskId: event.target.value ? Number(event.target.value) : null })
            }
            options={taskOptions}
            optional
            hint={detail.tasks.length ? undefined : t('rollout.planLink.noTasks')}
            error={errors.planTaskId}
          />
        ) : null}
      </>
    );
  }
  return (
    <fieldset>
      <legend>{t('rollout.planLink.legend')}</legend>
      {body}
    </fieldset>
  );
}

/** The title of a plan the user can see, else its number. */
export function PlanTitle({ planId }: { planId: number }) {
  const { t } = useTranslation();
  const plans = usePlans();
  const plan = plans.data?.plans.find((item) => item.id === planId);
  if (plan) return <>{plan.title}</>;
  return <>{plans.loading ? t('common.loading') : t('rollout.planLink.missing', { id: planId })}</>;
}

/** Where a criterion points in a Karabirrdt plan: the plan's title, the dream's text, the task. */
export function PlanLinkSummary({ value }: { value: PlanLinkValue }) {
  const { t } = useTranslation();
  const plan = usePlan(value.planId);
  if (!value.planId) return null;
  const detail = plan.data;
  const dream = detail?.dreams.find((item) => item.id === value.planDreamId);
  const task = detail?.tasks.find((item) => item.id === value.planTaskId);
  const pending = !detail && plan.loading;
  const named = (id: number, name: string | undefined) =>
    name ?? (pending ? t('common.loading') : t('rollout.planLink.missing', { id }));
  return (
    <span className="rollout-plan-link">
      {t('rollout.planLink.plan')}:{' '}
      <strong>{detail ? detail.plan.title : <PlanTitle planId={value.planId} />}</strong>
      {value.planDreamId ? (
        <>
          {' · '}
          {t('rollout.planLink.dream')}:{' '}
          <strong>{named(value.planDreamId, dream && shorten(dream.text))}</strong>
        </>
      ) : null}
      {value.planTaskId ? (
        <>
          {' · '}
          {t('rollout.planLink.task')}: <strong>{named(value.planTaskId, task?.title)}</strong>
          {task ? ` (${t(`rollout.planLink.status.${task.status}`)})` : ''}
        </>
      ) : null}
    </span>
  );
}
