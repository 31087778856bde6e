import type { Category } from '../../schemas/enums.ts';
import type { Role } from '../../schemas/role.ts';
import { categoryLabels } from '../site/format.ts';
import { routes } from '../site/routes.ts';
import { compareCertifications, isAvailable, type Cert } from '../catalogue/catalogue.ts';
import { factRows, type FactRow } from '../catalogue/facts.ts';
import { serviceOverlap } from './overlap.ts';

/** Most certifications a comparison shows side by side. */
export const MAX_COMPARED = 4;

/** Two certifications with a pre-rendered comparison page at /compare/<slug>/. */
export interface ComparisonPair {
  a: Cert;
  b: Cert;
  slug: string;
}

const pairSlug = (a: Cert, b: Cert) => `${a.slug}-vs-${b.slug}`;

/** Orders two certifications the way the catalogue does, so each pair has one URL. */
function orderedPair(x: Cert, y: Cert): ComparisonPair {
  const [a, b] = compareCertifications(x, y) <= 0 ? [x, y] : [y, x];
  return { a, b, slug: pairSlug(a, b) };
}

/** Most same-category comparison pages per certification, so pages grow linearly with the catalogue. */
export const MAX_CATEGORY_NEIGHBOURS = 5;

/**
 * Pairs that get a static page: each certification with the (up to five) others in its category it
 * overlaps most (every same-category pair while categories hold six or fewer), every associate–professional
 * pair on one role path, and every retiring or retired certification with each of its successors and alternatives.
 */
export function comparisonPairs(certs: readonly Cert[], roles: readonly Role[]): ComparisonPair[] {
  const bySlug = new Map(certs.map((c) => [c.slug, c]));
  const pairs = new Map<string, ComparisonPair>();
  const add = (x: Cert | undefined, y: Cert | undefined) => {
    if (!x || !y || x.slug === y.slug) return;
    const pair = orderedPair(x, y);
    pairs.set(pair.slug, pair);
  };
  for (const cert of certs) {
    certs
      .filter((other) => other.category === cert.category && other.slug !== cert.slug)
      .sort((a, b) => serviceOverlap(cert, b) - serviceOverlap(cert, a) || compareCertifications(a, b))
      .slice(0, MAX_CATEGORY_NEIGHBOURS)
      .forEach((other) => add(cert, other));
  }
  for (const role of roles) {
    const onPath = role.path.map((step) => bySlug.get(step.certification)).filter((c): c is Cert => !!c);
    for (const associate of onPath.filter((c) => c.category === 'associate'))
      for (const professional of onPath.filter((c) => c.category === 'professional')) add(associate, professional);
  }
  for (const cert of certs) for (const s of [...cert.successors, ...cert.alternatives]) add(cert, bySlug.get(s));
  return [...pairs.values()].sort((p, q) => p.slug.localeCompare(q.slug));
}

/**
 * The pre-rendered comparisons as the compare page lists them: first the pairs of exams a reader can book today, then
 * those with an exam that is retired (or not yet open), each group in catalogue order.
 */
export function commonComparisons(pairs: readonly ComparisonPair[]): {
  bookable: ComparisonPair[];
  others: ComparisonPair[];
} {
  const inOrder = [...pairs].sort((p, q) => compareCertifications(p.a, q.a) || compareCertifications(p.b, q.b));
  const bookable = (pair: ComparisonPair) => isAvailable(pair.a) && isAvailable(pair.b);
  return { bookable: inOrder.filter(bookable), others: inOrder.filter((pair) => !bookable(pair)) };
}

/** Most comparisons a certification page links to; a certification many others resemble would otherwise list them all. */
export const MAX_COMPARISON_LINKS = 12;

/** The pre-rendered comparisons a certification page links to: the closest by service overlap, in catalogue order. */
export function comparisonLinks(
  cert: Cert,
  pairs: readonly ComparisonPair[],
  limit: number = MAX_COMPARISON_LINKS,
): { href: string; other: Cert }[] {
  return pairs
    .filter((p) => p.a.slug === cert.slug || p.b.slug === cert.slug)
    .map((p) => ({ href: routes.comparePair(p.slug), other: p.a.slug === cert.slug ? p.b : p.a }))
    .sort(
      (x, y) =>
        serviceOverlap(cert, y.other) - serviceOverlap(cert, x.other) || compareCertifications(x.other, y.other),
    )
    .slice(0, limit)
    .sort((x, y) => compareCertifications(x.other, y.other));
}

/** One fact of a certification as a comparison shows it: the words of its facts table. */
export interface ComparedFactCell {
  key: FactRow['key'];
  label: string;
  value: string;
  unverified?: string | undefined;
}

/**
 * What a comparison needs of one certification, and no more: its names, its fact rows already worded, its exam
 * outline (names and weights) and the services its guide stresses. The pair pages build it from the catalogue; the
 * compare page's script reads it from /data/compare.json, so the browser fetches only what a comparison shows.
 */
export interface Comparable {
  slug: string;
  shortName: string;
  /** The code of the exam a page leads with, e.g. "SAA-C03". */
  code: string;
  category: Category;
  facts: ComparedFactCell[];
  /** The outline of that exam, names and weights only; undefined while AWS has not published it. */
  domains: { name: string; weight?: number | undefined }[] | undefined;
  /** Ids of the services its guide stresses (content/services.yaml). */
  services: string[];
}

/** A certification reduced to what a comparison shows. */
export function comparable(cert: Cert): Comparable {
  return {
    slug: cert.slug,
    shortName: cert.shortName,
    code: cert.examCode,
    category: cert.category,
    facts: factRows(cert).map(({ key, label, value, unverified }) => ({
      key,
      label,
      value,
      ...(unverified ? { unverified } : {}),
    })),
    domains: cert.exam.version.domains?.map(({ name, weight }) => ({
      name,
      ...(weight === undefined ? {} : { weight }),
    })),
    services: [...cert.coveredServices],
  };
}

