import { useId } from 'react';
import { formatInteger, formatPercent } from '../../app/format.js';

export interface BarRow {
  label: string;
  value: number;
}

/**
 * A horizontal bar chart in SVG: dark bars on white so it prints, each value written at the bar's
 * end; the same numbers follow as a table for screen readers.
 */
export function BarChart({ title, rows, unit }: { title: string; rows: BarRow[]; unit: string }) {
  const id = useId();
  const max = Math.max(1, ...rows.map((row) => row.value));
  const total = rows.reduce((sum, row) => sum + row.value, 0);
  const rowHeight = 24;
  // The labels are right-aligned against the bars: the column is as wide as the longest label
  // (about 7 px a character at 12 px, wide letters included), so none starts left of the drawing.
  const charWidth = 7;
  const maxChars = 34;
  const shown = (label: string) => (label.length > maxChars ? `${label.slice(0, maxChars - 1)}…` : label);
  const labelWidth = Math.max(60, ...rows.map((row) => shown(row.label).length * charWidth + 12));
  const width = Math.max(560, labelWidth + 300);
  const barSpace = width - labelWidth - 70;
  const height = Math.max(rowHeight, rows.length * rowHeight);
  return (
    <figure className="card chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>
        <strong>{title}</strong>
      </figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-table`}
      >
        <title>{title}</title>
        {rows.map((row, index) => {
          const y = index * rowHeight;
          const length = (row.value / max) * barSpace;
          return (
            <g key={row.label}>
              <text x={labelWidth - 8} y={y + 16} textAnchor="end" fontSize="12" fill="#1b1f23">
                {row.label.length > maxChars ? <title>{row.label}</title> : null}
                {shown(row.label)}
              </text>
              <rect
                x={labelWidth}
                y={y + 4}
                width={Math.max(1, length)}
                height={rowHeight - 8}
                fill="#0b5d57"
              />
              <text x={labelWidth + length + 6} y={y + 16} fontSize="12" fill="#1b1f23">
                {formatInteger(row.value)}
              </text>
            </g>
          );
        })}
      </svg>
      <div className="visually-hidden">
        <table id={`${id}-table`}>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">—</th>
              <th scope="col">{unit}</th>
              <th scope="col">%</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{formatInteger(row.value)}</td>
                <td>{total ? formatPercent(row.value / total) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

/** The Lorenz curve of the dots over ideas, with the line of equality, and its points as a table. */
export function LorenzChart({
  title,
  points,
  sentence,
  xLabel,
  yLabel,
}: {
  title: string;
  points: Array<[number, number]>;
  sentence: string;
  xLabel: string;
  yLabel: string;
}) {
  const id = useId();
  const size = 240;
  const pad = 40;
  const path = points
    .map(([x, y], index) => `${index ? 'L' : 'M'}${pad + x * size},${pad + size - y * size}`)
    .join(' ');
  const every = Math.max(1, Math.floor(points.length / 10));
  return (
    <figure className="card chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>
        <strong>{title}</strong>
      </figcaption>
      <p>{sentence}</p>
      <svg
        viewBox={`0 0 ${size + pad * 2} ${size + pad * 2}`}
        width="320"
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-table`}
      >
        <title>{title}</title>
        <rect x={pad} y={pad} width={size} height={size} fill="none" stroke="#52606d" />
        <line x1={pad} y1={pad + size} x2={pad + size} y2={pad} stroke="#9aa5b1" strokeDasharray="4 4" />
        <path d={path} fill="none" stroke="#0b5d57" strokeWidth="3" />
        <text x={pad} y={pad + size + 16} fontSize="11" fill="#1b1f23">
          0 %
        </text>
        <text x={pad + size} y={pad + size + 16} fontSize="11" textAnchor="end" fill="#1b1f23">
          {xLabel} 100 %
        </text>
        <text x={pad - 4} y={pad - 8} fontSize="11" fill="#1b1f23">
          {yLabel} 100 %
        </text>
      </svg>
      <div className="visually-hidden">
        <table id={`${id}-table`}>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{xLabel}</th>
              <th scope="col">{yLabel}</th>
            </tr>
          </thead>
          <tbody>
            {points
              .filter((_, index) => index % every === 0 || index === points.length - 1)
              .map(([x, y]) => (
                <tr key={x}>
                  <td>{formatPercent(x)}</td>
                  <td>{formatPercent(y)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
