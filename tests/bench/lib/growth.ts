/**
 * The growth exponent k in t ∝ n^k between two measurements: 1 is linear, 2 quadratic. Null when
 * either time is too small to mean anything (under `floorMs`) or the sizes are equal.
 */
export function growthExponent(n1: number, t1: number, n2: number, t2: number, floorMs = 20): number | null {
  if (n1 <= 0 || n2 <= 0 || n1 === n2 || t1 < floorMs || t2 < floorMs) return null;
  return Math.log(t2 / t1) / Math.log(n2 / n1);
}
