// Points are decimals with at most two places (10,5 or 0,25 on a sheet). Binary floats drift
// when summed (0.1 + 0.2 = 0.30000000000000004), and a drifted total can flip a ranking or
// fail an equality check, so every sum and comparison of points is done in integer
// hundredths and converted back to a number once, at the end.

/**
 * `points` as integer hundredths (10.5 → 1050), or null when it is not a finite number, has
 * more than two decimals, or is too large to count exactly.
 */
export function toHundredths(points: unknown): number | null {
  if (typeof points !== "number" || !Number.isFinite(points)) return null;
  const h = Math.round(points * 100);
  // Division is correctly rounded, so h / 100 is the double nearest the decimal h/100: it is
  // equal to `points` exactly when `points` was written with at most two decimals.
  if (h / 100 !== points || !Number.isSafeInteger(h)) return null;
  return h === 0 ? 0 : h; // never −0
}

/** Hundredths back to points (1050 → 10.5): the nearest double to the exact decimal. */
export function fromHundredths(hundredths: number): number {
  const points = hundredths / 100;
  return points === 0 ? 0 : points;
}

/** True for a finite number written with at most two decimals. */
export function hasAtMostTwoDecimals(points: unknown): boolean {
  return toHundredths(points) !== null;
}

/** Exact sum of two-decimal numbers; values that are not (NaN, 0.001…) make the sum null. */
export function sumPoints(values: readonly number[]): number | null {
  let total = 0;
  for (const v of values) {
    const h = toHundredths(v);
    if (h === null) return null;
    total += h;
  }
  return fromHundredths(total);
}
