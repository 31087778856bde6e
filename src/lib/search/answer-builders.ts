/*
 * The answers themselves, built as plain data from /data/search-answers/index.json and a reading of the query
 * (answers.ts). The browser loads this module only when a query asks a question or compares exams.
 */
import { capitalise, categoryLabels, countInWords, deliveryLabels, formatUsd, joinWords } from '../site/format.ts';
import { daysInFigures, yearsSpelledOut } from '../catalogue/programme.ts';
import {
  readQuery,
  type DisputedFigure,
  type AnswerExam,
  type AnswerItem,
  type AnswerKind,
  type QueryReading,
  type SearchAnswerDocument,
  type SearchAnswer,
} from './answers.ts';

const minutesText = (m: number) => `${m} minutes`;
const minutesOf = (e: AnswerExam) => (e.minutes === undefined ? undefined : minutesText(e.minutes));
const questionsText = (e: AnswerExam) =>
  e.questions === undefined
    ? undefined
    : e.scoredQuestions !== undefined && e.scoredQuestions !== e.questions
      ? `${e.questions} questions (${e.scoredQuestions} scored)`
      : `${e.questions} questions`;
const priceText = (e: AnswerExam) =>
  e.priceUsd === undefined
    ? 'fee not yet published'
    : e.standardUsd !== undefined && e.standardUsd !== e.priceUsd
      ? `${formatUsd(e.priceUsd)} in beta; ${formatUsd(e.standardUsd)} once standard`
      : formatUsd(e.priceUsd);
/** Text in which a figure is never parted from its unit at the end of a line ("USD 150", "130 minutes"). */
const keepFigures = (text: string) =>
  text.replace(/(USD) (\d)|(\d) (minutes|questions|scored)/g, (_, usd, n, m, unit) =>
    usd ? `${usd}\u00a0${n}` : `${m}\u00a0${unit}`,
  );
/** The figures of an item, joined. */
const detail = (...parts: (string | undefined)[]) => keepFigures(parts.filter(Boolean).join(' · '));
/** "AWS's pages disagree: 700 or 750" where they do, so an answer never picks one reading silently. */
const disputeOf = (e: AnswerExam, figure: DisputedFigure, format: (n: number) => string) => {
  const readings = e.disputed?.[figure];
  return readings ? `AWS's pages disagree: ${joinWords(readings.map(format), 'or')}` : undefined;
};
const item = (e: AnswerExam, text?: string): AnswerItem => ({
  label: e.name,
  href: e.href,
  detail: text,
  beta: e.status === 'beta',
});
const names = (exams: readonly AnswerExam[]) => joinWords(exams.map((e) => e.name));
const factsOf = (e: AnswerExam) => ({ label: `The exam facts of ${e.name}`, href: e.href });

/** Groups exams by a figure in ascending order, with those lacking it last under `missing`. */
function groupBy(
  exams: readonly AnswerExam[],
  figure: (e: AnswerExam) => number | undefined,
  heading: (n: number) => string,
  text: (e: AnswerExam) => string | undefined,
  missing: string,
): SearchAnswer['groups'] {
  const values = [...new Set(exams.map(figure).filter((n): n is number => n !== undefined))].sort((a, b) => a - b);
  const groups = values.map((n) => ({
    heading: heading(n),
    items: exams.filter((e) => figure(e) === n).map((e) => item(e, text(e))),
  }));
  const without = exams.filter((e) => figure(e) === undefined);
  return without.length > 0 ? [...groups, { heading: missing, items: without.map((e) => item(e)) }] : groups;
}

/** The exams an answer is about: those named, else the bookable ones (of the named category, if any). */
function examsInScope(reading: Pick<QueryReading, 'exams' | 'category'>, doc: SearchAnswerDocument): AnswerExam[] {
  if (reading.exams.length > 0) return reading.exams;
  const bookable = doc.exams.filter((e) => e.bookable);
  const inCategory = reading.category ? bookable.filter((e) => e.category === reading.category) : [];
  return inCategory.length > 0 ? inCategory : bookable;
}

const scopeLabel = (reading: Pick<QueryReading, 'exams' | 'category'>, exams: readonly AnswerExam[]) =>
  reading.exams.length > 0
    ? names(exams)
    : reading.category && exams.every((e) => e.category === reading.category)
      ? `${categoryLabels[reading.category]} exams`
      : undefined;

type Builder = (doc: SearchAnswerDocument, reading: QueryReading) => SearchAnswer;

