import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAction } from '../../app/action.js';
import { fieldErrors, get, post } from '../../app/api.js';
import { useLoad } from '../../app/data.js';
import { text } from '../../app/form.js';
import { RegionPicker, useCanManage, useRegionName, useWorkingRegion } from '../../app/regions.js';
import { Alert, Button, ErrorMessage, Loading, PageHeader, TextInput } from '../../ui/index.js';

interface CouncilRow {
  id: number;
  regionCode: string;
  name: string;
  establishedOn: string;
  members: number;
  warnings: unknown[];
  openAgreements: number;
  overdueAgreements: number;
}

/** Regional councils of the person's regions: warnings and overdue agreements at a glance. */
export function CouncilsPage() {
  const { t } = useTranslation();
  const { region, setRegion, fixed } = useWorkingRegion();
  const regionName = useRegionName();
  const canManage = useCanManage();
  const list = useLoad(
    (signal) =>
      get<{ councils: CouncilRow[] }>(`/api/councils${region ? `?region=${region}` : ''}`, { signal }),
    [region],
  );
  const add = useAction({
    form: (form) =>
      post('/api/councils', {
        regionCode: region,
        name: text(form, 'name'),
        establishedOn: text(form, 'establishedOn'),
        maxGenderShare: Number(form.get('maxGenderShare')) || 60,
      }),
    onDone: () => list.reload(),
  });
  const errors = fieldErrors(add.error);
  const rows = list.data?.councils ?? [];
  return (
    <>
      <PageHeader title={t('governance.councils.title')}>
        <p>{t('governance.councils.intro')}</p>
      </PageHeader>
      {fixed ? null : <RegionPicker value={region} onChange={setRegion} allowAll />}
      <ErrorMessage error={list.error} />
      {list.loading && !list.data ? <Loading /> : null}
      {list.data && !rows.length ? <p>{t('governance.councils.empty')}</p> : null}
      {rows.length ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('governance.councils.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('governance.councils.name')}</th>
                <th scope="col">{t('common.region')}</th>
                <th scope="col" className="number">
                  {t('governance.councils.members')}
                </th>
                <th scope="col">{t('governance.councils.warnings')}</th>
                <th scope="col" className="number">
                  {t('governance.councils.open')}
                </th>
                <th scope="col">{t('governance.councils.overdue')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((council) => (
                <tr key={council.id}>
                  <td>
                    <Link to={`/staff/modelo/consejos/${council.id}`}>{council.name}</Link>
                  </td>
                  <td>{regionName(council.regionCode)}</td>
                  <td className="number">{council.members}</td>
                  <td>
                    {council.warnings.length ? (
                      <span className="badge badge-warning">! {council.warnings.length}</span>
                    ) : (
                      <span className="badge">✓ {t('governance.councils.ok')}</span>
                    )}
                  </td>
                  <td className="number">{council.openAgreements}</td>
                  <td>
                    {council.overdueAgreements ? (
                      <span className="badge badge-danger">! {council.overdueAgreements}</span>
                    ) : (
                      '0'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {region && canManage(region) ? (
        <section className="card" aria-labelledby="add-council">
          <h2 id="add-council">{t('governance.councils.add')}</h2>
          {add.done ? <Alert kind="success">{t('governance.councils.added')}</Alert> : null}
          <ErrorMessage error={add.error} />
          <form onSubmit={add.submit} noValidate>
            <TextInput label={t('governance.councils.name')} name="name" required error={errors.name} />
            <TextInput
              label={t('governance.councils.establishedOn')}
              name="establishedOn"
              type="date"
              required
              error={errors.establishedOn}
            />
            <TextInput
              label={t('governance.councils.maxGenderShare')}
              name="maxGenderShare"
              type="number"
              min={34}
              max={100}
              defaultValue={60}
              error={errors.maxGenderShare}
            />
            <Button type="submit" disabled={add.busy}>
              {t('governance.councils.add')}
            </Button>
          </form>
        </section>
      ) : null}
    </>
  );
}