/** What the compare page fetches: every certification a reader can pick, and the names of the services they cover. */
export interface CompareDocument {
  certifications: Comparable[];
  /** Service names by id, for the services the certifications cover. */
  services: Record<string, string>;
}

/** The document behind /data/compare.json. */
export function compareDocument(certs: readonly Cert[], serviceNames: ReadonlyMap<string, string>): CompareDocument {
  const certifications = certs.map(comparable);
  const used = [...new Set(certifications.flatMap((c) => c.services))].sort();
  return {
    certifications,
    services: Object.fromEntries(used.map((id) => [id, serviceNames.get(id) ?? id])),
  };
}

/** One fact row across several certifications. */
export interface ComparedFact {
  key: string;
  label: string;
  cells: ComparedFactCell[];
}

/** The side-by-side view of two to four certifications. */
export interface Comparison {
  certifications: Comparable[];
  facts: ComparedFact[];
  /** Every domain name with each certification's weight (undefined where it has no such domain). */
  domains: { name: string; weights: (number | undefined)[] }[];
  /** Services every compared certification covers. */
  sharedServices: string[];
  /** Per certification, the services none of the others cover. */
  uniqueServices: string[][];
}

/**
 * Builds the comparison of the given certifications, in the order given. It takes them reduced (comparable()), so the
 * browser's copy of this module needs none of the catalogue's logic.
 */
export function compare(items: readonly Comparable[]): Comparison {
  const rows = items.map((item) => item.facts);
  const keys = [...new Set(rows.flatMap((r) => r.map((f) => f.key)))];
  const facts = keys.map((key) => {
    const cells = rows.map((r) => r.find((f) => f.key === key) ?? { key, label: '', value: '—' });
    return { key, label: cells.find((c) => c.label)?.label ?? key, cells };
  });
  const outlines = items.map((c) => c.domains ?? []);
  const domainNames = [...new Set(outlines.flatMap((domains) => domains.map((d) => d.name)))];
  const domains = domainNames.map((name) => ({
    name,
    weights: outlines.map((domains) => domains.find((d) => d.name === name)?.weight),
  }));
  const sets = items.map((c) => new Set(c.services));
  const sharedServices = [...(sets[0] ?? [])].filter((id) => sets.every((s) => s.has(id))).sort();
  const uniqueServices = sets.map((set, i) =>
    [...set].filter((id) => sets.every((other, j) => j === i || !other.has(id))).sort(),
  );
  return { certifications: [...items], facts, domains, sharedServices, uniqueServices };
}

/** The result of reading ?c= from a compare URL. */
export interface CompareSelection {
  slugs: string[];
  /** Values that named no certification (shown to the reader, never trusted). */
  unknown: string[];
  /** True when more than MAX_COMPARED were asked for and the rest were dropped. */
  truncated: boolean;
}

/** Reads `?c=a,b` (or repeated `c`) into known, distinct slugs; bad values are reported, never thrown. */
export function parseCompareQuery(search: string | URLSearchParams, knownSlugs: ReadonlySet<string>): CompareSelection {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const raw = params
    .getAll('c')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim().toLowerCase())
    .filter((v) => v.length > 0)
    .slice(0, 20);
  const slugs: string[] = [];
  const unknown: string[] = [];
  for (const value of raw) {
    if (knownSlugs.has(value)) {
      if (!slugs.includes(value)) slugs.push(value);
    } else if (!unknown.includes(value)) {
      unknown.push(value.slice(0, 60));
    }
  }
  return { slugs: slugs.slice(0, MAX_COMPARED), unknown, truncated: slugs.length > MAX_COMPARED };
}

/** A comparison ready to render: everything the one comparison template needs, as plain data. */
export interface ComparisonData {
  certifications: {
    slug: string;
    shortName: string;
    href: string;
    code: string;
    category: string;
    categoryLabel: string;
  }[];
  facts: { key: string; label: string; cells: { value: string; unverified?: string | undefined }[] }[];
  domains: { shortName: string; code: string; domains: Comparable['domains'] }[];
  /** "both" for two certifications, "all 3" for more. */
  together: string;
  shared: { id: string; name: string; href: string }[];
  unique: { shortName: string; services: { id: string; name: string; href: string }[] }[];
}

/** Builds the view of a comparison; service names come from the registry (an unknown id shows as itself). */
export function comparisonData(comparison: Comparison, serviceNames: ReadonlyMap<string, string>): ComparisonData {
  const service = (id: string) => ({ id, name: serviceNames.get(id) ?? id, href: routes.service(id) });
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  const certs = comparison.certifications;
  return {
    certifications: certs.map((c) => ({
      slug: c.slug,
      shortName: c.shortName,
      href: routes.certification(c.slug),
      code: c.code,
      category: c.category,
      categoryLabel: categoryLabels[c.category],
    })),
    facts: comparison.facts.map((f) => ({
      key: f.key,
      label: f.label,
      cells: f.cells.map((c) => ({ value: c.value, unverified: c.unverified })),
    })),
    domains: certs.map((c) => ({ shortName: c.shortName, code: c.code, domains: c.domains })),
    together: certs.length === 2 ? 'both' : `all ${certs.length}`,
    shared: comparison.sharedServices.map(service).sort(byName),
    unique: certs.map((c, i) => ({
      shortName: c.shortName,
      services: (comparison.uniqueServices[i] ?? []).map(service).sort(byName),
    })),
  };
}
