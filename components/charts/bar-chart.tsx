import { axisTicks, ChartFrame, SERIES_COLOURS, type ChartSeries } from "./chart-frame";

const WIDTH = 640;
const HEIGHT = 260;
const LEFT = 44;
const BOTTOM = 56;
const TOP = 12;

/** Grouped vertical bars: one group per category (a community, a kind), one bar per series (this year, last year…). */
export function BarChart({ id, title, description, categories, series }: { id: string; title: string; description: string; categories: string[]; series: ChartSeries[] }) {
  const max = Math.max(0, ...series.flatMap((s) => s.values));
  const ticks = axisTicks(max);
  const top = ticks.at(-1)!;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const groupWidth = (WIDTH - LEFT - 8) / Math.max(1, categories.length);
  const barWidth = Math.max(2, (groupWidth * 0.8) / Math.max(1, series.length));
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
      {categories.map((category, c) => {
        const x0 = LEFT + c * groupWidth + groupWidth * 0.1;
        return (
          <g key={category}>
            {series.map((s, i) => {
              const value = s.values[c] ?? 0;
              return (
                <rect
                  key={s.name}
                  x={x0 + i * barWidth}
                  y={y(value)}
                  width={barWidth - 1}
                  height={Math.max(0, TOP + plotHeight - y(value))}
                  fill={SERIES_COLOURS[i % SERIES_COLOURS.length]}
                />
              );
            })}
            <text x={x0 + (barWidth * series.length) / 2} y={HEIGHT - BOTTOM + 16} textAnchor="middle" fontSize={categories.length > 8 ? 9 : 12} fill="#0f172a">
              {category.length > 8 ? `${category.slice(0, 7)}…` : category}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
