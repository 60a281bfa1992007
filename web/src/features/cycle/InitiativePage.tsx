import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../app/api.js';
import { api, type BodyOf, call, formValue } from '../../app/client.js';
import { useLoad } from '../../app/data.js';
import { formatDate, formatPesos, todayInChile } from '../../app/format.js';
import { Button, ErrorMessage, Loading, PageHeader, Select, TextArea, TextInput } from '../../ui/index.js';

const statuses = ['propuesta', 'aprobada', 'en_ejecucion', 'terminada', 'descartada'];

export function InitiativePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const loaded = useLoad((signal) => call(api.initiatives.getInitiative, { params: { id }, signal }), [id]);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  if (!loaded.data) return loaded.loading ? <Loading /> : <ErrorMessage error={loaded.error} />;
  const initiative = loaded.data;
  const currentStatus = status ?? initiative.status;

  async function run(action: () => Promise<unknown>, element?: HTMLFormElement) {
    setError(null);
    try {
      await action();
      element?.reset();
      setStatus(null);
      loaded.reload();
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : null);
    }
  }

  function saveProgress(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void run(
      () =>
        call(api.initiatives.updateInitiative, {
          params: { id: initiative.id },
          body: {
            status: formValue(form, 'status') as BodyOf<typeof api.initiatives.updateInitiative>['status'],
            progressPercent: Number(form.get('progress')),
            ...(form.get('reason') ? { discardReason: formValue(form, 'reason') } : {}),
            ...(form.get('note') ? { note: formValue(form, 'note') } : {}),
          },
        }),
      event.currentTarget,
    );
  }

  function addMilestone(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void run(
      () =>
        call(api.initiatives.addMilestone, {
          params: { id: initiative.id },
          body: {
            title: formValue(form, 'title'),
            dueOn: formValue(form, 'dueOn'),
          },
        }),
      event.currentTarget,
    );
  }

  return (
    <>
      <PageHeader title={initiative.title}>
        <p className="muted">
          {initiative.year} · {initiative.regionCode ?? t('cycle.initiative.national')} ·{' '}
          {initiative.responsibleUnit} · {formatPesos(initiative.budgetPesos)}
        </p>
        <Link to="/staff/cartera">{t('common.back')}</Link> ·{' '}
        <Link to={`/cartera/iniciativa/${initiative.id}`}>{t('cycle.initiative.publicPortfolioPage')}</Link>
      </PageHeader>
      {initiative.carriedFromId ? (
        <p>{t('cycle.initiative.carried', { id: initiative.carriedFromId })}</p>
      ) : null}
      {initiative.description ? <p>{initiative.description}</p> : null}
      <p>
        <strong>{t('cycle.initiative.status')}:</strong> {t(`cycle.statuses.${initiative.status}`)} ·{' '}
        {initiative.progressPercent} %{initiative.discardReason ? ` · ${initiative.discardReason}` : ''}
      </p>
      <ErrorMessage error={error} />
      <section className="card">
        <h2>{t('cycle.initiative.saveProgress')}</h2>
        <form onSubmit={saveProgress}>
          <Select
            label={t('cycle.initiative.status')}
            name="status"
            value={currentStatus}
            onChange={(event) => setStatus(event.target.value)}
            options={statuses.map((value) => ({ value, label: t(`cycle.statuses.${value}`) }))}
          />
          <TextInput
            label={t('cycle.initiative.progress')}
            name="progress"
            type="number"
            min={0}
            max={100}
            defaultValue={initiative.progressPercent}
            key={initiative.progressPercent}
          />
          {currentStatus === 'descartada' ? (
            <TextArea
              label={t('cycle.initiative.reason')}
              name="reason"
              defaultValue={initiative.discardReason ?? ''}
              required
            />
          ) : null}
          <TextArea label={t('cycle.initiative.note')} name="note" optional />
          <Button type="submit">{t('cycle.initiative.saveProgress')}</Button>
        </form>
      </section>
      <section className="card">
        <h2>{t('cycle.initiative.sources')}</h2>
        <ul>
          {initiative.sources.map((source) => (
            <li key={`${source.kind}-${source.refId}`}>
              {source.kind === 'idea' ? (
                <>
                  «{source.label}»{' '}
                  {source.dialogueTitle ? <span className="muted">({source.dialogueTitle})</span> : null} ·{' '}
                  <Link to={`/devolucion/idea/${source.refId}`}>{t('cycle.initiative.publicPage')}</Link>
                </>
              ) : (
                <>
                  {t('cycle.track.kinds.theme')} {source.refId}
                  {source.label ? `: ${source.label}` : ''}
                </>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section className="card">
        <h2>{t('cycle.initiative.milestones')}</h2>
        <ul>
          {initiative.milestones.map((milestone) => (
            <li key={milestone.id}>
              {milestone.title} · {t('cycle.initiative.dueOn')} {formatDate(milestone.dueOn)}{' '}
              {milestone.doneOn ? (
                <span className="badge">
                  {t('cycle.initiative.doneOn')} {formatDate(milestone.doneOn)}
                </span>
              ) : (
                <Button
                  variant="link"
                  onClick={() =>
                    void run(() =>
                      call(api.initiatives.updateMilestone, {
                        params: { id: milestone.id },
                        body: {
                          doneOn: todayInChile(),
                        },
                      }),
                    )
                  }
                >
                  {t('cycle.initiative.markDone')}
                </Button>
              )}
            </li>
          ))}
        </ul>
        <form className="toolbar" onSubmit={addMilestone}>
          <TextInput label={t('cycle.initiative.milestone')} name="title" required />
          <TextInput label={t('cycle.initiative.dueOn')} name="dueOn" type="date" required />
          <Button type="submit" variant="secondary">
            {t('cycle.initiative.addMilestone')}
          </Button>
        </form>
      </section>
      <section className="card">
        <h2>{t('cycle.initiative.updates')}</h2>
        <ul>
          {initiative.updates.map((update) => (
            <li key={update.id}>
              {formatDate(update.reportedOn)} · {t(`cycle.statuses.${update.statusBefore}`)} →{' '}
              {t(`cycle.statuses.${update.statusAfter}`)} · {update.progressBefore} → {update.progressAfter} %
              · {t(`cycle.initiative.origin.${update.origin}`)}
              {update.author ? ` · ${update.author}` : ''}
              {update.note ? ` · ${update.note}` : ''}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
