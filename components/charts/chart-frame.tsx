/** The series colours: distinguishable in print and for the common colour-vision deficiencies (Okabe–Ito). */
export const SERIES_COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"] as const;

export interface ChartSeries {
  name: string;
  values: number[];
}

/** A round upper bound for the value axis (1, 2, 5 × 10ⁿ), and its four steps. */
export function axisTicks(max: number): number[] {
  if (max <= 0) return [0, 1];
  const magnitude = 10 ** Math.floor(Math.log10(max));
  const top = [1, 2, 5, 10].map((f) => f * magnitude).find((v) => v >= max) ?? 10 * magnitude;
  return [0, 1, 2, 3, 4].map((i) => (top * i) / 4);
}

/**
 * An SVG chart drawn on the server: an image with its title and description for screen readers (the numbers
 * themselves are in the data table that follows every chart), scaled to the width it is given.
 */
export function ChartFrame({
  id,
  title,
  description,
  width,
  height,
  legend,
  children,
}: {
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  legend: string[];
  children: React.ReactNode;
}) {
  return (
    <figure className="flex flex-col gap-2">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="h-auto w-full max-w-3xl break-inside-avoid"
        fontFamily="inherit"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {children}
      </svg>
      {legend.length > 1 ? (
        <figcaption aria-hidden="true" className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
          {legend.map((name, i) => (
            <span key={name} className="inline-flex items-center gap-1">
              <span className="inline-block h-3 w-3 rounded-sm" style={{ background: SERIES_COLOURS[i % SERIES_COLOURS.length] }} />
              {name}
            </span>
          ))}
        </figcaption>
      ) : null}
    </figure>
  );
}
