/*
 * The guide-drift check: for every exam version whose content names an AWS guide, read the guide and its domain pages,
 * compare them with the content, and read AWS's index of guides for any our content does not know. It takes its
 * inputs as data (the versions, a way to fetch a page, the documentation's origin) so tests can run it on a fictional
 * exam served locally; scripts/sources-check.ts feeds it the real catalogue.
 */
import { compareVersion, type ContentVersion, type Finding } from './compare.ts';
import type { FetchResult } from './fetch-politely.ts';
import { readDomainPage, readGuidePage, type DomainFacts } from './guide-page.ts';
import { GUIDE_INDEX_PATH, guideIdOf, readGuideIndex, type IndexedGuide } from './index-page.ts';

/** Where AWS publishes its exam guides. */
export const AWS_DOCS_ORIGIN = 'https://docs.aws.amazon.com';

/** A page that could not be read, and why. */
export interface PageProblem {
  url: string;
  problem: string;
}

/** What the check found for one exam version. */
export interface VersionOutcome {
  slug: string;
  certification: string;
  code: string;
  /** The guide's address as fetched. */
  guideUrl: string;
  /**
   * `matches`: every page read and every fact agrees. `drift`: at least one difference (pages that could not be read
   * are listed too). `could-not-check`: no difference found, but a page could not be read or lacked its structure.
   */
  status: 'matches' | 'drift' | 'could-not-check';
  findings: Finding[];
  unreadable: PageProblem[];
}

/** A guide the index lists that no version of our content names. */
export interface NewGuide extends IndexedGuide {
  /** Whether our content has the version without its guide, or not at all. */
  note: string;
}

/** What the check found in AWS's index of guides. */
export interface IndexOutcome {
  status: 'checked' | 'could-not-check' | 'skipped';
  url: string;
  /** How many guides the index lists. */
  listed: number;
  newGuides: NewGuide[];
  problem?: string;
}

/** The whole report of one run. */
export interface SourcesReport {
  /** The day of the run, 'YYYY-MM-DD'. */
  day: string;
  versions: VersionOutcome[];
  index: IndexOutcome;
}

export interface CheckInput {
  /** The versions whose content names a guide. */
  versions: readonly ContentVersion[];
  /** Every version our content records, with its guide if it names one; the index is compared against these. */
  catalogue?: readonly { code: string; guideUrl?: string | undefined }[];
  /** Reads a page (see politeFetcher). */
  fetchPage: (url: string) => Promise<FetchResult>;
  /** Replaces https://docs.aws.amazon.com in every address, for tests. */
  baseUrl?: string;
  /** Whether to read the index (a check of one version leaves it out). */
  checkIndex?: boolean;
  day: string;
}

/** The address on `baseUrl` of a docs.aws.amazon.com page; other addresses are left alone. */
export function rebase(url: string, baseUrl: string): string {
  const parsed = new URL(url);
  if (parsed.origin !== AWS_DOCS_ORIGIN || baseUrl === AWS_DOCS_ORIGIN) return url;
  return `${baseUrl.replace(/\/$/, '')}${parsed.pathname}${parsed.search}`;
}

async function checkVersion(
  version: ContentVersion,
  fetchPage: CheckInput['fetchPage'],
  baseUrl: string,
): Promise<VersionOutcome> {
  const guideUrl = rebase(version.guideUrl, baseUrl);
  const outcome = (findings: Finding[], unreadable: PageProblem[]): VersionOutcome => ({
    slug: version.slug,
    certification: version.certification,
    code: version.code,
    guideUrl,
    status: findings.length > 0 ? 'drift' : unreadable.length > 0 ? 'could-not-check' : 'matches',
    findings,
    unreadable,
  });

  const main = await fetchPage(guideUrl);
  if (!main.ok) return outcome([], [{ url: guideUrl, problem: main.detail }]);
  const guide = readGuidePage(main.body, main.finalUrl);
  if (!guide.ok) return outcome([], [{ url: main.finalUrl, problem: `malformed page: ${guide.problem}` }]);

  // Domain pages hold only the task statements: read those whose tasks our content records.
  const domainPages = new Map<number, { url: string; facts: DomainFacts }>();
  const unreadable: PageProblem[] = [];
  for (const [i, domain] of guide.facts.domains.entries()) {
    if (!version.domains?.[i]?.tasks) continue;
    const url = rebase(domain.url, baseUrl);
    const page = await fetchPage(url);
    if (!page.ok) {
      unreadable.push({ url, problem: page.detail });
      continue;
    }
    const read = readDomainPage(page.body, domain.number);
    if (read.ok) domainPages.set(domain.number, { url: page.finalUrl, facts: read.facts });
    else unreadable.push({ url: page.finalUrl, problem: `malformed page: ${read.problem}` });
  }
  return outcome(compareVersion(version, { url: main.finalUrl, facts: guide.facts, domainPages }), unreadable);
}

async function checkIndex(input: CheckInput, baseUrl: string): Promise<IndexOutcome> {
  const url = rebase(`${AWS_DOCS_ORIGIN}${GUIDE_INDEX_PATH}`, baseUrl);
  const page = await input.fetchPage(url);
  if (!page.ok) return { status: 'could-not-check', url, listed: 0, newGuides: [], problem: page.detail };
  const index = readGuideIndex(page.body, page.finalUrl);
  if (!index.ok) {
    return { status: 'could-not-check', url, listed: 0, newGuides: [], problem: `malformed page: ${index.problem}` };
  }
  const catalogue = input.catalogue ?? input.versions;
  const known = new Set(catalogue.flatMap((v) => (v.guideUrl ? [guideIdOf(v.guideUrl)] : [])));
  const newGuides = index.facts
    .filter((guide) => !known.has(guide.guide))
    .map((guide) => ({
      ...guide,
      note: catalogue.some((v) => v.code === guide.code)
        ? `our content has ${guide.code} but names no guide for it`
        : `our content has no version ${guide.code}`,
    }));
  return { status: 'checked', url, listed: index.facts.length, newGuides };
}

/** Runs the check, one page at a time in the order given. */
export async function checkSources(input: CheckInput): Promise<SourcesReport> {
  const baseUrl = input.baseUrl ?? AWS_DOCS_ORIGIN;
  const versions: VersionOutcome[] = [];
  for (const version of input.versions) versions.push(await checkVersion(version, input.fetchPage, baseUrl));
  const index: IndexOutcome =
    input.checkIndex === false
      ? { status: 'skipped', url: rebase(`${AWS_DOCS_ORIGIN}${GUIDE_INDEX_PATH}`, baseUrl), listed: 0, newGuides: [] }
      : await checkIndex(input, baseUrl);
  return { day: input.day, versions, index };
}

/** How many versions matched, drifted or could not be checked, and how many new guides the index lists. */
export function countsOf(report: SourcesReport) {
  const count = (status: VersionOutcome['status']) => report.versions.filter((v) => v.status === status).length;
  return {
    matched: count('matches'),
    drifted: count('drift'),
    couldNotCheck: count('could-not-check'),
    newGuides: report.index.newGuides.length,
    indexUnreadable: report.index.status === 'could-not-check',
  };
}

/**
 * 0 when every version was checked and matched and the index lists no new guide; 1 on any drift or new guide; 2 when
 * nothing drifted but a page (or the index) could not be checked.
 */
export function exitCodeOf(report: SourcesReport): 0 | 1 | 2 {
  const counts = countsOf(report);
  if (counts.drifted > 0 || counts.newGuides > 0) return 1;
  if (counts.couldNotCheck > 0 || counts.indexUnreadable) return 2;
  return 0;
}
