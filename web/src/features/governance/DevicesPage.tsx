import { useTranslation } from 'react-i18next';
import { useAction } from '../../app/action.js';
import { fieldErrors, get, post } from '../../app/api.js';
import { useLoad } from '../../app/data.js';
import { text } from '../../app/form.js';
import { RegionPicker, useCanManage, useRegionName, useWorkingRegion } from '../../app/regions.js';
import { Alert, Button, ErrorMessage, Loading, PageHeader, Select, TextInput } from '../../ui/index.js';
import { StepChart } from './DeviceChart.js';
import { ComparisonTable, DeviceTable } from './DeviceTables.js';
import { deviceTypes, levels } from './vocabulary.js';

export interface Device {
  key: string;
  source: 'instance' | 'dialogue';
  id: number;
  regionCode: string;
  type: string;
  name: string;
  startedOn: string;
  level: string;
  levelSince: string;
  history: Array<{ level: string; since: string; note: string | null; assumed: boolean }>;
}

export interface Comparison {
  regions: Array<{
    regionCode: string;
    name: string;
    devices: number;
    byLevel: Record<string, number>;
    highest: string | null;
    rises: number;
  }>;
}

/** A region's devices and how their levels rose; below, every region compared. */
export function DevicesPage() {
  const { t } = useTranslation();
  const { region, setRegion, fixed } = useWorkingRegion();
  const regionName = useRegionName();
  const canManage = useCanManage();
  const devices = useLoad(
    (signal) =>
      region
        ? get<{ devices: Device[] }>(`/api/devices?region=${region}`, { signal })
        : Promise.resolve(null),
    [region],
  );
  const comparison = useLoad((signal) => get<Comparison>('/api/devices/comparison', { signal }), []);
  const add = useAction({
    form: (form) =>
      post('/api/devices', {
        regionCode: region,
        type: text(form, 'type'),
        name: text(form, 'name'),
        startedOn: text(form, 'startedOn'),
        level: text(form, 'level'),
      }),
    onDone: () => {
      devices.reload();
      comparison.reload();
    },
  });
  const errors = fieldErrors(add.error);
  const list = devices.data?.devices ?? [];
  return (
    <>
      <PageHeader title={`${t('governance.devices.title')}${region ? ` · ${regionName(region)}` : ''}`}>
        <p>{t('governance.devices.intro')}</p>
      </PageHeader>
      {fixed ? null : <RegionPicker value={region} onChange={setRegion} />}
      {!region ? <p>{t('governance.devices.noRegion')}</p> : null}
      <ErrorMessage error={devices.error} />
      {region && devices.loading && !devices.data ? <Loading /> : null}
      {devices.data && !list.length ? <p>{t('governance.devices.empty')}</p> : null}
      {list.length ? (
        <>
          <StepChart devices={list} title={`${t('governance.devices.chartTitle')} · ${regionName(region)}`} />
          <DeviceTable devices={list} editable={canManage(region)} onChanged={devices.reload} />
        </>
      ) : null}
      {region && canManage(region) ? (
        <section className="card" aria-labelledby="add-device">
          <h2 id="add-device">{t('governance.devices.add')}</h2>
          {add.done ? <Alert kind="success">{t('governance.devices.added')}</Alert> : null}
          <ErrorMessage error={add.error} />
          <form onSubmit={add.submit} noValidate>
            <TextInput label={t('governance.devices.name')} name="name" required error={errors.name} />
            <Select
              label={t('governance.devices.type')}
              name="type"
              options={deviceTypes.map((type) => ({
                value: type,
                label: t(`governance.deviceType.${type}`),
              }))}
            />
            <TextInput
              label={t('governance.devices.startedOn')}
              name="startedOn"
              type="date"
              required
              error={errors.startedOn}
            />
            <Select
              label={t('governance.devices.firstLevel')}
              name="level"
              options={levels.map((level) => ({ value: level, label: t(`governance.level.${level}`) }))}
            />
            <Button type="submit" disabled={add.busy}>
              {t('governance.devices.add')}
            </Button>
          </form>
        </section>
      ) : null}

      <section aria-labelledby="comparison">
        <h2 id="comparison">{t('governance.devices.comparison')}</h2>
        <p>{t('governance.devices.comparisonIntro')}</p>
        <ErrorMessage error={comparison.error} />
        {comparison.data ? <ComparisonTable comparison={comparison.data} /> : null}
      </section>
    </>
  );
}
