/*
 * Exam facts that guides quote, computed from the certification files on the build day: the question types of each
 * exam a reader can book, the pass marks by category, one exam's format in a sentence and its domain weights. A guide
 * that renders them never repeats a figure that a new version or a revised exam guide could change. Lists stop at
 * PER_CATEGORY_LIMIT exams a category and link to the category page for the rest, so a guide's weight does not grow
 * with the catalogue.
 */
import { categories, type Category } from '../../schemas/enums.ts';
import { certsMatching } from './catalogue-facts.ts';
import type { Cert } from './catalogue.ts';
import { disputedReadings, formatFigure, unverifiedNote, type FactKey } from './facts.ts';
import {
  capitalise,
  categoryLabels,
  formatUsd,
  joinWords,
  NOT_YET_CONFIRMED,
  questionTypeLabels,
} from '../site/format.ts';
import type { VersionState } from './lifecycle.ts';
import { firstOf } from '../site/pagination.ts';
import { routes } from '../site/routes.ts';

/** A piece of a phrase built from the data: text as is, a link, or the "unverified" mark for the figure before it. */
export type FactSegment = string | { label: string; href: string } | { unverified: string; href: string };

/** The version a guide quotes for a certification: the one a reader would sit today, else the one its page leads with. */
export const quotedVersion = (cert: Cert): VersionState => cert.current ?? cert.exam;

/** A version's code as a reader books it, with its phase when that matters: "MLA-C02 (in beta)". */
const versionLabel = (state: VersionState): string => (state.phase === 'beta' ? `${state.code} (in beta)` : state.code);

/** Where a guide's "unverified" mark points: the certification page's list of unconfirmed facts. */
const unverifiedHref = (cert: Cert): string => `${routes.certification(cert.slug)}#unverified-facts`;

/** The "unverified" mark for a fact of a version, or nothing when the fact is confirmed. */
function markFor(cert: Cert, fact: FactKey, state: VersionState): FactSegment[] {
  const note = unverifiedNote(cert, fact, state);
  return note ? [{ unverified: note, href: unverifiedHref(cert) }] : [];
}

/** Joins phrases, each a list of segments, as prose: "a", "a and b", "a, b and c". */
function joinPhrases(phrases: readonly FactSegment[][], last = 'and'): FactSegment[] {
  return phrases.flatMap((phrase, i) => [
    ...(i === 0 ? [] : [i === phrases.length - 1 ? ` ${last} ` : ', ']),
    ...phrase,
  ]);
}

/** "3 more Associate certifications", linked to the category page: what a shortened list leaves out. */
function moreLink(category: Category, more: number): { label: string; href: string } {
  return { label: `${more} more ${categoryLabels[category]} certifications`, href: routes.category(category) };
}

/** One row of the table of question types: a bookable certification and the version a reader would sit. */
export interface QuestionTypesRow {
  kind: 'exam';
  name: string;
  href: string;
  /** "SAA-C03", or "MLA-C02 (in beta)". */
  version: string;
  /** "65 (50 scored, 15 unscored)", or "Not yet confirmed". */
  questions: string;
  questionsUnverified?: string;
  /** "Multiple choice and multiple response", or "Not yet confirmed". */
  types: string;
  typesUnverified?: string;
  /** Where the unverified marks of the row point. */
  unverifiedHref: string;
}

/** The row that ends a category shortened at PER_CATEGORY_LIMIT: a link to the rest. */
export interface QuestionTypesMoreRow {
  kind: 'more';
  label: string;
  href: string;
}

/**
 * Every certification a reader can book on the build day, in catalogue order, with its questions and their types;
 * past PER_CATEGORY_LIMIT in a category, one row links to the category page instead.
 */
export function questionTypesRows(certs: readonly Cert[]): (QuestionTypesRow | QuestionTypesMoreRow)[] {
  return categories.flatMap((category) => {
    const { shown, more } = firstOf(certsMatching(certs, { category, status: 'bookable' }));
    const rows: (QuestionTypesRow | QuestionTypesMoreRow)[] = shown.map(questionTypesRow);
    return more > 0 ? [...rows, { kind: 'more' as const, ...moreLink(category, more) }] : rows;
  });
}