const builders: Record<AnswerKind, Builder> = {
  start: (doc) => {
    const foundational = doc.categories.find((c) => c.id === 'foundational');
    const exams = doc.exams.filter((e) => e.bookable && e.category === 'foundational');
    const label = categoryLabels.foundational;
    const primary = doc.links.choosing ?? doc.links.pathFinder;
    const more = [
      doc.links.pathFinder,
      ...(foundational ? [{ label: `${label} exams`, href: foundational.href }] : []),
    ];
    return {
      kind: 'start',
      title: exams.length > 0 ? `Start with a ${label} exam` : 'Where to start',
      summary: foundational ? [foundational.summary] : [],
      groups:
        exams.length > 0
          ? [
              {
                heading: `${label} exams you can book`,
                items: exams.map((e) => item(e, detail(e.code, priceText(e), minutesOf(e)))),
              },
            ]
          : [],
      primary,
      more: more.filter((l) => l.href !== primary.href),
    };
  },

  price: (doc, reading) => {
    const exams = examsInScope(reading, doc);
    const scope = scopeLabel(reading, exams);
    const fees = doc.categories
      .filter((c) => c.feeUsd !== undefined)
      .map((c) => `${categoryLabels[c.id]} ${formatUsd(c.feeUsd ?? 0)}`);
    const summary = [
      ...(scope ? [] : [`Standard fees by category: ${joinWords(fees)}, before tax.`]),
      `A pass earns ${doc.programme.voucherPercentOff}% off a later exam.`,
    ];
    return {
      kind: 'price',
      title: scope ? `What ${scope} cost${exams.length === 1 ? 's' : ''}` : 'Exam fees, cheapest first',
      summary,
      groups:
        reading.exams.length > 0
          ? [
              {
                heading: 'Fee',
                items: exams.map((e) => item(e, detail(e.code, priceText(e), disputeOf(e, 'priceUsd', formatUsd)))),
              },
            ]
          : groupBy(
              exams,
              (e) => e.priceUsd,
              formatUsd,
              (e) =>
                detail(
                  e.code,
                  e.standardUsd === undefined ? undefined : priceText(e),
                  disputeOf(e, 'priceUsd', formatUsd),
                ),
              'Fee not yet published',
            ),
      primary: doc.links.costs ?? doc.links.catalogue,
      more: [doc.links.planner],
    };
  },

  voucher: (doc, reading) => {
    const percent = doc.programme.voucherPercentOff;
    const off = (usd: number) => formatUsd(Math.round(usd * (100 - percent)) / 100);
    const groups: SearchAnswer['groups'] =
      reading.exams.length > 0
        ? [
            {
              heading: 'With the voucher',
              items: reading.exams.map((e) =>
                item(e, e.priceUsd === undefined ? 'fee not yet published' : `${priceText(e)}; ${off(e.priceUsd)}`),
              ),
            },
          ]
        : [];
    const examples = doc.categories
      .filter((c) => c.feeUsd !== undefined)
      .map((c) => `${categoryLabels[c.id]} ${formatUsd(c.feeUsd ?? 0)} becomes ${off(c.feeUsd ?? 0)}`);
    return {
      kind: 'voucher',
      title: `${percent}% off your next exam`,
      summary: [
        `Each pass earns a voucher for ${percent}% off one later exam: a renewal or any other exam.`,
        ...(reading.exams.length === 0 && examples.length > 0 ? [`${joinWords(examples)}.`] : []),
      ],
      groups,
      primary: doc.links.costs ?? doc.links.catalogue,
      more: [doc.links.planner],
    };
  },

  validity: (doc, reading) => {
    const years = doc.programme.validityYears;
    const bySlug = new Map(doc.exams.map((e) => [e.slug, e]));
    return {
      kind: 'validity',
      title: `A certification lasts ${yearsSpelledOut(years)}`,
      summary: [
        `Each AWS certification is valid for ${yearsSpelledOut(years)} from the day you pass.`,
        'To renew one, pass the latest exam of a certification that renews it (often its own) before it expires; some have other options, listed on their pages.',
      ],
      groups:
        reading.exams.length > 0
          ? [
              {
                heading: 'Renewed by passing the latest exam of',
                items: reading.exams.map((e) => {
                  const renewers = e.renewedBy.flatMap((s) => bySlug.get(s)?.name ?? []);
                  return item(e, renewers.length > 0 ? joinWords(renewers, 'or') : 'no renewal recorded');
                }),
              },
            ]
          : [],
      primary: doc.links.costs ?? doc.links.catalogue,
      more: [{ label: 'When yours expire: the planner', href: doc.links.planner.href }],
    };
  },

  retake: (doc, reading) => {
    const p = doc.programme;
    return {
      kind: 'retake',
      title: `Wait ${daysInFigures(p.retakeWaitDays)} to retake`,
      summary: [
        `After a failed attempt you can sit the exam again after ${daysInFigures(p.retakeWaitDays)}, as often as you need; each attempt costs the full fee.`,
        `After a pass, the same exam cannot be sat again for ${yearsSpelledOut(p.afterPassYears)} unless a new version appears.`,
      ],
      groups:
        reading.exams.length > 0
          ? [{ heading: 'Fee of each attempt', items: reading.exams.map((e) => item(e, detail(e.code, priceText(e)))) }]
          : [],
      primary: doc.links.examsWork ?? doc.links.costs ?? doc.links.catalogue,
      more: doc.links.costs && doc.links.examsWork ? [doc.links.costs] : [],
    };
  },

  languages: (doc, reading) => {
    const exams = examsInScope(reading, doc);
    const known = exams.filter((e) => e.languages && e.languages.length > 0);
    const unknown = exams.filter((e) => !e.languages || e.languages.length === 0);
    const unrecorded =
      unknown.length > 0 ? [{ heading: 'Languages not recorded', items: unknown.map((e) => item(e)) }] : [];
    const named = reading.languageNamed;
    if (named && reading.exams.length === 0) {
      const offered = known.filter((e) => e.languages?.some((l) => reading.languages.includes(l)));
      const language = reading.languages.length > 0 ? joinWords(reading.languages, 'or') : named;
      return {
        kind: 'languages',
        title: `Exams in ${language}`,
        summary: [
          offered.length > 0
            ? `${capitalise(countInWords(offered.length))} ${offered.length === 1 ? 'exam you can book is' : 'exams you can book are'} offered in ${language}, as far as our sources record.`
            : `None of the exams whose languages we know is offered in ${language}.`,
          ...(unknown.length > 0 ? ["For the others we have no list of languages: check AWS's exam page."] : []),
        ],
        groups: [
          ...(offered.length > 0
            ? [{ heading: `Offered in ${language}`, items: offered.map((e) => item(e, e.code)) }]
            : []),
          ...unrecorded,
        ],
        primary: offered[0] ? factsOf(offered[0]) : doc.links.catalogue,
        more: offered[0] ? [doc.links.catalogue] : [],
      };
    }
    return {
      kind: 'languages',
      title: 'Exam languages',
      summary: ["We record an exam's languages where a source lists them; for the others, check AWS's exam page."],
      groups: [
        ...(known.length > 0
          ? [{ heading: 'Languages', items: known.map((e) => item(e, joinWords(e.languages ?? []))) }]
          : []),
        ...unrecorded,
      ],
      primary: known[0] ? factsOf(known[0]) : doc.links.catalogue,
      more: known[0] ? [doc.links.catalogue] : [],
    };
  },

  length: (doc, reading) => {
    const exams = examsInScope(reading, doc);
    const scope = scopeLabel(reading, exams);
    const minutes = exams.flatMap((e) => (e.minutes === undefined ? [] : [e.minutes]));
    const low = Math.min(...minutes);
    const high = Math.max(...minutes);
    return {
      kind: 'length',
      title: scope ? `How long ${scope} ${exams.length === 1 ? 'is' : 'are'}` : 'Exam length and questions',
      summary:
        minutes.length > 1 && low !== high && !scope
          ? [`Exams you can book run from ${minutesText(low)} to ${minutesText(high)}.`]
          : [],
      groups:
        reading.exams.length > 0
          ? [
              {
                heading: 'Length',
                items: exams.map((e) =>
                  item(
                    e,
                    detail(
                      e.code,
                      minutesOf(e) ?? 'length not yet published',
                      questionsText(e),
                      disputeOf(e, 'minutes', minutesText),
                    ),
                  ),
                ),
              },
            ]
          : groupBy(
              exams,
              (e) => e.minutes,
              minutesText,
              (e) => detail(questionsText(e), disputeOf(e, 'minutes', minutesText)),
              'Length not yet published',
            ),
      primary: doc.links.examsWork ?? doc.links.catalogue,
      more: doc.links.examsWork ? [doc.links.catalogue] : [],
    };
  },

  'passing-score': (doc, reading) => {
    const exams = examsInScope(reading, doc);
    const scope = scopeLabel(reading, exams);
    return {
      kind: 'passing-score',
      title: scope ? `The pass mark of ${scope}` : 'Passing scores',
      summary: ['Scores run from 100 to 1000, and each exam sets its own pass mark.'],
      groups: groupBy(
        exams,
        (e) => e.passingScore,
        (n) => `${n} of 1000`,
        (e) => detail(e.code, disputeOf(e, 'passingScore', String)),
        'Pass mark not yet published',
      ),
      primary: doc.links.examsWork ?? doc.links.catalogue,
      more: doc.links.examsWork ? [doc.links.catalogue] : [],
    };
  },

  delivery: (doc, reading) => {
    const exams = examsInScope(reading, doc);
    const ways = new Map<string, AnswerExam[]>();
    for (const exam of exams) {
      const label = exam.delivery?.length ? joinWords(exam.delivery.map((d) => deliveryLabels[d])) : '';
      ways.set(label, [...(ways.get(label) ?? []), exam]);
    }
    const groups = [...ways.entries()]
      .sort(([a, x], [b, y]) => (a === '' ? 1 : b === '' ? -1 : y.length - x.length))
      .map(([label, list]) => ({
        heading: label ? label.charAt(0).toUpperCase() + label.slice(1) : 'Delivery not recorded',
        items: list.map((e) => item(e, e.code)),
      }));
    return {
      kind: 'delivery',
      title: 'Where you can sit the exams',
      summary: ['How each exam can be sat, as our sources record it.'],
      groups,
      primary: doc.links.examsWork ?? doc.links.catalogue,
      more: doc.links.examsWork ? [doc.links.catalogue] : [],
    };
  },
};

