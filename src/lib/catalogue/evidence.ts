/*
 * What the facts rest on: AWS's own text, or independent reports as of a date. Pages say which, and list AWS's
 * own pages first.
 */
import type { Source } from '../../schemas/common.ts';
import { firstDayOf, formatPartialDate } from './lifecycle-dates.ts';
import { plural } from '../site/format.ts';
import type { InlineSegment } from '../site/inline-list.ts';

const originRank = { aws: 0, 'aws-copy': 1, independent: 2 } as const;

/** Sources with AWS's own pages first, then verbatim copies of them, then independent reports (newest first). */
export function orderedSources(sources: readonly Source[]): Source[] {
  const dated = (s: Source) => (s.asOf === 'undated' ? '' : firstDayOf(s.asOf));
  return [...sources].sort((a, b) => originRank[a.origin] - originRank[b.origin] || dated(b).localeCompare(dated(a)));
}

/** A short, recognisable name for a source: its host, or owner/repository for a GitHub file. */
export function sourceLabel(url: string): string {
  const parsed = new URL(url);
  const host = parsed.hostname.replace(/^www\./, '');
  if (host === 'github.com') {
    const [owner, repo] = parsed.pathname.split('/').filter(Boolean);
    return owner && repo ? `${owner}/${repo} on GitHub` : host;
  }
  return host;
}

/**
 * How one source is described after its name: "(AWS)", "(AWS, as read on 7 December 2026 in a mirror)", "(copy of an
 * AWS page, 2023)", "(5 October 2026)".
 */
export function sourceQualifier(source: Source): string {
  const date = source.asOf === 'undated' ? undefined : formatPartialDate(source.asOf);
  if (source.origin === 'aws' && source.readIn) return `AWS, as read on ${date ?? 'an unrecorded day'} in a mirror`;
  if (source.origin === 'aws') return date ? `AWS, ${date}` : 'AWS';
  if (source.origin === 'aws-copy') return date ? `copy of an AWS page, ${date}` : 'copy of an AWS page';
  return date ?? 'undated';
}

/** One sentence on what a set of facts rests on. */
export function evidenceSentence(sources: readonly Source[]): string {
  const fromAws = sources.filter((s) => s.origin !== 'independent');
  const independent = sources.filter((s) => s.origin === 'independent');
  const dates = independent
    .map((s) => s.asOf)
    .filter((d) => d !== 'undated')
    .sort((a, b) => firstDayOf(a).localeCompare(firstDayOf(b)));
  const newest = dates.at(-1);
  if (fromAws.length > 0) {
    const copies = fromAws.filter((s) => s.origin === 'aws-copy').length;
    return `Rests on AWS's own text (${plural(fromAws.length, 'page')}${copies ? `, ${copies} through a verbatim copy` : ''})${independent.length ? ` and ${plural(independent.length, 'independent report')}` : ''}.`;
  }
  return `Rests on ${plural(independent.length, 'independent report')}${newest ? `, the newest as of ${formatPartialDate(newest)}` : ''}, not on an AWS page we could read: confirm on AWS's page before you book.`;
}

/**
 * One source as the pieces of a line, links included: "docs.aws.amazon.com (AWS, as read on 7 December 2026 in a
 * mirror): what it confirms", where the host and, for an AWS page read through a public mirror of AWS's
 * documentation, "a mirror" link to their pages. One expression renders it, so no line break adds a space.
 */
export function sourceSegments(source: Source): InlineSegment[] {
  const qualifier = sourceQualifier(source);
  const name = { label: sourceLabel(source.url), href: source.url };
  if (source.origin === 'aws' && source.readIn && qualifier.endsWith(' a mirror')) {
    const lead = qualifier.slice(0, -'a mirror'.length);
    return [name, ` (${lead}`, { label: 'a mirror', href: source.readIn }, `): ${source.confirms}`];
  }
  return [name, ` (${qualifier}): ${source.confirms}`];
}
