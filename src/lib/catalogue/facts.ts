import type { CertificationFact, ExamFormat, VersionFact } from '../../schemas/certification.ts';
import { totalQuestions, type Cert } from './catalogue.ts';
import {
  capitalise,
  categoryLabels,
  deliveryLabels,
  formatLifecycleDate,
  formatUsd,
  joinWords,
  NOT_RECORDED,
  NOT_YET_CONFIRMED,
  phaseLabels,
  questionTypeLabels,
  statusLabels,
} from '../site/format.ts';
import type { VersionState } from './lifecycle.ts';

/** Every fact a page can show or flag as unverified. */
export type FactKey = 'code' | 'category' | 'status' | VersionFact | CertificationFact;

/** The one map from fact keys to the words a reader sees: facts tables, unverified lists and comparisons use it. */
export const factLabels: Record<FactKey, string> = {
  code: 'Exam code',
  category: 'Category',
  status: 'Status',
  announced: 'Announced',
  beta: 'Beta',
  availableFrom: 'Standard exam from',
  lastDay: 'Last day to sit it',
  minutes: 'Length',
  questions: 'Questions',
  questionTypes: 'Question types',
  priceUsd: 'Price',
  passingScore: 'Passing score',
  languages: 'Languages',
  delivery: 'Delivery',
  domains: 'Exam domains',
  tasks: 'Task statements',
  recommendedExperience: 'Recommended experience',
  coveredServices: 'Services in scope',
  recertification: 'Renewal',
  successors: 'Successors',
  retirement: 'Retirement',
};

/** One labelled fact, ready to render in a list or a comparison table. */
export interface FactRow {
  /** Stable key, shared across certifications so rows line up in comparisons. */
  key: FactKey;
  label: string;
  value: string;
  /** Set when the entry lists this fact as unconfirmed. */
  unverified?: string;
  /** Set when AWS's own pages disagree on this figure: every reading, with the page that gives it. */
  readings?: FactReading[];
}

/** One reading of a figure AWS's pages disagree on, worded for readers. */
export interface FactReading {
  value: string;
  where: string;
  url: string;
}

/** How one format field reads, or undefined when AWS has not published it. */
const formatValues: Record<
  'minutes' | 'questions' | 'questionTypes' | 'priceUsd' | 'passingScore' | 'delivery' | 'languages',
  (format: ExamFormat) => string | undefined
> = {
  minutes: (f) => (f.minutes === undefined ? undefined : `${f.minutes} minutes`),
  questions: (f) => {
    const total = totalQuestions(f);
    if (total === undefined) return undefined;
    const q = f.questions;
    return q?.scored !== undefined && q.unscored !== undefined
      ? `${total} (${q.scored} scored, ${q.unscored} unscored)`
      : String(total);
  },
  questionTypes: (f) => f.questionTypes && capitalise(joinWords(f.questionTypes.map((t) => questionTypeLabels[t]))),
  priceUsd: (f) => (f.priceUsd === undefined ? undefined : formatUsd(f.priceUsd)),
  passingScore: (f) => (f.passingScore === undefined ? undefined : `${f.passingScore} of 1000`),
  delivery: (f) => f.delivery && capitalise(joinWords(f.delivery.map((d) => deliveryLabels[d]))),
  languages: (f) => f.languages && joinWords(f.languages),
};

/** One format figure as a facts table shows it ("130 minutes", "65 (50 scored, 15 unscored)"); undefined when unpublished. */
export const formatFigure = (key: keyof typeof formatValues, format: ExamFormat): string | undefined =>
  formatValues[key](format);

/**
 * The readings of a standard-exam figure AWS's own pages disagree on, each formatted as the figure alone would be;
 * undefined when they agree (or while a beta sets the figure on its own).
 */
export function disputedReadings(key: FactKey, state: VersionState): FactReading[] | undefined {
  const conflict = state.version.conflicts?.find((c) => c.fact === key);
  if (!conflict || (state.phase === 'beta' && state.version.beta?.format?.[conflict.fact] !== undefined)) {
    return undefined;
  }
  const read = formatValues[conflict.fact];
  return conflict.readings.map((r) => ({
    value: read({ [conflict.fact]: r.value }) ?? String(r.value),
    where: r.where,
    url: r.url,
  }));
}

/** A disputed figure in one line of text: "700 of 1000 (AWS's exam guide) or 750 of 1000 (AWS's exam page)". */
export const readingsText = (readings: readonly FactReading[]): string =>
  joinWords(
    readings.map((r) => `${r.value} (${r.where})`),
    'or',
  );

