// Pure geometry for the server-rendered SVG charts: axis ranges, linear scales, stacked
// segments. No React and no DOM, so the drawing rules are unit-tested on their own.

export type Scale = (value: number) => number;

/**
 * Maps [d0, d1] onto [r0, r1], to 0.01 of a unit (no 132.39999 in the markup); a zero-width
 * domain maps everything to r0 (nothing to divide by).
 */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): Scale {
  const width = d1 - d0;
  if (width === 0) return () => r0;
  return (value) => Math.round((r0 + ((value - d0) / width) * (r1 - r0)) * 100) / 100;
}

/** A "nice" step (1, 2, 2.5 or 5 × 10ⁿ) giving about `count` intervals over `span`. */
export function niceStep(span: number, count = 5): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw)! * power;
  return step;
}

/** The smallest 1, 2, 2.5 or 5 × 10ⁿ at or above `v` (> 0). */
function niceCeil(v: number): number {
  const power = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 2.5, 5, 10].find((m) => m * power >= v - 1e-9)! * power;
}

/**
 * The axis range covering [min, max] and always 0 (bars start at 0), with its ticks. The far
 * end is widened to a whole step; a negative end to a whole step or a nearer nice number (a −1
 * deduction does not get a whole −20 step). An empty range (all zero) still gets an axis 0…1.
 */
export function niceDomain(min: number, max: number, count = 5): { min: number; max: number; ticks: number[] } {
  const lo = Math.min(0, min);
  const hi = Math.max(0, max);
  if (lo === hi) return { min: 0, max: 1, ticks: [0, 1] };
  const step = niceStep(hi - lo, count);
  const start = lo < 0 ? -Math.min(niceCeil(-lo), Math.ceil(-lo / step - 1e-9) * step) : 0;
  const end = hi > 0 ? Math.ceil(hi / step) * step : 0;
  const ticks: number[] = [];
  // Rounded to kill float noise (0.1 + 0.2): steps have at most a few decimals.
  for (let v = Math.ceil(start / step - 1e-9) * step; v <= end + step / 2; v += step) ticks.push(Math.round(v * 1e6) / 1e6 || 0);
  return { min: start, max: end, ticks };
}

/**
 * Moves a negative domain start further left so that `px` pixels of a `rangeWidth`-pixel axis
 * lie left of the lowest value: room to write a small negative value beside its bar.
 */
export function padStart(min: number, max: number, px: number, rangeWidth: number): number {
  if (min >= 0 || rangeWidth <= px) return min;
  return min - (px * (max - min)) / (rangeWidth - px);
}

export type Segment = { index: number; value: number; from: number; to: number };

/**
 * A stacked bar from signed parts: positive parts stack rightwards from 0, negative parts
 * (a deduction-only group) leftwards from 0, each in input order. Zero parts are dropped.
 */
export function stackSegments(values: readonly number[]): Segment[] {
  let up = 0;
  let down = 0;
  const out: Segment[] = [];
  values.forEach((value, index) => {
    if (!Number.isFinite(value) || value === 0) return;
    if (value > 0) {
      out.push({ index, value, from: up, to: up + value });
      up += value;
    } else {
      out.push({ index, value, from: down, to: down + value });
      down += value;
    }
  });
  return out;
}

/** The extent of a stacked bar: the sum of its negative parts and of its positive parts. */
export function stackExtent(values: readonly number[]): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < 0) min += v;
    else max += v;
  }
  return { min, max };
}

/** A rectangle between two scaled positions, whichever way round they come. */
export function span(scale: Scale, from: number, to: number): { x: number; width: number } {
  const a = scale(from);
  const b = scale(to);
  return { x: Math.min(a, b), width: Math.abs(b - a) };
}

/** A label cut to `max` characters with an ellipsis; the full text goes in a <title>. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, Math.max(1, max - 1))
        .join("")
        .trimEnd()}…`;
}

/** A stable id from text (for aria-describedby), the same on every render of the same chart. */
export function chartId(prefix: string, text: string): string {
  let h = 5381;
  for (const ch of text) h = ((h * 33) ^ ch.codePointAt(0)!) >>> 0;
  return `${prefix}-${h.toString(36)}`;
}
