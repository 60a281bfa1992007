import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError, fieldErrors } from '../../app/api.js';
import { api, type BodyOf, call } from '../../app/client.js';
import { useLoad, useRegions } from '../../app/data.js';
import { formatDate, todayInChile } from '../../app/format.js';
import { useSession } from '../../app/session.js';
import { Alert, Button, ErrorMessage, Loading, PageHeader, Select, TextInput } from '../../ui/index.js';

export function PlanList() {
  const { t } = useTranslation();
  const { me } = useSession();
  const regions = useRegions();
  const navigate = useNavigate();
  const { data, error, loading } = useLoad((signal) => call(api.karabirrdt.listPlans, { signal }), []);
  const [title, setTitle] = useState('');
  const [regionCode, setRegionCode] = useState('');
  const [startDate, setStartDate] = useState(todayInChile());
  const [dots, setDots] = useState('5');
  const [createError, setCreateError] = useState<ApiError | null>(null);
  const [importError, setImportError] = useState<ApiError | null>(null);
  const errors = fieldErrors(createError);
  const regionName = (code: string | null) =>
    code ? (regions.find((region) => region.code === code)?.name ?? code) : t('karabirrdt.national');

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setCreateError(null);
    try {
      const created = await call(api.karabirrdt.createPlan, {
        body: {
          title,
          regionCode: regionCode || null,
          startDate,
          dotsPerMember: Number(dots),
        },
      });
      navigate(`/staff/planificacion/${created.id}`);
    } catch (reason) {
      setCreateError(reason as ApiError);
    }
  };

  const importFile = async (file: File) => {
    setImportError(null);
    try {
      // The file is sent as it is: the server reads and checks it (an invalid file stores nothing).
      let body: BodyOf<typeof api.karabirrdt.importPlan>;
      try {
        body = JSON.parse(await file.text());
      } catch (reason) {
        throw new ApiError(400, 'malformed_body', `${file.name}: ${String((reason as Error).message)}`);
      }
      const created = await call(api.karabirrdt.importPlan, { body });
      navigate(`/staff/planificacion/${created.id}`);
    } catch (reason) {
      setImportError(reason as ApiError);
    }
  };

  return (
    <>
      <PageHeader title={t('karabirrdt.listTitle')}>
        <p>{t('karabirrdt.intro')}</p>
      </PageHeader>
      <ErrorMessage error={error} />
      {loading && !data ? <Loading /> : null}
      {data && !data.plans.length ? <p className="muted">{t('karabirrdt.noPlans')}</p> : null}
      {data?.plans.length ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('karabirrdt.title')}</th>
                <th scope="col">{t('karabirrdt.region')}</th>
                <th scope="col">{t('karabirrdt.startDate')}</th>
                <th scope="col">{t('karabirrdt.progress')}</th>
              </tr>
            </thead>
            <tbody>
              {data.plans.map((plan) => (
                <tr key={plan.id}>
                  <th scope="row">
                    <Link to={`/staff/planificacion/${plan.id}`}>{plan.title}</Link>
                  </th>
                  <td>{regionName(plan.regionCode)}</td>
                  <td>{formatDate(plan.startDate)}</td>
                  <td>{t('karabirrdt.tasksDone', { done: plan.doneCount, total: plan.taskCount })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {me?.role === 'national' ? (
        <div className="grid">
          <section className="card" aria-labelledby="new-plan-title">
            <h2 id="new-plan-title">{t('karabirrdt.newPlan')}</h2>
            {createError && !Object.keys(errors).length ? <ErrorMessage error={createError} /> : null}
            <form onSubmit={create} noValidate>
              <TextInput
                label={t('karabirrdt.title')}
                value={title}
                required
                onChange={(event) => setTitle(event.target.value)}
                error={errors.title}
              />
              <Select
                label={t('karabirrdt.region')}
                value={regionCode}
                onChange={(event) => setRegionCode(event.target.value)}
                options={[
                  { value: '', label: t('karabirrdt.national') },
                  ...regions.map((region) => ({ value: region.code, label: region.name })),
                ]}
              />
              <TextInput
                label={t('karabirrdt.startDate')}
                type="date"
                value={startDate}
                onChange={(event) => setStartDate(event.target.value)}
                error={errors.startDate}
              />
              <TextInput
                label={t('karabirrdt.dotsPerMember')}
                type="number"
                min={1}
                max={50}
                value={dots}
                onChange={(event) => setDots(event.target.value)}
                error={errors.dotsPerMember}
              />
              <Button type="submit">{t('karabirrdt.create')}</Button>
            </form>
          </section>
          <section className="card" aria-labelledby="import-plan-title">
            <h2 id="import-plan-title">{t('karabirrdt.importTitle')}</h2>
            {importError ? (
              <Alert kind="error">
                {importError.message}
                {importError.issues.length ? (
                  <ul>
                    {importError.issues.slice(0, 20).map((issue) => (
                      <li key={`${issue.path}:${issue.message}`}>
                        <code>{issue.path}</code>: {issue.message}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </Alert>
            ) : null}
            <TextInput
              label={t('karabirrdt.importFile')}
              type="file"
              accept="application/json,.json"
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) void importFile(file);
              }}
            />
          </section>
        </div>
      ) : null}
    </>
  );
}
