import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDecimal, formatPercent } from '../../app/format.js';
import { groupColour } from './format.js';
import type { PilotSuggestion, Wave } from './types.js';

/** The regions on the first two principal components, pilots highlighted; the same numbers as a table. */
export function PilotChart({ suggestion }: { suggestion: PilotSuggestion }) {
  const { t } = useTranslation();
  const titleId = useId();
  const descId = useId();
  const { points, explained } = suggestion.projection;
  const width = 640;
  const height = 420;
  const margin = 48;
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const [minX, maxX] = [Math.min(...xs), Math.max(...xs)];
  const [minY, maxY] = [Math.min(...ys), Math.max(...ys)];
  const scaleX = (x: number) => margin + ((x - minX) / (maxX - minX || 1)) * (width - 2 * margin);
  const scaleY = (y: number) => height - margin - ((y - minY) / (maxY - minY || 1)) * (height - 2 * margin);
  const pilotName = (index: number) => suggestion.pilots[index]?.name ?? '';
  return (
    <figure className="rollout-figure">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        width="100%"
      >
        <title id={titleId}>{t('rollout.pilots.chartTitle')}</title>
        <desc id={descId}>{t('rollout.pilots.chartDesc')}</desc>
        <rect
          x={margin}
          y={margin / 2}
          width={width - 2 * margin}
          height={height - 1.5 * margin}
          fill="#fafafa"
          stroke="#999"
        />
        <text x={width / 2} y={height - 10} textAnchor="middle" fontSize="13" fill="#222">
          {t('rollout.pilots.axis', { n: 1, share: formatPercent(explained[0]) })}
        </text>
        <text
          x={14}
          y={height / 2}
          textAnchor="middle"
          fontSize="13"
          fill="#222"
          transform={`rotate(-90 14 ${height / 2})`}
        >
          {t('rollout.pilots.axis', { n: 2, share: formatPercent(explained[1]) })}
        </text>
        {points.map((point) => {
          const pilot = suggestion.pilots[point.pilotIndex];
          const pilotPoint = points.find((other) => other.regionCode === pilot?.regionCode);
          return pilotPoint && !point.isPilot ? (
            <line
              key={`link-${point.regionCode}`}
              x1={scaleX(point.x)}
              y1={scaleY(point.y)}
              x2={scaleX(pilotPoint.x)}
              y2={scaleY(pilotPoint.y)}
              stroke={groupColour(point.pilotIndex)}
              strokeOpacity="0.5"
            />
          ) : null;
        })}
        {points.map((point) =>
          point.isPilot ? (
            <g key={point.regionCode}>
              <rect
                x={scaleX(point.x) - 8}
                y={scaleY(point.y) - 8}
                width="16"
                height="16"
                fill={groupColour(point.pilotIndex)}
                stroke="#000"
              />
              <text
                x={scaleX(point.x) + 12}
                y={scaleY(point.y) + 4}
                fontSize="14"
                fontWeight="700"
                fill="#111"
              >
                {point.regionCode.slice(3)}
              </text>
            </g>
          ) : (
            <g key={point.regionCode}>
              <circle cx={scaleX(point.x)} cy={scaleY(point.y)} r="5" fill={groupColour(point.pilotIndex)} />
              <text x={scaleX(point.x) + 7} y={scaleY(point.y) - 6} fontSize="11" fill="#333">
                {point.regionCode.slice(3)}
              </text>
            </g>
          ),
        )}
      </svg>
      <figcaption>
        <details>
          <summary>{t('rollout.pilots.tableCaption')}</summary>
          <table>
            <caption className="visually-hidden">{t('rollout.pilots.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('rollout.region')}</th>
                <th scope="col" className="number">
                  PC1
                </th>
                <th scope="col" className="number">
                  PC2
                </th>
                <th scope="col">{t('rollout.pilots.pilotOf')}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.regionCode}>
                  <th scope="row">
                    {point.name}{' '}
                    {point.isPilot ? <span className="badge">{t('rollout.pilots.isPilot')}</span> : null}
                  </th>
                  <td className="number">{formatDecimal(point.x)}</td>
                  <td className="number">{formatDecimal(point.y)}</td>
                  <td>{pilotName(point.pilotIndex)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}

const dayMs = 86_400_000;
const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The waves as bars on a time axis (one row each), with the Karabirrdt task each one is linked to
 * under its bar; the dates and tasks are also in the description and in each wave's card.
 */
export function WaveTimeline({ waves }: { waves: Wave[] }) {
  const { t } = useTranslation();
  const titleId = useId();
  const descId = useId();
  if (!waves.length) return null;
  const start = Math.min(...waves.map((wave) => Date.parse(wave.startsOn)));
  const end = Math.max(...waves.map((wave) => Date.parse(wave.endsOn) + dayMs));
  const width = 640;
  const withTasks = waves.some((wave) => wave.planTask);
  const row = withTasks ? 52 : 34;
  const left = 90;
  const height = waves.length * row + 40;
  const scale = (time: number) => left + ((time - start) / (end - start || 1)) * (width - left - 16);
  // The status is never cut: only a long title is shortened under the bars.
  const taskText = (wave: Wave, max = Number.POSITIVE_INFINITY) =>
    wave.planTask
      ? t('rollout.waves.timelineTask', {
          title: shorten(wave.planTask.title, max),
          status: t(`rollout.planLink.status.${wave.planTask.status}`),
        })
      : '';
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${titleId} ${descId}`} width="100%">
      <title id={titleId}>{t('rollout.waves.timelineTitle')}</title>
      <desc id={descId}>
        {t('rollout.waves.timelineDesc')}{' '}
        {waves
          .map(
            (wave) =>
              `${wave.name}: ${formatDate(wave.startsOn)} – ${formatDate(wave.endsOn)}${wave.planTask ? `, ${taskText(wave)}` : ''}`,
          )
          .join('; ')}
      </desc>
      {waves.map((wave, index) => {
        const x = scale(Date.parse(wave.startsOn));
        const barWidth = Math.max(4, scale(Date.parse(wave.endsOn) + dayMs) - x);
        const y = 10 + index * row;
        return (
          <g key={wave.id}>
            <text x={4} y={y + 18} fontSize="13" fill="#111">
              {wave.name}
            </text>
            <rect x={x} y={y} width={barWidth} height={24} fill={groupColour(index)} rx="3" />
            <text x={x + 6} y={y + 17} fontSize="12" fill="#fff">
              {t('rollout.waves.regionCount', { count: wave.regionCount })}
            </text>
            {wave.planTask ? (
              // Under the bar, running away from the nearer edge so that it stays inside the chart.
              <text
                x={x < width / 2 ? x : x + barWidth}
                y={y + 39}
                fontSize="12"
                fill="#222"
                textAnchor={x < width / 2 ? 'start' : 'end'}
              >
                {taskText(wave, 48)}
              </text>
            ) : null}
          </g>
        );
      })}
      <line x1={left} x2={width - 16} y1={height - 24} y2={height - 24} stroke="#555" />
      <text x={left} y={height - 6} fontSize="12" fill="#222">
        {formatDate(new Date(start).toISOString())}
      </text>
      <text x={width - 16} y={height - 6} fontSize="12" fill="#222" textAnchor="end">
        {formatDate(new Date(end - dayMs).toISOString())}
      </text>
    </svg>
  );
}
