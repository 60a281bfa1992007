import { useTranslation } from 'react-i18next';

/** Colours that stay apart for most colour vision (and on grey print). */
export const groupColours = ['#1d4f91', '#d1701d', '#2a8a5a', '#9a3b8f', '#5f6b73'];

/** The map: one dot per grouped participant, coloured by group, each group's centre numbered. */
export function OpinionMap({
  points,
  centres,
}: {
  points: Array<[number, number, number]>;
  centres: Array<[number, number]>;
}) {
  const { t } = useTranslation();
  const size = 320;
  const pad = 16;
  const all = [...points.map(([x, y]) => [x, y]), ...centres];
  const reach = Math.max(1e-9, ...all.map(([x, y]) => Math.max(Math.abs(x), Math.abs(y))));
  const at = (value: number) => size / 2 + (value / reach) * (size / 2 - pad);
  return (
    <svg
      viewBox={`0 0 ${size} ${size}`}
      className="consult-map"
      role="img"
      aria-labelledby="consult-map-title"
    >
      <title id="consult-map-title">{t('consultations.detail.mapTitle')}</title>
      <line x1={size / 2} x2={size / 2} y1={0} y2={size} stroke="#e3e8eb" />
      <line x1={0} x2={size} y1={size / 2} y2={size / 2} stroke="#e3e8eb" />
      {points.map(([x, y, group], index) => (
        <circle
          // biome-ignore lint/suspicious/noArrayIndexKey: anonymous points have no id
          key={index}
          cx={at(x)}
          cy={at(-y)}
          r={3}
          fill={groupColours[group % groupColours.length]}
          fillOpacity={0.6}
        />
      ))}
      {centres.map(([x, y], group) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a group's number is its index
        <g key={group}>
          <circle
            cx={at(x)}
            cy={at(-y)}
            r={11}
            fill="#fff"
            stroke={groupColours[group % groupColours.length]}
            strokeWidth={3}
          />
          <text x={at(x)} y={at(-y) + 4} textAnchor="middle" fontSize={12} fontWeight={700}>
            {group + 1}
          </text>
        </g>
      ))}
    </svg>
  );
}
