import type { Certification } from '../../schemas/certification.ts';
import type { Source } from '../../schemas/common.ts';
import { categories, type Category, type Status } from '../../schemas/enums.ts';
import type { Role } from '../../schemas/role.ts';
import type { Service } from '../../schemas/service.ts';
import { isBookable, lifecycleAt, type VersionState } from './lifecycle.ts';
import { firstDayOf, type Day } from './lifecycle-dates.ts';

/**
 * A certification as the pages see it on the build day: its content, its slug (file name and URL segment), and
 * what is computed from its dates (status, the version to sit, the next and previous ones, the evidence date).
 */
export type Cert = Certification & {
  slug: string;
  /** Where it stands on the build day. */
  status: Status;
  /** The version a reader would sit today (standard, or a beta); undefined when nothing can be booked. */
  current: VersionState | undefined;
  /** The version a page leads with: the one a reader would sit today, else the next announced, else the last offered. */
  exam: VersionState;
  /** The code of that version, e.g. "SAP-C03". */
  examCode: string;
  /** A newer version announced but not yet the standard exam. */
  next: VersionState | undefined;
  /** Older versions, newest first. */
  previous: VersionState[];
  /** Every version with its phase on the build day, newest first. */
  versionStates: VersionState[];
  /** The date of the newest dated evidence behind the entry; undefined when every source is undated. */
  lastVerified: string | undefined;
};

/** Every source behind a certification: its own, its versions' and its retirement's. */
export const allSources = (cert: Certification): Source[] => [
  ...cert.sources,
  ...cert.versions.flatMap((v) => v.sources),
  ...(cert.retirement?.sources ?? []),
];

/** The date of the newest dated source, as the source gives it ('2026-10-05', '2026-04'); undefined if none is dated. */
export function newestEvidence(sources: readonly Pick<Source, 'asOf'>[]): string | undefined {
  return sources
    .map((s) => s.asOf)
    .filter((d) => d !== 'undated')
    .reduce<string | undefined>((newest, d) => (!newest || firstDayOf(d) > firstDayOf(newest) ? d : newest), undefined);
}

/** A certification's state on a day, from its content. */
export function resolveCertification(slug: string, data: Certification, today: Day): Cert {
  const state = lifecycleAt(data, today);
  return {
    ...data,
    slug,
    status: state.status,
    current: state.current,
    exam: state.headline,
    examCode: state.headline.code,
    next: state.next,
    previous: state.previous,
    versionStates: state.versions,
    lastVerified: newestEvidence(allSources(data)),
  };
}

/** Every exam code a certification has used, newest first, with any booking codes. */
export const allCodes = (cert: Pick<Certification, 'versions'>): string[] =>
  cert.versions.flatMap((v) => (v.appointmentCode ? [v.code, v.appointmentCode] : [v.code]));

const categoryRank = new Map<Category, number>(categories.map((category, i) => [category, i]));
const statusRank: Record<Status, number> = { active: 0, retiring: 1, beta: 2, upcoming: 3, retired: 4 };

/** Catalogue order: by category, then bookable before upcoming before retired, then by name. */
export function compareCertifications(a: Cert, b: Cert): number {
  return (
    (categoryRank.get(a.category) ?? 0) - (categoryRank.get(b.category) ?? 0) ||
    statusRank[a.status] - statusRank[b.status] ||
    a.shortName.localeCompare(b.shortName)
  );
}

/** The rank of a status in catalogue order (for sorting tables by status). */
export const statusOrder = (status: Status): number => statusRank[status];

/** Certifications in catalogue order (a new array). */
export const sortCertifications = (certs: readonly Cert[]): Cert[] => [...certs].sort(compareCertifications);

/** True while a reader can sit its exam today (standard or beta). */
export const isAvailable = (cert: Pick<Cert, 'status'>): boolean => isBookable(cert.status);

/** Groups certifications by category in category order; every category is present, possibly empty. */
export function groupByCategory(certs: readonly Cert[]): { category: Category; certifications: Cert[] }[] {
  const sorted = sortCertifications(certs);
  return categories.map((category) => ({ category, certifications: sorted.filter((c) => c.category === category) }));
}

/** Total number of questions of a format, when known. */
export function totalQuestions(format: Cert['exam']['format']): number | undefined {
  const q = format.questions;
  if (!q) return undefined;
  return q.total ?? (q.scored ?? 0) + (q.unscored ?? 0);
}

/** Certifications whose exam covers the service, in catalogue order. */
export function certificationsCovering(certs: readonly Cert[], serviceId: string): Cert[] {
  return sortCertifications(certs.filter((c) => c.coveredServices.includes(serviceId)));
}

/** How many certifications cover each service id. */
export function coverageCounts(certs: readonly Cert[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const cert of certs) for (const id of cert.coveredServices) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** Looks up entries by key, dropping unknown keys (content checks reject them before pages render). */
export function pick<T>(lookup: ReadonlyMap<string, T>, keys: readonly string[]): T[] {
  return keys.flatMap((key) => {
    const value = lookup.get(key);
    return value === undefined ? [] : [value];
  });
}

/** What readers usually take after this one: available certifications that recommend it first, and role-path next steps. */
export function nextSteps(cert: Cert, certs: readonly Cert[], roles: readonly Role[]): Cert[] {
  const bySlug = new Map(certs.map((c) => [c.slug, c]));
  const next = new Set(certs.filter((c) => c.recommendedPrior.includes(cert.slug)).map((c) => c.slug));
  for (const role of roles) {
    const at = role.path.findIndex((step) => step.certification === cert.slug);
    const following = at >= 0 ? role.path[at + 1] : undefined;
    if (following) next.add(following.certification);
  }
  next.delete(cert.slug);
  return sortCertifications(pick(bySlug, [...next]).filter(isAvailable));
}

/** Services of a certification resolved from the registry, sorted by name. */
export function servicesOf(cert: Cert, services: ReadonlyMap<string, Service>): Service[] {
  return pick(services, cert.coveredServices).sort((a, b) => a.name.localeCompare(b.name));
}

/** The newest evidence date across certifications (the date the footer publishes), or undefined. */
export const latestVerification = (certs: readonly Pick<Cert, 'lastVerified'>[]): string | undefined =>
  newestEvidence(certs.flatMap((c) => (c.lastVerified ? [{ asOf: c.lastVerified }] : [])));

/** Codes and names readers search for, each once: every version and booking code, former names, aliases. */
export function searchTerms(cert: Cert): string[] {
  const terms = [...allCodes(cert), ...cert.formerNames.map((f) => f.name), ...cert.aliases];
  const seen = new Set<string>();
  return terms.filter((term) => {
    const key = term.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