/** The row of one certification, for the version a reader would sit. */
function questionTypesRow(cert: Cert): QuestionTypesRow {
  const state = quotedVersion(cert);
  const types = state.format.questionTypes;
  const questionsNote = unverifiedNote(cert, 'questions', state);
  const typesNote = unverifiedNote(cert, 'questionTypes', state);
  return {
    kind: 'exam',
    name: cert.shortName,
    href: routes.certification(cert.slug),
    version: versionLabel(state),
    questions: formatFigure('questions', state.format) ?? NOT_YET_CONFIRMED,
    ...(questionsNote ? { questionsUnverified: questionsNote } : {}),
    types: types ? capitalise(joinWords(types.map((t) => questionTypeLabels[t]))) : NOT_YET_CONFIRMED,
    ...(typesNote ? { typesUnverified: typesNote } : {}),
    unverifiedHref: unverifiedHref(cert),
  };
}

/** The pass marks of one category: its label and the phrase that follows it. */
export interface PassingScoreLine {
  category: Category;
  label: string;
  segments: FactSegment[];
}

/** What one exam's pass mark reads: a score, AWS's disagreeing readings, or nothing published. */
function passMarkReading(state: VersionState): { key: string; text: string | undefined; disputed: boolean } {
  const disputed = disputedReadings('passingScore', state);
  const conflict = state.version.conflicts?.find((c) => c.fact === 'passingScore');
  if (disputed && conflict) {
    const text = joinWords(
      conflict.readings.map((r) => `${r.value} according to ${r.where}`),
      'or',
    );
    return { key: `disputed:${text}`, text, disputed: true };
  }
  const score = state.format.passingScore;
  return score === undefined
    ? { key: 'unknown', text: undefined, disputed: false }
    : { key: `score:${score}`, text: String(score), disputed: false };
}

/**
 * The pass marks of the exams a reader can book, one line per category in category order: "Associate: 720", or, when
 * a category's exams differ, each mark with the versions it applies to ("750 for SCS-C03; for ANS-C01, 700 according
 * to AWS's exam guide or 750 according to AWS's exam page"), and "not yet confirmed for SAP-C03" where AWS has not
 * published one. A category with nothing to book has no line.
 */
export function passingScoreLines(certs: readonly Cert[]): PassingScoreLine[] {
  return categories.flatMap((category) => {
    const exams = certsMatching(certs, { category, status: 'bookable' }).map((cert) => {
      const state = quotedVersion(cert);
      return { cert, state, reading: passMarkReading(state), mark: markFor(cert, 'passingScore', state) };
    });
    if (exams.length === 0) return [];
    type Exam = (typeof exams)[number];
    const groups = new Map<string, Exam[]>();
    for (const exam of exams) groups.set(exam.reading.key, [...(groups.get(exam.reading.key) ?? []), exam]);
    // Agreed marks first, then those AWS's pages disagree on, then exams without one; catalogue order within each.
    const rank = (group: Exam[]) => {
      const reading = group[0]?.reading;
      return reading?.text === undefined ? 2 : reading.disputed ? 1 : 0;
    };
    const ordered = [...groups.values()].sort((a, b) => rank(a) - rank(b));
    const codes = (group: Exam[]) => {
      const { shown, more } = firstOf(group);
      const listed = shown.map((e): FactSegment[] => [
        { label: e.state.code, href: routes.certification(e.cert.slug) },
        ...e.mark,
      ]);
      return joinPhrases(more > 0 ? [...listed, [{ label: `${more} more`, href: routes.category(category) }]] : listed);
    };
    const [only] = ordered;
    const parts: FactSegment[][] =
      ordered.length === 1 &&
      only &&
      only[0]?.reading.text &&
      !only[0].reading.disputed &&
      only.every((e) => !e.mark.length)
        ? [[only[0].reading.text]]
        : ordered.map((group) => {
            const { text, disputed } = group[0]?.reading ?? { text: undefined, disputed: false };
            if (text === undefined) return ['not yet confirmed for ', ...codes(group)];
            return disputed ? ['for ', ...codes(group), `, ${text}`] : [`${text} for `, ...codes(group)];
          });
    const segments = parts.flatMap((part, i) => [...(i === 0 ? [] : ['; ']), ...part]);
    return [{ category, label: categoryLabels[category], segments }];
  });
}

