/**
 * The geometry of the dashboard's line charts, kept apart from React so it can be tested:
 * values to SVG path data on a "nice" y scale. A null value is a slice without requests;
 * the line breaks there instead of dropping to zero, because "no traffic" is not "0 ms".
 */

export interface ChartBox {
  width: number;
  height: number;
}

export interface ChartGeometry {
  /** One SVG path (`M x y L x y …`) per run of values without a gap. */
  paths: string[];
  /** Points that stand alone between gaps: drawn as dots, since a one-point path is invisible. */
  dots: { x: number; y: number }[];
  /** The top of the y axis. */
  yMax: number;
  /** Gridline values, from 0 to yMax. */
  ticks: number[];
}

/** The smallest 1, 2 or 5 × 10^k at or above `value` (and at least `floor`): an axis top people can read. */
export function niceMax(value: number, floor = 1): number {
  const target = Math.max(value, floor);
  const magnitude = 10 ** Math.floor(Math.log10(target));
  const step = [1, 2, 5, 10].find((factor) => factor * magnitude >= target - 1e-12)!;
  return step * magnitude;
}

/**
 * Lays `values` out evenly across the box, 0 at the bottom and yMax at the top.
 * @example lineGeometry([1, null, 3, 4], { width: 300, height: 100 }).paths // ['M200 40 L300 20'], and a dot for the 1
 */
export function lineGeometry(values: readonly (number | null)[], box: ChartBox, options: { floor?: number; yMax?: number } = {}): ChartGeometry {
  const observed = values.filter((value): value is number => value !== null);
  const yMax = options.yMax ?? niceMax(Math.max(0, ...observed), options.floor);
  const x = (index: number) => round(values.length <= 1 ? box.width / 2 : (index * box.width) / (values.length - 1));
  const y = (value: number) => round(box.height - (Math.min(value, yMax) / yMax) * box.height);

  const runs: { x: number; y: number }[][] = [];
  let run: { x: number; y: number }[] = [];
  values.forEach((value, index) => {
    if (value === null) {
      if (run.length) runs.push(run);
      run = [];
    } else {
      run.push({ x: x(index), y: y(value) });
    }
  });
  if (run.length) runs.push(run);

  return {
    paths: runs.filter((points) => points.length > 1).map((points) => points.map((point, i) => `${i === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(' ')),
    dots: runs.filter((points) => points.length === 1).map((points) => points[0]!),
    yMax,
    ticks: [0, 0.25, 0.5, 0.75, 1].map((share) => round(share * yMax)),
  };
}

const round = (value: number) => Math.round(value * 100) / 100;
