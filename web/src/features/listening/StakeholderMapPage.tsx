import { useTranslation } from 'react-i18next';
import { useAction } from '../../app/action.js';
import { get, put } from '../../app/api.js';
import { useLoad } from '../../app/data.js';
import { RegionPicker, useCanManage, useRegionName, useWorkingRegion } from '../../app/regions.js';
import { Alert, Button, ErrorMessage, Loading, PageHeader } from '../../ui/index.js';
import type { ActorRow } from './ActorsPage.js';

interface MapData {
  placed: ActorRow[];
  unplaced: ActorRow[];
}

const scale = [1, 2, 3, 4, 5];

/** Influence × interest, drawn by hand: a 5 × 5 grid, one numbered dot per actor (numbers match the table). */
function StakeholderChart({ actors, title }: { actors: ActorRow[]; title: string }) {
  const { t } = useTranslation();
  const cell = 80;
  const left = 50;
  const top = 10;
  const size = cell * 5;
  const groups = new Map<string, ActorRow[]>();
  for (const actor of actors) {
    const key = `${actor.placement?.interest}-${actor.placement?.influence}`;
    groups.set(key, [...(groups.get(key) ?? []), actor]);
  }
  return (
    <svg
      viewBox={`0 0 ${left + size + 10} ${top + size + 50}`}
      role="img"
      aria-labelledby="map-title"
      className="chart"
      style={{ maxWidth: 520 }}
    >
      <title id="map-title">{title}</title>
      {scale.map((value) => (
        <g key={value}>
          <line
            x1={left + (value - 1) * cell}
            x2={left + (value - 1) * cell}
            y1={top}
            y2={top + size}
            stroke="#c9d1d6"
          />
          <line
            x1={left}
            x2={left + size}
            y1={top + (value - 1) * cell}
            y2={top + (value - 1) * cell}
            stroke="#c9d1d6"
          />
          <text
            x={left + (value - 0.5) * cell}
            y={top + size + 18}
            textAnchor="middle"
            fontSize="13"
            fill="#1b1f23"
          >
            {value}
          </text>
          <text
            x={left - 12}
            y={top + size - (value - 0.5) * cell + 4}
            textAnchor="middle"
            fontSize="13"
            fill="#1b1f23"
          >
            {value}
          </text>
        </g>
      ))}
      <rect x={left} y={top} width={size} height={size} fill="none" stroke="#565e66" />
      <text x={left + size / 2} y={top + size + 40} textAnchor="middle" fontSize="14" fill="#1b1f23">
        {t('listening.map.interest')} →
      </text>
      <text
        x={14}
        y={top + size / 2}
        textAnchor="middle"
        fontSize="14"
        fill="#1b1f23"
        transform={`rotate(-90 14 ${top + size / 2})`}
      >
        {t('listening.map.influence')} →
      </text>
      {[...groups.values()].flatMap((group) =>
        group.map((actor, index) => {
          const cx = left + ((actor.placement?.interest ?? 1) - 0.5) * cell + ((index % 3) - 1) * 22;
          const cy =
            top +
            size -
            ((actor.placement?.influence ?? 1) - 0.5) * cell +
            (Math.floor(index / 3) - 0.5) * 22;
          const number = actors.indexOf(actor) + 1;
          return (
            <g key={actor.id}>
              <circle cx={cx} cy={cy} r={10} fill="#0b5d57" />
              <text x={cx} y={cy + 4} textAnchor="middle" fontSize="11" fill="#ffffff">
                {number}
              </text>
            </g>
          );
        }),
      )}
    </svg>
  );
}

function PlacementForm({ actor, onDone }: { actor: ActorRow; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useAction({
    form: (form) =>
      put(`/api/actors/${actor.id}/placement`, {
        influence: Number(form.get('influence')),
        interest: Number(form.get('interest')),
      }),
    onDone,
  });
  return (
    <form onSubmit={save.submit} className="inline-form">
      <label>
        <span className="visually-hidden">
          {t('listening.map.influence')} · {actor.name}
        </span>
        <span aria-hidden="true">{t('listening.map.influence')} </span>
        <select name="influence" defaultValue={actor.placement?.influence ?? 3}>
          {scale.map((value) => (
            <option key={value}>{value}</option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">
          {t('listening.map.interest')} · {actor.name}
        </span>
        <span aria-hidden="true">{t('listening.map.interest')} </span>
        <select name="interest" defaultValue={actor.placement?.interest ?? 3}>
          {scale.map((value) => (
            <option key={value}>{value}</option>
          ))}
        </select>
      </label>
      <Button
        type="submit"
        variant="secondary"
        disabled={save.busy}
        aria-label={`${t('listening.map.place')} ${actor.name}`}
      >
        {t('listening.map.place')}
      </Button>
      <ErrorMessage error={save.error} />
    </form>
  );
}

/** The stakeholder map of one region: the chart, and the same numbers as a table where staff place each actor. */
export function StakeholderMapPage() {
  const { t } = useTranslation();
  const { region, setRegion, fixed } = useWorkingRegion();
  const regionName = useRegionName();
  const canManage = useCanManage();
  const map = useLoad(
    (signal) => (region ? get<MapData>(`/api/stakeholder-map/${region}`, { signal }) : Promise.resolve(null)),
    [region],
  );
  const all = map.data ? [...map.data.placed, ...map.data.unplaced] : [];
  const placed = map.data?.placed ?? [];
  return (
    <>
      <PageHeader title={`${t('listening.map.title')}${region ? ` · ${regionName(region)}` : ''}`}>
        <p>{t('listening.map.intro')}</p>
      </PageHeader>
      {fixed ? null : <RegionPicker value={region} onChange={setRegion} />}
      <ErrorMessage error={map.error} />
      {region && map.loading && !map.data ? <Loading /> : null}
      {map.data ? (
        <>
          {placed.length ? (
            <StakeholderChart
              actors={placed}
              title={`${t('listening.map.chartTitle')} · ${regionName(region)}`}
            />
          ) : null}
          {!all.length ? <Alert>{t('listening.actors.empty')}</Alert> : null}
          {all.length ? (
            <div className="table-wrap">
              <table>
                <caption>{t('listening.map.tableCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">#</th>
                    <th scope="col">{t('listening.actors.name')}</th>
                    <th scope="col">{t('listening.actors.sector')}</th>
                    <th scope="col" className="number">
                      {t('listening.map.influence')}
                    </th>
                    <th scope="col" className="number">
                      {t('listening.map.interest')}
                    </th>
                    {canManage(region) ? <th scope="col">{t('common.actions')}</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {all.map((actor) => (
                    <tr key={actor.id}>
                      <td>{actor.placement ? placed.indexOf(actor) + 1 : t('listening.none')}</td>
                      <td>{actor.name}</td>
                      <td>{t(`listening.sector.${actor.sector}`)}</td>
                      <td className="number">{actor.placement?.influence ?? t('listening.map.unplaced')}</td>
                      <td className="number">{actor.placement?.interest ?? t('listening.map.unplaced')}</td>
                      {canManage(region) ? (
                        <td>
                          <PlacementForm
                            key={`${actor.id}-${actor.placement?.influence}-${actor.placement?.interest}`}
                            actor={actor}
                            onDone={map.reload}
                          />
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </>
      ) : null}
    </>
  );
}
