import { getCollection, type CollectionEntry } from 'astro:content';
import type { CategoryInfo } from '../schemas/category.ts';
import type { PathFinderRules } from '../schemas/path-finder.ts';
import type { Programme } from '../schemas/programme.ts';
import { categories as categoryOrder } from '../schemas/enums.ts';
import type { Role } from '../schemas/role.ts';
import type { Service } from '../schemas/service.ts';
import { buildDay } from './build-date.ts';
import { resolveCertification, sortCertifications, type Cert } from '../lib/catalogue/catalogue.ts';
import {
  checkCatalogue,
  checkStateOn,
  ContentError,
  formatProblems,
  type LoadedCertification,
} from './content-rules/index.ts';
import { comparisonPairs, type ComparisonPair } from '../lib/tools/compare.ts';
import { formatFreshnessIssues, freshnessIssues } from '../lib/catalogue/freshness.ts';
import type { Day } from '../lib/catalogue/lifecycle-dates.ts';
import { buildTimeline, transitionDays, type TimelineEvent } from '../lib/changes/timeline.ts';

/** Everything the pages render, loaded once per build, computed for the build day and checked across entries. */
export interface Catalogue {
  /** The day the site describes: the build date, or SOURCE_DATE_EPOCH's day. */
  today: Day;
  certifications: Cert[];
  certificationBySlug: Map<string, Cert>;
  certificationEntries: Map<string, CollectionEntry<'certifications'>>;
  services: Service[];
  serviceById: Map<string, Service>;
  roles: Role[];
  roleById: Map<string, Role>;
  /** Every dated event, computed from the versions' dates plus the hand-recorded ones, newest first. */
  events: TimelineEvent[];
  guides: CollectionEntry<'guides'>[];
  /** The pairs with a pre-rendered comparison page, computed once per build. */
  comparisonPairs: ComparisonPair[];
  /** The categories in order: the four levels of the ladder, then Business. */
  categories: CategoryInfo[];
  /** The programme's rules every exam shares (content/programme.yaml). */
  programme: Programme;
  /** The rules the path finder applies around the role paths (content/path-finder.yaml). */
  pathFinderRules: PathFinderRules;
}

const fileOf = (entry: { filePath?: string | undefined; id: string }, fallback: string) =>
  entry.filePath ?? `${fallback}/${entry.id}`;

async function loadCatalogue(): Promise<Catalogue> {
  const today = buildDay();
  const [
    certEntries,
    serviceEntries,
    roleEntries,
    changeEntries,
    guides,
    categoryEntries,
    blockedEntries,
    programmes,
    pathFinderEntries,
  ] = await Promise.all([
    getCollection('certifications'),
    getCollection('services'),
    getCollection('roles'),
    getCollection('changes'),
    getCollection('guides'),
    getCollection('categories'),
    getCollection('blockedHosts'),
    getCollection('programme'),
    getCollection('pathFinder'),
  ]);
  const programme = programmes[0]?.data;
  const pathFinderRules = pathFinderEntries[0]?.data;
  if (!programme || !pathFinderRules) {
    const file = programme ? 'content/path-finder.yaml' : 'content/programme.yaml';
    throw new ContentError([{ file, field: '', message: 'expected the rules this file holds, found no entry' }]);
  }
  const services = serviceEntries.map((e) => e.data).sort((a, b) => a.name.localeCompare(b.name));
  const roles = roleEntries.map((e) => e.data);
  const changes = changeEntries.map((e) => e.data);
  const loaded: LoadedCertification[] = certEntries.map((e) => ({
    slug: e.id,
    file: fileOf(e, 'content/certifications'),
    data: e.data,
    body: e.body,
  }));
  const input = {
    certifications: loaded,
    services,
    roles,
    changes,
    blockedHosts: blockedEntries.map((e) => e.data),
    programme,
    pathFinderRules,
    otherFiles: [
      ...guides.map((g) => ({ file: fileOf(g, 'content/guides'), data: g.data, body: g.body })),
      { file: 'content/programme.yaml', data: programme },
    ],
  };
  const problems = [...checkCatalogue(input), ...checkStateOn(input, today)];
  if (problems.length > 0) throw new ContentError(problems);

  const certifications = sortCertifications(loaded.map((c) => resolveCertification(c.slug, c.data, today)));
  const names = new Map(certifications.map((c) => [c.slug, c]));
  const events = buildTimeline(loaded, changes, names, today);

  // What will break on a coming transition day is a warning now, so a person can fix it before the scheduled
  // rebuild on that day fails.
  const ahead = transitionDays(events, today).flatMap((day) => checkStateOn(input, day));
  const warnings = [
    ...formatFreshnessIssues(
      freshnessIssues(
        certifications.map((c) => ({ slug: c.slug, data: c, status: c.status, lastVerified: c.lastVerified })),
        today,
      ),
    ),
    ...(ahead.length ? [formatProblems(ahead)] : []),
  ];
  if (warnings.length > 0) console.warn(`[content] needs a person:\n${warnings.map((w) => `  ${w}`).join('\n')}`);

  return {
    today,
    certifications,
    certificationBySlug: names,
    certificationEntries: new Map(certEntries.map((e) => [e.id, e])),
    services,
    serviceById: new Map(services.map((s) => [s.id, s])),
    roles,
    roleById: new Map(roles.map((r) => [r.id, r])),
    events,
    guides: guides.sort((a, b) => a.data.order - b.data.order),
    comparisonPairs: comparisonPairs(certifications, roles),
    categories: categoryEntries
      .map((e) => e.data)
      .sort((a, b) => categoryOrder.indexOf(a.id) - categoryOrder.indexOf(b.id)),
    programme,
    pathFinderRules,
  };
}

let catalogue: Promise<Catalogue> | undefined;

/** The checked catalogue; a content problem fails the build with a message naming file and field. */
export function getCatalogue(): Promise<Catalogue> {
  catalogue ??= loadCatalogue();
  return catalogue;
}
