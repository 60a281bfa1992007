import { useTranslation } from 'react-i18next';
import { useAction } from '../../app/action.js';
import { fieldErrors, get, post } from '../../app/api.js';
import { useLoad } from '../../app/data.js';
import { optional, text } from '../../app/form.js';
import { formatDate, todayInChile } from '../../app/format.js';
import { RegionPicker, useCanManage, useRegionName, useWorkingRegion } from '../../app/regions.js';
import { Alert, Button, ErrorMessage, Loading, PageHeader, Select, TextInput } from '../../ui/index.js';

export const levels = ['informar', 'consultar', 'involucrar', 'colaborar', 'empoderar'];
const deviceTypes = [
  'dialogo_innovacion_ciudadana',
  'consejo_regional',
  'consulta_en_linea',
  'mesa_tecnica',
  'cuenta_publica_participativa',
];
// Line colours with at least 3:1 contrast on white, told apart by number and dash too.
const palette = ['#0b5d57', '#a4161a', '#1d4ed8', '#7a4b00', '#6b21a8', '#0f766e', '#9d174d', '#374151'];
const dashes = ['', '6 3', '2 3', '8 3 2 3'];

interface Device {
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
interface Comparison {
  regions: Array<{
    regionCode: string;
    name: string;
    devices: number;
    byLevel: Record<string, number>;
    highest: string | null;
    rises: number;
  }>;
}

const yearOf = (date: string) => Number(date.slice(0, 4));
const timeOf = (date: string) => new Date(`${date}T00:00:00Z`).getTime();

/** How each device's level rose over the years: one step line per device, levels 1–5 on the vertical axis. */
function StepChart({ devices, title }: { devices: Device[]; title: string }) {
  const { t } = useTranslation();
  const today = todayInChile();
  const firstYear = Math.min(
    ...devices.map((device) => yearOf(device.history[0]?.since ?? device.startedOn)),
  );
  const lastYear = Math.max(yearOf(today), ...devices.map((device) => yearOf(device.levelSince)));
  const from = timeOf(`${firstYear}-01-01`);
  const to = timeOf(`${lastYear + 1}-01-01`);
  const left = 110;
  const width = 680;
  const top = 10;
  const height = 220;
  const x = (date: string) => left + ((timeOf(date) - from) / (to - from)) * (width - left - 20);
  const y = (level: string) => top + height - (levels.indexOf(level) + 0.5) * (height / levels.length);
  const end = x(today > `${lastYear}-12-31` ? `${lastYear}-12-31` : today);
  const years = Array.from({ length: lastYear - firstYear + 2 }, (_, index) => firstYear + index);
  return (
    <figure className="chart-figure">
      <svg
        viewBox={`0 0 ${width} ${top + height + 30}`}
        role="img"
        aria-labelledby="steps-title"
        className="chart"
      >
        <title id="steps-title">{title}</title>
        {levels.map((level) => (
          <g key={level}>
            <line x1={left} x2={width - 20} y1={y(level)} y2={y(level)} stroke="#e3e8eb" />
            <text x={left - 8} y={y(level) + 4} textAnchor="end" fontSize="12" fill="#1b1f23">
              {t(`governance.level.${level}`)}
            </text>
          </g>
        ))}
        {years.map((year) => (
          <g key={year}>
            <line
              x1={x(`${year}-01-01`)}
              x2={x(`${year}-01-01`)}
              y1={top}
              y2={top + height}
              stroke="#c9d1d6"
            />
            {year <= lastYear ? (
              <text
                x={x(`${year}-07-01`)}
                y={top + height + 20}
                textAnchor="middle"
                fontSize="12"
                fill="#1b1f23"
              >
                {year}
              </text>
            ) : null}
          </g>
        ))}
        {devices.map((device, index) => {
          const points: string[] = [];
          device.history.forEach((step, stepIndex) => {
            const next = device.history[stepIndex + 1];
            const startX = x(step.since);
            const endX = next ? x(next.since) : end;
            points.push(`${startX},${y(step.level)}`, `${Math.max(startX, endX)},${y(step.level)}`);
          });
          const colour = palette[index % palette.length];
          const first = device.history[0];
          return (
            <g key={device.key}>
              <polyline
                points={points.join(' ')}
                fill="none"
                stroke={colour}
                strokeWidth={3}
                strokeDasharray={dashes[Math.floor(index / palette.length) % dashes.length]}
              />
              {first ? (
                <>
                  <circle cx={x(first.since)} cy={y(first.level)} r={9} fill={colour} />
                  <text
                    x={x(first.since)}
                    y={y(first.level) + 4}
                    textAnchor="middle"
                    fontSize="11"
                    fill="#ffffff"
                  >
                    {index + 1}
                  </text>
                </>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="legend">
          {devices.map((device, index) => (
            <li key={device.key}>
              <span
                className="legend-swatch"
                style={{ background: palette[index % palette.length] }}
                aria-hidden="true"
              />
              {index + 1}. {device.name}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

function LevelForm({ device, onDone }: { device: Device; onDone: () => void }) {
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
                  {canManage(region) ? <th scope="col">{t('common.actions')}</th> : null}
                </tr>
              </thead>
              <tbody>
                {list.map((device, index) => (
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
                    {canManage(region) ? (
                      <td>
                        <LevelForm device={device} onDone={devices.reload} />
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
        {comparison.data ? (
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
                {comparison.data.regions.map((row) => (
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
        ) : null}
      </section>
    </>
  );
}
