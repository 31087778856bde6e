/*
 * What needs a person: the content cannot go stale silently. The build prints these as warnings and
 * `npm run freshness -- --strict` fails on them, so the daily scheduled build tells a maintainer before readers do.
 */
import type { Certification } from '../../schemas/certification.ts';
import type { Status } from '../../schemas/enums.ts';
import {
  daysBetweenDays,
  firstDayOf,
  formatLifecycleDate,
  hasEnded,
  isExpected,
  latestDay,
  type Day,
} from './lifecycle-dates.ts';

/** How old the newest evidence behind a current certification may get before it needs a person. */
export const FRESHNESS_BUDGET_DAYS = 180;

/** One thing a maintainer should look at. */
export interface FreshnessIssue {
  slug: string;
  /** What to check, in a sentence. */
  message: string;
}

/** What the checks need of a certification. */
export interface FreshnessInput {
  slug: string;
  data: Pick<Certification, 'versions' | 'retirement'>;
  status: Status;
  /** The newest evidence date, or undefined when every source is undated. */
  lastVerified: string | undefined;
}

/** Whole days from a (possibly partial) evidence date to today, counted from the first day it can mean. */
export const evidenceAgeDays = (asOf: string, today: Day): number => daysBetweenDays(firstDayOf(asOf), today);

/** Everything that needs a person on `today`, certification by certification. */
export function freshnessIssues(certs: readonly FreshnessInput[], today: Day): FreshnessIssue[] {
  const issues: FreshnessIssue[] = [];
  for (const cert of certs) {
    const { slug, data } = cert;
    const newest = data.versions[0];
    data.versions.forEach((version) => {
      const { code, beta, availableFrom } = version;
      if (beta?.until && hasEnded(beta.until, today) && (!availableFrom || isExpected(availableFrom))) {
        issues.push({
          slug,
          message: `the ${code} beta ended ${formatLifecycleDate(beta.until)} and no standard-exam date is confirmed: record availableFrom`,
        });
      }
      if (availableFrom && isExpected(availableFrom) && latestDay(availableFrom) < today) {
        issues.push({
          slug,
          message: `${code} was expected as a standard exam ${formatLifecycleDate(availableFrom)}, and that day has passed: confirm the date or record the new forecast`,
        });
      }
      const dated = [version.announced, beta?.from, beta?.until, availableFrom, version.lastDay].some(Boolean);
      if (!dated) {
        if (version === newest) {
          issues.push({
            slug,
            message: `${code} is recorded with no dates at all: add when it was announced or opens`,
          });
        }
      } else if (version.announced && !beta?.from && !availableFrom && version === newest) {
        issues.push({
          slug,
          message: `${code} was announced ${formatLifecycleDate(version.announced)} but has no beta or standard date: add one when AWS publishes it`,
        });
      }
    });
    if (newest?.lastDay && !data.retirement && data.versions.length >= 1) {
      const passed = hasEnded(newest.lastDay, today);
      issues.push({
        slug,
        message: `${newest.code}, the newest version, ${passed ? 'ended' : 'ends'} ${formatLifecycleDate(newest.lastDay)} and no newer version or retirement is recorded: add the next version (even without dates) or a retirement`,
      });
    }
    if (cert.status !== 'retired') {
      if (!cert.lastVerified) {
        issues.push({ slug, message: 'no source carries a date: add the date each source reflects (asOf)' });
      } else {
        const age = evidenceAgeDays(cert.lastVerified, today);
        if (age > FRESHNESS_BUDGET_DAYS) {
          issues.push({
            slug,
            message: `the newest evidence is from ${formatLifecycleDate(cert.lastVerified)}, ${age} days ago (more than ${FRESHNESS_BUDGET_DAYS}): check AWS's page and add a dated source`,
          });
        }
      }
    }
  }
  return issues;
}

/** The issues as one line each, `slug: message`. */
export const formatFreshnessIssues = (issues: readonly FreshnessIssue[]): string[] =>
  issues.map((i) => `${i.slug}: ${i.message}`);
