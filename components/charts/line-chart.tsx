import { axisTicks, ChartFrame, SERIES_COLOURS, type ChartSeries } from "./chart-frame";

const WIDTH = 640;
const HEIGHT = 240;
const LEFT = 44;
const BOTTOM = 36;
const TOP = 12;

/** Lines over time (36 months): a point per label, a label under every sixth point and the last. */
export function LineChart({ id, title, description, labels, series }: { id: string; title: string; description: string; labels: string[]; series: ChartSeries[] }) {
  const max = Math.max(0, ...series.flatMap((s) => s.values));
  const ticks = axisTicks(max);
  const top = ticks.at(-1)!;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const step = (WIDTH - LEFT - 16) / Math.max(1, labels.length - 1);
  const x = (i: number) => LEFT + 8 + i * step;
  const y = (v: number) => TOP + plotHeight - (v / top) * plotHeight;
  return (
    <ChartFrame id={id} title={title} description={description} width={WIDTH} height={HEIGHT} legend={series.map((s) => s.name)}>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={LEFT} x2={WIDTH - 4} y1={y(tick)} y2={y(tick)} stroke="#cbd5e1" strokeWidth={1} />
          <text x={LEFT - 6} y={y(tick) + 4} textAnchor="end" fontSize={11} fill="#334155">
            {Number.isInteger(tick) ? tick : tick.toFixed(1)}
          </text>
        </g>
      ))}
      {labels.map((label, i) =>
        i % 6 === 0 || i === labels.length - 1 ? (
          <text key={label} x={x(i)} y={HEIGHT - BOTTOM + 16} textAnchor="middle" fontSize={11} fill="#0f172a">
            {label}
          </text>
        ) : null,
      )}
      {series.map((s, n) => (
        <polyline
          key={s.name}
          points={s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(" ")}
          fill="none"
          stroke={SERIES_COLOURS[n % SERIES_COLOURS.length]}
          strokeWidth={2}
          strokeDasharray={n === 0 ? undefined : n === 1 ? "6 3" : "2 3"}
        />
      ))}
    </ChartFrame>
  );
}
