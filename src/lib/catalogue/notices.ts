/*
 * What a certification page tells the reader first: the transitions that matter on the build day (a beta, a new
 * version taking over, a last day coming, a retirement), each as plain sentences computed from the dates. They give
 * dates, never a count of days: a count written into a page is wrong from the next day on, and a script to keep it
 * current would not fit a reading page's JavaScript budget (tests/e2e/budgets.spec.ts).
 */
import type { Cert } from './catalogue.ts';
import { totalQuestions } from './catalogue.ts';
import { endSentence, formatUsd, joinWords } from '../site/format.ts';
import type { InlineItem } from '../site/inline-list.ts';
import type { VersionState } from './lifecycle.ts';
import { daysBetweenDays, formatLifecycleDate, isExpected, latestDay, type Day } from './lifecycle-dates.ts';
import { routes } from '../site/routes.ts';
import { dateInProse } from '../changes/timeline.ts';
import { yearsSpelledOut } from './programme.ts';

/** One notice at the top of a certification page. */
export interface Notice {
  kind: 'beta' | 'upcoming' | 'next-version' | 'replaced' | 'retiring' | 'retired' | 'renamed';
  /** A word or two in bold, e.g. "In beta". */
  title: string;
  /** Plain sentences, each ending with its full stop. */
  sentences: string[];
  /** Certifications to go to instead, rendered as an inline list after the sentences. */
  links?: { before: string; items: InlineItem[] } | undefined;
}

/** How long ago a version change keeps its notice on the page. */
export const RECENT_CHANGE_DAYS = 120;

/** A beta's format in one phrase: "170 minutes, 85 questions, USD 75, in English only". */
function betaFormat(state: VersionState): string {
  const f = state.version.beta?.format ?? {};
  const parts: string[] = [];
  if (f.minutes !== undefined) parts.push(`${f.minutes} minutes`);
  const total = totalQuestions(f);
  if (total !== undefined) parts.push(`${total} questions`);
  if (f.priceUsd !== undefined) parts.push(formatUsd(f.priceUsd));
  if (f.languages) parts.push(f.languages.length === 1 ? `in ${f.languages[0]} only` : `in ${joinWords(f.languages)}`);
  return parts.join(', ');
}

const goInstead = (cert: Cert, names: ReadonlyMap<string, Cert>): Notice['links'] => {
  const items = (slugs: string[]) =>
    slugs.flatMap((slug) => {
      const other = names.get(slug);
      return other ? [{ label: other.shortName, href: routes.certification(other.slug) }] : [];
    });
  if (cert.successors.length > 0) return { before: 'AWS points to ', items: items(cert.successors) };
  if (cert.alternatives.length > 0)
    return { before: 'AWS names no successor; we suggest ', items: items(cert.alternatives) };
  return undefined;
};

/** What a reader of a beta should know about the version it follows: its last day and any note on it. */
function endedBefore(previous: VersionState | undefined): string[] {
  if (!previous || previous.phase !== 'ended' || !previous.version.lastDay) return [];
  return [
    `The last day to sit ${previous.code} was ${formatLifecycleDate(previous.version.lastDay)}.`,
    ...(previous.version.note ? [previous.version.note] : []),
  ];
}