/**
 * One certification's exam in a sentence, for the version a reader would sit: "DVA-C03 runs for 130 minutes, has 65
 * questions (50 scored, 15 unscored), costs USD 150 and needs a pass mark of 720", with an "unverified" mark after a
 * figure that is not confirmed, AWS's readings where its pages disagree, and what is not yet published named at the
 * end. `named` leads with the certification's name: "Developer – Associate (DVA-C03) runs for 130 minutes, …".
 */
export function examFormatSegments(cert: Cert, options: { named?: boolean } = {}): FactSegment[] {
  const state = quotedVersion(cert);
  const { format } = state;
  const questions = formatFigure('questions', format);
  const passMark = passMarkReading(state).text;
  const figures: { fact: FactKey; missing: string; clause: string | undefined }[] = [
    {
      fact: 'minutes',
      missing: 'length',
      clause: format.minutes === undefined ? undefined : `runs for ${format.minutes} minutes`,
    },
    {
      fact: 'questions',
      missing: 'question count',
      clause: questions && `has ${questions.replace(/^(\d+)/, '$1 questions')}`,
    },
    {
      fact: 'priceUsd',
      missing: 'price',
      clause: format.priceUsd === undefined ? undefined : `costs ${formatUsd(format.priceUsd)}`,
    },
    { fact: 'passingScore', missing: 'pass mark', clause: passMark && `needs a pass mark of ${passMark}` },
  ];
  const known = figures.flatMap((f) => (f.clause === undefined ? [] : [[f.clause, ...markFor(cert, f.fact, state)]]));
  const missing = figures.filter((f) => f.clause === undefined).map((f) => f.missing);
  const href = routes.certification(cert.slug);
  const subject: FactSegment[] = options.named
    ? [{ label: cert.shortName, href }, ` (${state.code}${state.phase === 'beta' ? ', in beta' : ''})`]
    : [{ label: versionLabel(state), href }];
  if (known.length === 0) return [...subject, ` has no confirmed ${joinWords(missing, 'or')} yet`];
  const unconfirmed = missing.length
    ? [`; its ${joinWords(missing)} ${missing.length === 1 ? 'is' : 'are'} not yet confirmed`]
    : [];
  return [...subject, ' ', ...joinPhrases(known), ...unconfirmed];
}

/**
 * The exams of one category that a reader can book, in catalogue order, each as a sentence led by its name
 * ("Cloud Practitioner (CLF-C02) runs for 90 minutes, …"); past PER_CATEGORY_LIMIT, a last line links to the rest.
 */
export function categoryExamFormats(certs: readonly Cert[], category: Category): FactSegment[][] {
  const { shown, more } = firstOf(certsMatching(certs, { category, status: 'bookable' }));
  const lines = shown.map((cert) => examFormatSegments(cert, { named: true }));
  return more > 0 ? [...lines, [moreLink(category, more)]] : lines;
}

/**
 * The domains of the version a reader would sit, with their share of the scored questions: "Development with AWS
 * Services (30%), Security (26%), … and Troubleshooting and Optimization (22%)"; "not yet confirmed" before AWS
 * publishes the outline.
 */
export function domainWeightSegments(cert: Cert): FactSegment[] {
  const state = quotedVersion(cert);
  const domains = state.version.domains;
  if (!domains?.length) return [NOT_YET_CONFIRMED.toLowerCase()];
  return [
    ...joinPhrases(domains.map((d) => [d.weight === undefined ? d.name : `${d.name} (${d.weight}%)`])),
    ...markFor(cert, 'domains', state),
  ];
}