/**
 * Most exams a group of an answer lists; the rest are counted and sent to the catalogue, so an answer (and its built
 * page) stays the same size however large the catalogue grows.
 */
export const MAX_ANSWER_ITEMS = 12;

/** An answer as its builder makes it, with the figures of its sentences kept whole and its groups capped. */
function built(kind: AnswerKind, doc: SearchAnswerDocument, reading: QueryReading): SearchAnswer {
  const view = builders[kind](doc, reading);
  const groups = view.groups.map((group) =>
    group.items.length <= MAX_ANSWER_ITEMS
      ? group
      : {
          ...group,
          items: [
            ...group.items.slice(0, MAX_ANSWER_ITEMS - 1),
            {
              label: `${group.items.length - MAX_ANSWER_ITEMS + 1} more in the catalogue`,
              href: doc.links.catalogue.href,
            },
          ],
        },
  );
  return { ...view, summary: view.summary.map(keepFigures), groups };
}

/** The answer a built page gives for a kind of question, with nothing in the query to narrow it. */
export function answerOfKind(kind: AnswerKind, doc: SearchAnswerDocument): SearchAnswer {
  return built(kind, doc, {
    kind,
    exams: [],
    category: undefined,
    languages: [],
    languageNamed: undefined,
    compare: false,
    indexQuery: '',
  });
}

