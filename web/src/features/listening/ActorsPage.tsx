import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { organizationKinds, sectors } from '../../../../src/platform/vocabulary.js';
import { useAction } from '../../app/action.js';
import { fieldErrors } from '../../app/api.js';
import { api, type BodyOf, call, type ResponseOf } from '../../app/client.js';
import { useLoad } from '../../app/data.js';
import { optional, text } from '../../app/form.js';
import { formatInteger } from '../../app/format.js';
import { RegionPicker, useCanManage, useRegionName, useWorkingRegion } from '../../app/regions.js';
import { useSession } from '../../app/session.js';
import { Alert, Button, ErrorMessage, Loading, PageHeader, Select, TextInput } from '../../ui/index.js';

export type ActorRow = ResponseOf<typeof api.actors.actorsFor>['actors'][number];

export const sectorKeys: readonly string[] = sectors;
const kindKeys: readonly string[] = organizationKinds;

/** The actor registry of a region: people, their organisation (the shared registry) and whether they were heard. */
export function ActorsPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const { region, setRegion, fixed } = useWorkingRegion();
  const regionName = useRegionName();
  const canManage = useCanManage();
  const [notHeard, setNotHeard] = useState(false);
  const actors = useLoad(
    (signal) =>
      call(api.actors.actorsFor, { query: { region, notHeard: notHeard ? '1' : undefined }, signal }),
    [region, notHeard],
  );
  const organizations = useLoad(
    (signal) => call(api.actors.organizationsFor, { query: { region }, signal }),
    [region],
  );
  const addActor = useAction({
    form: (form) =>
      call(api.actors.addActor, {
        body: {
          regionCode: region,
          name: text(form, 'name'),
          position: optional(form, 'position'),
          organizationId: text(form, 'organizationId') ? Number(text(form, 'organizationId')) : null,
          sector: text(form, 'sector') as BodyOf<typeof api.actors.addActor>['sector'],
          email: optional(form, 'email'),
          phone: optional(form, 'phone'),
        },
      }),
    onDone: () => actors.reload(),
  });
  const addOrganization = useAction({
    form: (form) =>
      call(api.actors.addOrganization, {
        body: {
          name: text(form, 'name'),
          kind: text(form, 'kind') as BodyOf<typeof api.actors.addOrganization>['kind'],
          regionCode: text(form, 'regionCode') || null,
        },
      }),
    onDone: () => organizations.reload(),
  });
  const actorErrors = fieldErrors(addActor.error);
  const organizationErrors = fieldErrors(addOrganization.error);
  const sectorOptions = sectorKeys.map((key) => ({ value: key, label: t(`listening.sector.${key}`) }));
  const rows = actors.data?.actors ?? [];

  return (
    <>
      <PageHeader title={t('listening.actors.title')}>
        <p>{t('listening.actors.intro')}</p>
      </PageHeader>
      {fixed ? null : <RegionPicker value={region} onChange={setRegion} allowAll />}
      <div className="toolbar">
        <label className="check">
          <input type="checkbox" checked={notHeard} onChange={(event) => setNotHeard(event.target.checked)} />
          {t('listening.actors.onlyNotHeard')}
        </label>
      </div>
      <ErrorMessage error={actors.error} />
      {actors.loading && !actors.data ? <Loading /> : null}
      {actors.data && !rows.length ? <p>{t('listening.actors.empty')}</p> : null}
      {rows.length ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">
              {t('listening.actors.count', { count: rows.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('listening.actors.name')}</th>
                <th scope="col">{t('listening.actors.position')}</th>
                <th scope="col">{t('listening.actors.organization')}</th>
                <th scope="col">{t('listening.actors.sector')}</th>
                <th scope="col">{t('common.region')}</th>
                <th scope="col">{t('listening.actors.heard')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((actor) => (
                <tr key={actor.id}>
                  <td>{actor.name}</td>
                  <td>{actor.position ?? t('listening.none')}</td>
                  <td>{actor.organization?.name ?? t('listening.none')}</td>
                  <td>{t(`listening.sector.${actor.sector}`)}</td>
                  <td>{regionName(actor.regionCode)}</td>
                  <td>
                    {actor.interviews ? (
                      <span className="badge">
                        ✓{' '}
                        {t('listening.actors.interviews', {
                          count: actor.interviews,
                          formatted: formatInteger(actor.interviews),
                        })}
                      </span>
                    ) : (
                      <span className="badge badge-warning">! {t('listening.actors.notHeard')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      {region && canManage(region) ? (
        <div className="grid grid-wide">
          <section className="card" aria-labelledby="add-actor">
            <h2 id="add-actor">{t('listening.actors.add')}</h2>
            {addActor.done ? <Alert kind="success">{t('listening.actors.created')}</Alert> : null}
            <ErrorMessage error={addActor.error} />
            <form onSubmit={addActor.submit} noValidate>
              <TextInput label={t('listening.actors.name')} name="name" required error={actorErrors.name} />
              <TextInput
                label={t('listening.actors.position')}
                name="position"
                optional
                error={actorErrors.position}
              />
              <Select
                label={t('listening.actors.organization')}
                name="organizationId"
                optional
                options={[
                  { value: '', label: t('listening.actors.noOrganization') },
                  ...(organizations.data?.organizations ?? []).map((organization) => ({
                    value: String(organization.id),
                    label: organization.name,
                  })),
                ]}
              />
              <Select
                label={t('listening.actors.sector')}
                name="sector"
                options={sectorOptions}
                error={actorErrors.sector}
              />
              <TextInput
                label={t('listening.actors.email')}
                name="email"
                type="email"
                optional
                hint={t('listening.actors.contactHint')}
                error={actorErrors.email}
              />
              <TextInput
                label={t('listening.actors.phone')}
                name="phone"
                type="tel"
                optional
                error={actorErrors.phone}
              />
              <Button type="submit" disabled={addActor.busy}>
                {t('listening.actors.add')}
              </Button>
            </form>
          </section>
          <section className="card" aria-labelledby="add-organization">
            <h2 id="add-organization">{t('listening.actors.addOrganization')}</h2>
            {addOrganization.done ? (
              <Alert kind="success">{t('listening.actors.organizationCreated')}</Alert>
            ) : null}
            <ErrorMessage error={addOrganization.error} />
            <form onSubmit={addOrganization.submit} noValidate>
              <TextInput
                label={t('listening.actors.organizationName')}
                name="name"
                required
                error={organizationErrors.name}
              />
              <Select
                label={t('listening.actors.kind')}
                name="kind"
                options={kindKeys.map((key) => ({ value: key, label: t(`listening.kind.${key}`) }))}
              />
              <Select
                label={t('common.region')}
                name="regionCode"
                options={[
                  { value: region, label: regionName(region) },
                  ...(me?.role === 'national' ? [{ value: '', label: t('listening.actors.national') }] : []),
                ]}
              />
              <Button type="submit" variant="secondary" disabled={addOrganization.busy}>
                {t('listening.actors.addOrganization')}
              </Button>
            </form>
          </section>
        </div>
      ) : null}
    </>
  );
}
