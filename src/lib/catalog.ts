import type { Certification } from '../schemas/certification';
import { tiers, type Tier } from '../schemas/enums';
import type { Role } from '../schemas/role';
import type { Service } from '../schemas/service';

/** A certification with its slug (the file name, also its URL segment). */
export type Cert = Certification & { slug: string };

const tierRank = new Map<Tier, number>(tiers.map((tier, i) => [tier, i]));
const statusRank = { active: 0, beta: 1, retiring: 2, retired: 3 } as const;

/** Catalogue order: by tier, then current before retired, then by name. */
export function compareCertifications(a: Cert, b: Cert): number {
  return (
    (tierRank.get(a.tier) ?? 0) - (tierRank.get(b.tier) ?? 0) ||
    statusRank[a.status] - statusRank[b.status] ||
    a.shortName.localeCompare(b.shortName)
  );
}

/** Certifications in catalogue order (a new array). */
export const sortCertifications = (certs: readonly Cert[]): Cert[] => [...certs].sort(compareCertifications);

/** True unless the exam can no longer be taken. */
export const isAvailable = (cert: Cert): boolean => cert.status !== 'retired';

/** Groups certifications by tier in tier order; every tier is present, possibly empty. */
export function groupByTier(certs: readonly Cert[]): { tier: Tier; certifications: Cert[] }[] {
  const sorted = sortCertifications(certs);
  return tiers.map((tier) => ({ tier, certifications: sorted.filter((c) => c.tier === tier) }));
}

/** Total number of questions on the exam, scored and unscored. */
export const totalQuestions = (cert: Cert): number => cert.exam.questions.scored + cert.exam.questions.unscored;

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

/** Maps a former-name slug (e.g. sysops-administrator-associate) to the certification it now belongs to. */
export function formerSlugRedirects(certs: readonly Cert[]): { from: string; to: Cert; formerName: string }[] {
  return certs.flatMap((cert) =>
    cert.formerNames.flatMap((former) =>
      former.slug ? [{ from: former.slug, to: cert, formerName: former.name }] : [],
    ),
  );
}