/** The unverified note for a fact of a certification or of one of its versions. */
export function unverifiedNote(cert: Cert, fact: FactKey, version: VersionState = cert.exam): string | undefined {
  return (
    version.version.unverified.find((u) => u.fact === fact)?.note ?? cert.unverified.find((u) => u.fact === fact)?.note
  );
}

/**
 * A format value in force during a phase. In beta, a figure the beta sets on its own reads "USD 75 in beta; USD 150
 * once standard" (no nested brackets when the figure has its own); a facet AWS has not published reads "Not yet
 * confirmed", or "Not recorded" once the version has ended (it will not be published now); an ended version's price
 * reads "Was USD 300".
 */
function formatValue(key: keyof typeof formatValues, state: VersionState): string {
  const read = formatValues[key];
  const standard = read(state.version.format);
  const beta = state.version.beta?.format ? read(state.version.beta.format) : undefined;
  if (state.phase === 'beta' && beta !== undefined) {
    return beta === standard
      ? beta
      : `${beta} in beta; ${standard === undefined ? 'standard exam not yet confirmed' : `${standard} once standard`}`;
  }
  const value = read(state.format);
  if (state.phase !== 'ended') return value ?? NOT_YET_CONFIRMED;
  // An ended version's price is history, never an offer.
  return value === undefined ? NOT_RECORDED : key === 'priceUsd' ? `Was ${value}` : value;
}

/** The lifecycle rows of a version: beta, first and last day, where known. */
function dateRows(state: VersionState): { key: FactKey; value: string }[] {
  const { version } = state;
  const rows: { key: FactKey; value: string }[] = [];
  if (version.beta?.from || version.beta?.until) {
    const from = version.beta.from ? formatLifecycleDate(version.beta.from) : 'a date not published';
    const until = version.beta.until ? formatLifecycleDate(version.beta.until) : 'no end date published';
    rows.push({ key: 'beta', value: `From ${from}; ${version.beta.until ? `until ${until}` : until}` });
  }
  if (version.availableFrom) rows.push({ key: 'availableFrom', value: formatLifecycleDate(version.availableFrom) });
  if (version.lastDay) rows.push({ key: 'lastDay', value: formatLifecycleDate(version.lastDay) });
  return rows;
}

/** The facts of a certification's version (by default the one a page leads with), in display order. */
export function factRows(cert: Cert, state: VersionState = cert.exam): FactRow[] {
  const row = (key: FactKey, value: string): FactRow => {
    const note = unverifiedNote(cert, key, state);
    const readings = disputedReadings(key, state);
    return {
      key,
      label: factLabels[key],
      value: readings ? readingsText(readings) : value,
      ...(note ? { unverified: note } : {}),
      ...(readings ? { readings } : {}),
    };
  };
  const code = state.version.appointmentCode
    ? `${state.code} (booked as ${state.version.appointmentCode})`
    : state.code;
  const status = state === cert.exam ? statusLabels[cert.status] : phaseLabels[state.phase];
  return [
    row('code', code),
    row('category', categoryLabels[cert.category]),
    row('status', status),
    ...dateRows(state).map((r) => row(r.key, r.value)),
    row('minutes', formatValue('minutes', state)),
    row('questions', formatValue('questions', state)),
    row('questionTypes', formatValue('questionTypes', state)),
    row('priceUsd', formatValue('priceUsd', state)),
    row('passingScore', formatValue('passingScore', state)),
    row('delivery', formatValue('delivery', state)),
    row('languages', formatValue('languages', state)),
    row('recommendedExperience', cert.recommendedExperience),
  ];
}

/** Every unverified fact of a certification, labelled for readers: its own, then its versions' (named by code). */
export function unverifiedFacts(cert: Cert): { label: string; note: string }[] {
  return [
    ...cert.unverified.map((u) => ({ label: factLabels[u.fact], note: u.note })),
    ...cert.versionStates.flatMap(versionUnverifiedFacts),
  ];
}

/** The unconfirmed facts of one exam version, its study resources included, each with a label and why. */
export function versionUnverifiedFacts(
  state: Pick<VersionState, 'code' | 'version'>,
): { label: string; note: string }[] {
  return [
    ...state.version.unverified.map((u) => ({
      label: `${state.code}: ${factLabels[u.fact].toLowerCase()}`,
      note: u.note,
    })),
    ...state.version.resources.flatMap((r) =>
      r.unverified ? [{ label: `${state.code}: ${r.title}`, note: r.unverified }] : [],
    ),
  ];
}
