import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../app/api.js';
import { api, call } from '../../app/client.js';
import { useLoad } from '../../app/data.js';
import { RegionPicker, useCanManage, useWorkingRegion } from '../../app/regions.js';
import { Button, ErrorMessage, Loading, PageHeader, TextArea, TextInput } from '../../ui/index.js';

const day = 86_400_000;
const localInput = (at: number) =>
  new Date(at - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

/** The consultations of the working region (and the national ones), and a form to open one. */
export function ConsultationsPage() {
  const { t } = useTranslation();
  const { region, setRegion, fixed } = useWorkingRegion();
  const canManage = useCanManage();
  const navigate = useNavigate();
  const list = useLoad(
    (signal) => call(api.consultations.listConsultations, { query: region ? { region } : {}, signal }),
    [region],
  );
  const [error, setError] = useState<ApiError | null>(null);
  const [importError, setImportError] = useState<ApiError | null>(null);

  async function create(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    try {
      const created = await call(api.consultations.createConsultation, {
        body: {
          regionCode: region,
          question: String(form.get('question') ?? ''),
          opensAt: new Date(String(form.get('opensAt'))).toISOString(),
          closesAt: new Date(String(form.get('closesAt'))).toISOString(),
          statements: String(form.get('statements') ?? '')
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean),
        },
      });
      navigate(`/staff/consultas/${created.id}`);
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason)));
    }
  }

  async function importPolis(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    try {
      const created = await call(api.consultations.importPolis, {
        query: {
          ...(region ? { regionCode: region } : {}),
          question: String(form.get('question') ?? ''),
          opensAt: new Date(String(form.get('opensAt'))).toISOString(),
          closesAt: new Date(String(form.get('closesAt'))).toISOString(),
        },
        body: form,
      });
      navigate(`/staff/consultas/${created.id}`);
    } catch (reason) {
      setImportError(reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason)));
    }
  }

  return (
    <>
      <PageHeader title={t('consultations.list.title')}>
        <p>{t('consultations.list.intro')}</p>
      </PageHeader>
      {fixed ? null : <RegionPicker value={region} onChange={setRegion} allowAll />}
      {list.loading && !list.data ? <Loading /> : null}
      <ErrorMessage error={list.error} />
      {list.data && list.data.consultations.length === 0 ? <p>{t('consultations.list.empty')}</p> : null}
      {list.data?.consultations.length ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('consultations.list.question')}</th>
              <th scope="col">{t('consultations.list.period')}</th>
              <th scope="col">{t('consultations.list.participants')}</th>
              <th scope="col">{t('consultations.list.votes')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.consultations.map((item) => (
              <tr key={item.id}>
                <td>
                  <Link to={`/staff/consultas/${item.id}`}>{item.question}</Link>
                  {item.regionCode === null ? ` · ${t('consultations.list.national')}` : ''}
                </td>
                <td>
                  {new Date(item.opensAt).toLocaleDateString('es-CL')} –{' '}
                  {new Date(item.closesAt).toLocaleDateString('es-CL')} (
                  {item.open ? t('consultations.list.open') : t('consultations.list.closed')})
                </td>
                <td>{item.participants.toLocaleString('es-CL')}</td>
                <td>{item.votes.toLocaleString('es-CL')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {region && canManage(region) ? (
        <form onSubmit={create} className="stack">
          <h2>{t('consultations.list.create')}</h2>
          <ErrorMessage error={error} />
          <TextInput label={t('consultations.list.question')} name="question" required maxLength={500} />
          <TextInput
            label={t('consultations.list.opensAt')}
            name="opensAt"
            type="datetime-local"
            defaultValue={localInput(Date.now())}
            required
          />
          <TextInput
            label={t('consultations.list.closesAt')}
            name="closesAt"
            type="datetime-local"
            defaultValue={localInput(Date.now() + 14 * day)}
            required
          />
          <TextArea label={t('consultations.list.statements')} name="statements" rows={6} />
          <Button type="submit">{t('consultations.list.save')}</Button>
        </form>
      ) : null}
      {region && canManage(region) ? (
        <form onSubmit={importPolis} className="stack">
          <h2>{t('consultations.list.importTitle')}</h2>
          <p>{t('consultations.list.importIntro')}</p>
          <ErrorMessage error={importError} />
          <TextInput label={t('consultations.list.question')} name="question" required maxLength={500} />
          <TextInput
            label={t('consultations.list.opensAt')}
            name="opensAt"
            type="datetime-local"
            defaultValue={localInput(Date.now())}
            required
          />
          <TextInput
            label={t('consultations.list.closesAt')}
            name="closesAt"
            type="datetime-local"
            defaultValue={localInput(Date.now() + 14 * day)}
            required
          />
          <div className="field">
            <label htmlFor="polis-file">{t('consultations.list.importFile')}</label>
            <input
              id="polis-file"
              name="file"
              type="file"
              accept=".csv,.zip,text/csv,application/zip"
              required
            />
          </div>
          <Button type="submit" variant="secondary">
            {t('consultations.list.import')}
          </Button>
        </form>
      ) : null}
    </>
  );
}
