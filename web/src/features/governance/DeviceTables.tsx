import { useTranslation } from 'react-i18next';
import { useAction } from '../../app/action.js';
import { fieldErrors, post } from '../../app/api.js';
import { optional, text } from '../../app/form.js';
import { formatDate } from '../../app/format.js';
import { Button, ErrorMessage, Select, TextInput } from '../../ui/index.js';
import type { Comparison, Device } from './DevicesPage.js';
import { levels } from './vocabulary.js';

export function LevelForm({ device, onDone }: { device: Device; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useAction({
    form: (form) =>
      post(`/api/devices/${device.source}/${device.id}/levels`, {
        level: text(form, 'level'),
        since: text(form, 'since'),
        note: optional(form, 'note'),
      }),
    onDone,
  });
  const errors = fieldErrors(save.error);
  return (
    <details>
      <summary>
        {t('governance.devices.setLevel')}
        <span className="visually-hidden"> · {device.name}</span>
      </summary>
      <form onSubmit={save.submit} noValidate>
        <ErrorMessage error={save.error} />
        <Select
          label={t('governance.devices.newLevel')}
          name="level"
          defaultValue={device.level}
          options={levels.map((level) => ({ value: level, label: t(`governance.level.${level}`) }))}
        />
        <TextInput
          label={t('governance.devices.levelSince')}
          name="since"
          type="date"
          required
          error={errors.since}
        />
        <TextInput label={t('governance.devices.note')} name="note" optional />
        <Button type="submit" variant="secondary" disabled={save.busy}>
          {t('governance.devices.setLevel')}
        </Button>
      </form>
    </details>
  );
}

/** A region's devices: name, type, level now and how it rose, and setting a new level. */
export function DeviceTable({
  devices,
  editable,
  onChanged,
}: {
  devices: Device[];
  editable: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{t('governance.devices.title')}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('governance.devices.name')}</th>
            <th scope="col">{t('governance.devices.type')}</th>
            <th scope="col">{t('governance.devices.level')}</th>
            <th scope="col">{t('governance.devices.history')}</th>
            {editable ? <th scope="col">{t('common.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {devices.map((device, index) => (
            <tr key={device.key}>
              <td>{index + 1}</td>
              <td>{device.name}</td>
              <td>{t(`governance.deviceType.${device.type}`)}</td>
              <td>
                <strong>{t(`governance.level.${device.level}`)}</strong>{' '}
                <span className="muted">({formatDate(device.levelSince)})</span>
              </td>
              <td>
                <ol className="codings">
                  {device.history.map((step) => (
                    <li key={`${step.since}-${step.level}-${step.note ?? ''}`}>
                      {formatDate(step.since)}: {t(`governance.level.${step.level}`)}
                      {step.assumed ? (
                        <abbr title={t('governance.devices.assumedHint')}>
                          {' '}
                          ({t('governance.devices.assumed')})
                        </abbr>
                      ) : null}
                      {step.note ? <span className="muted"> — {step.note}</span> : null}
                    </li>
                  ))}
                </ol>
              </td>
              {editable ? (
                <td>
                  <LevelForm device={device} onDone={onChanged} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every region compared: devices per level, the highest reached and the rises. */
export function ComparisonTable({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{t('governance.devices.comparison')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('governance.devices.region')}</th>
            <th scope="col" className="number">
              {t('governance.devices.total')}
            </th>
            {levels.map((level) => (
              <th key={level} scope="col" className="number">
                {t(`governance.level.${level}`)}
              </th>
            ))}
            <th scope="col">{t('governance.devices.highest')}</th>
            <th scope="col" className="number">
              {t('governance.devices.rises')}
            </th>
          </tr>
        </thead>
        <tbody>
          {comparison.regions.map((row) => (
            <tr key={row.regionCode}>
              <th scope="row">{row.name}</th>
              <td className="number">{row.devices}</td>
              {levels.map((level) => (
                <td key={level} className="number">
                  {row.byLevel[level] || ''}
                </td>
              ))}
              <td>{row.highest ? t(`governance.level.${row.highest}`) : t('listening.none')}</td>
              <td className="number">{row.rises}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
