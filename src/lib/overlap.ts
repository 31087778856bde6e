import type { Cert } from './catalog';

/** The share of covered services two certifications have in common. */
export interface OverlapCell {
  shared: number;
  union: number;
  /** shared ÷ union × 100, rounded: 100 on the diagonal, 0 when nothing is shared. */
  percent: number;
}

/** Jaccard overlap of covered services for every pair, in the order given. */
export function overlapMatrix(certs: readonly Cert[]): OverlapCell[][] {
  const sets = certs.map((c) => new Set(c.coveredServices));
  return sets.map((a) =>
    sets.map((b) => {
      const shared = [...a].filter((id) => b.has(id)).length;
      const union = new Set([...a, ...b]).size;
      return { shared, union, percent: union === 0 ? 0 : Math.round((shared / union) * 100) };
    }),
  );
}

/** The colour band of a percentage, for a legend-backed scale (0–4). */
export const overlapBand = (percent: number): number => Math.min(4, Math.floor(percent / 20));