/** Two to four exams side by side: the comparison page of a pair, or the comparison tool with all of them. */
function comparison(doc: SearchAnswerDocument, reading: QueryReading): SearchAnswer {
  const [first] = reading.exams;
  const others =
    reading.exams.length >= 2
      ? reading.exams.slice(1)
      : doc.exams.filter((e) => e.bookable && e.category === reading.category && e.slug !== first?.slug);
  const exams = [...(first ? [first] : []), ...others].slice(0, doc.maxCompared);
  const pairHref = (a: AnswerExam, b: AnswerExam) =>
    doc.pairs.find(([x, y]) => (x === a.slug && y === b.slug) || (x === b.slug && y === a.slug))?.[2];
  const [a, b] = exams;
  const pair = exams.length === 2 && a && b ? pairHref(a, b) : undefined;
  const all = `${doc.compareWith}${exams.map((e) => e.slug).join(',')}`;
  const pairPages = first
    ? exams.slice(1).flatMap((other) => {
        const href = pairHref(first, other);
        return href ? [{ label: `${first.name} vs ${other.name}`, href }] : [];
      })
    : [];
  const title =
    reading.exams.length >= 2 || !reading.category
      ? exams.map((e) => e.name).join(' vs ')
      : `${first?.name ?? ''} vs the ${categoryLabels[reading.category]} exams`;
  return {
    kind: 'compare',
    title,
    summary: [],
    groups: [
      {
        heading: 'Side by side',
        items: exams.map((e) => item(e, detail(e.code, categoryLabels[e.category], minutesOf(e), priceText(e)))),
      },
    ],
    primary: {
      label: exams.length === 2 ? 'Compare the two in full' : `Compare all ${exams.length} in full`,
      href: pair ?? all,
    },
    more: exams.length > 2 ? pairPages.slice(0, 3) : [],
  };
}

/** The answer for what the reader typed, or undefined when it asks none of the questions above. */
export function answerFor(
  query: string,
  doc: SearchAnswerDocument,
  reading = readQuery(query, doc),
): SearchAnswer | undefined {
  const compared = reading.compare ? comparison(doc, reading) : undefined;
  if (reading.kind) {
    const answer = built(reading.kind, doc, reading);
    return compared ? { ...answer, more: [compared.primary, ...answer.more] } : answer;
  }
  return compared;
}