/** The notices for a certification on the build day, most urgent first. */
export function certificationNotices(
  cert: Cert,
  names: ReadonlyMap<string, Cert>,
  today: Day,
  validityYears: number,
): Notice[] {
  const validity = yearsSpelledOut(validityYears);
  const notices: Notice[] = [];
  const { current, next } = cert;
  const headline = cert.exam;
  const finalDay = cert.versions[0]?.lastDay;

  if (cert.status === 'retired') {
    const last = headline.version.lastDay;
    notices.push({
      kind: 'retired',
      title: 'Retired.',
      sentences: [
        last
          ? `The last day to sit ${headline.code} was ${formatLifecycleDate(last)}.`
          : `${headline.code} can no longer be sat.`,
        `Holders keep the certification until it expires, ${validity} after they earned it, but it can no longer be earned or renewed.`,
        ...(cert.retirement?.note ? [cert.retirement.note] : []),
      ],
      links: goInstead(cert, names),
    });
  } else if (cert.status === 'retiring' && finalDay) {
    notices.push({
      kind: 'retiring',
      title: 'Retiring.',
      sentences: [
        `AWS is retiring ${cert.shortName}. The last day to sit ${headline.code} is ${formatLifecycleDate(finalDay)}.`,
        `Certifications earned by then stay valid until they expire, ${validity} after they were earned, but renewal by passing the exam ends on the last day.`,
        ...(cert.retirement?.note ? [cert.retirement.note] : []),
      ],
      links: goInstead(cert, names),
    });
  }

  if (current?.phase === 'beta') {
    const standard = current.version.availableFrom;
    notices.push({
      kind: 'beta',
      title: 'In beta.',
      sentences: [
        `${current.code} is in beta${current.version.appointmentCode ? `, booked as ${current.version.appointmentCode}` : ''}: ${betaFormat(current)}.`,
        standard
          ? endSentence(
              `${isExpected(standard) ? 'The standard exam is' : 'The standard exam opens'} ${dateInProse(standard)}${isExpected(standard) ? `, not yet confirmed: ${standard.note}` : ''}`,
            )
          : 'AWS has not announced when the standard exam opens.',
        'Beta results arrive only after the beta closes, and a beta can be sat only once.',
        ...endedBefore(cert.previous[0]),
      ],
    });
  }

  if (cert.status === 'upcoming') {
    const opens = headline.version.beta?.from ?? headline.version.availableFrom;
    notices.push({
      kind: 'upcoming',
      title: 'Announced.',
      sentences: [
        opens
          ? `${headline.code} opens ${dateInProse(opens)}.`
          : `AWS has announced ${headline.code} but not yet when it opens.`,
      ],
    });
  }

  if (current && next) {
    const start = next.version.availableFrom ?? next.version.beta?.from;
    const lastDay = current.version.lastDay;
    notices.push({
      kind: 'next-version',
      title: 'New version coming.',
      sentences: [
        start
          ? `${next.code} ${next.version.availableFrom ? 'replaces' : 'opens as a beta beside'} ${current.code} ${dateInProse(start)}.`
          : `AWS has announced ${next.code} as the next version but has not given its dates.`,
        ...(lastDay ? [`The last day to sit ${current.code} is ${formatLifecycleDate(lastDay)}.`] : []),
        'Study for the version you will actually sit: its outline is under Exam versions below.',
      ],
    });
  }

  // A version that has just taken over: say what it replaced, and when the old one ends or ended.
  const replaced = current && cert.previous[0];
  if (current && replaced && current.version.availableFrom) {
    const since = daysBetweenDays(latestDay(current.version.availableFrom), today);
    const oldLastDay = replaced.version.lastDay;
    if (since >= 0 && since <= RECENT_CHANGE_DAYS) {
      notices.push({
        kind: 'replaced',
        title: 'New version.',
        sentences: [
          `${current.code} replaced ${replaced.code} ${dateInProse(current.version.availableFrom)}.`,
          ...(oldLastDay
            ? [
                replaced.phase === 'ended'
                  ? `The last day to sit ${replaced.code} was ${formatLifecycleDate(oldLastDay)}.`
                  : `${replaced.code} can still be sat until ${formatLifecycleDate(oldLastDay)}.`,
              ]
            : []),
          'Exam versions below lists what changed.',
        ],
      });
    }
  }

  for (const former of cert.formerNames) {
    const oldCodes = cert.versionStates
      .filter((v) => v.version.lastDay && latestDay(v.version.lastDay) <= latestDay(former.until))
      .map((v) => v.code);
    notices.push({
      kind: 'renamed',
      title: 'Renamed.',
      sentences: [
        `Until ${formatLifecycleDate(former.until)} this certification was called ${former.name}${oldCodes.length ? ` (exam ${joinWords(oldCodes)})` : ''}. It is now ${cert.title}.`,
        'Holders of the old title stay certified until their certification expires.',
      ],
    });
  }
  return notices;
}
