import { getCollection, type CollectionEntry } from 'astro:content';
import type { Change } from '../schemas/change';
import type { Role } from '../schemas/role';
import type { Service } from '../schemas/service';
import type { TierInfo } from '../schemas/tier';
import { tiers as tierOrder } from '../schemas/certification';
import { sortCertifications, type Cert } from './catalog';
import { checkCatalogue, ContentError } from './catalog-checks';
import { comparisonPairs, type ComparisonPair } from './compare';
import { FRESHNESS_BUDGET_DAYS, staleEntries } from './freshness';

/** Everything the pages render, loaded once per build and checked across entries. */
export interface Catalog {
  certifications: Cert[];
  certificationBySlug: Map<string, Cert>;
  certificationEntries: Map<string, CollectionEntry<'certifications'>>;
  services: Service[];
  serviceById: Map<string, Service>;
  roles: Role[];
  roleById: Map<string, Role>;
  changes: Change[];
  guides: CollectionEntry<'guides'>[];
  /** The pairs with a pre-rendered comparison page, computed once per build. */
  comparisonPairs: ComparisonPair[];
  /** The four tiers in ladder order. */
  tiers: TierInfo[];
}

const fileOf = (entry: { filePath?: string | undefined; id: string }, fallback: string) =>
  entry.filePath ?? `${fallback}/${entry.id}`;

async function loadCatalog(): Promise<Catalog> {
  const [certEntries, serviceEntries, roleEntries, changeEntries, guides, tierEntries] = await Promise.all([
    getCollection('certifications'),
    getCollection('services'),
    getCollection('roles'),
    getCollection('changes'),
    getCollection('guides'),
    getCollection('tiers'),
  ]);
  const services = serviceEntries.map((e) => e.data).sort((a, b) => a.name.localeCompare(b.name));
  const roles = roleEntries.map((e) => e.data);
  const changes = changeEntries.map((e) => e.data).sort((a, b) => b.date.localeCompare(a.date));
  const problems = checkCatalogue({
    certifications: certEntries.map((e) => ({
      slug: e.id,
      file: fileOf(e, 'content/certifications'),
      data: e.data,
    })),
    services,
    roles,
    changes,
  });
  if (problems.length > 0) throw new ContentError(problems);

  const certifications = sortCertifications(certEntries.map((e) => ({ ...e.data, slug: e.id })));
  const stale = staleEntries(certifications, new Date());
  if (stale.length > 0) {
    console.warn(
      `[content] ${stale.length} certification(s) not verified in the last ${FRESHNESS_BUDGET_DAYS} days:\n` +
        stale.map((s) => `  ${s.slug}: last verified ${s.lastVerified} (${s.ageDays} days ago)`).join('\n'),
    );
  }
  return {
    certifications,
    certificationBySlug: new Map(certifications.map((c) => [c.slug, c])),
    certificationEntries: new Map(certEntries.map((e) => [e.id, e])),
    services,
    serviceById: new Map(services.map((s) => [s.id, s])),
    roles,
    roleById: new Map(roles.map((r) => [r.id, r])),
    changes,
    guides: guides.sort((a, b) => a.data.order - b.data.order),
    comparisonPairs: comparisonPairs(certifications, roles),
    tiers: tierEntries.map((e) => e.data).sort((a, b) => tierOrder.indexOf(a.id) - tierOrder.indexOf(b.id)),
  };
}

let catalog: Promise<Catalog> | undefined;

/** The checked catalogue; a content problem fails the build with a message naming file and field. */
export function getCatalog(): Promise<Catalog> {
  catalog ??= loadCatalog();
  return catalog;
}
