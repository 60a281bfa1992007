import { useTranslation } from 'react-i18next';
import { todayInChile } from '../../app/format.js';
import type { Device } from './DevicesPage.js';
import { levels } from './vocabulary.js';

// Line colours with at least 3:1 contrast on white, told apart by number and dash too.
export const palette = [
  '#0b5d57',
  '#a4161a',
  '#1d4ed8',
  '#7a4b00',
  '#6b21a8',
  '#0f766e',
  '#9d174d',
  '#374151',
];

export const dashes = ['', '6 3', '2 3', '8 3 2 3'];

export const yearOf = (date: string) => Number(date.slice(0, 4));

export const timeOf = (date: string) => new Date(`${date}T00:00:00Z`).getTime();

/** How each device's level rose over the years: one step line per device, levels 1–5 on the vertical axis. */
export function StepChart({ devices, title }: { devices: Device[]; title: string }) {
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
  const y = (level: string) =>
    top + height - ((levels as readonly string[]).indexOf(level) + 0.5) * (height / levels.length);
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
