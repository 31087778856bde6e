import type { Cert } from '../catalogue/catalogue.ts';

/** The share of covered services two certifications have in common. */
export interface OverlapCell {
  shared: number;
  union: number;
  /** shared ÷ union × 100, rounded: 100 on the diagonal, 0 when nothing is shared. */
  percent: number;
}

/** Share of covered services two certifications have in common (Jaccard), 0–1. */
export function serviceOverlap(a: Cert, b: Cert): number {
  const union = new Set([...a.coveredServices, ...b.coveredServices]).size;
  return union === 0 ? 0 : a.coveredServices.filter((id) => b.coveredServices.includes(id)).length / union;
}

/** Most certifications the full matrix shows; past this the page lists each one's closest neighbours instead. */
export const MATRIX_LIMIT = 40;

/** For each certification, the `count` others it overlaps most (a linear-size alternative to the matrix). */
export function closestByOverlap(
  certs: readonly Cert[],
  count: number,
): { cert: Cert; closest: { cert: Cert; percent: number }[] }[] {
  return certs.map((cert) => ({
    cert,
    closest: certs
      .filter((other) => other.slug !== cert.slug)
      .map((other) => ({ cert: other, percent: Math.round(serviceOverlap(cert, other) * 100) }))
      .sort((a, b) => b.percent - a.percent || a.cert.slug.localeCompare(b.cert.slug))
      .slice(0, count),
  }));
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
