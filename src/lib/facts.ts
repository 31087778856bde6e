import type { VerifiableFact } from '../schemas/certification';
import { totalQuestions, type Cert } from './catalog';
import {
  deliveryLabels,
  formatPartialDate,
  formatUsd,
  joinWords,
  questionTypeLabels,
  statusLabels,
  tierLabels,
  capitalise,
} from './format';

/** One labelled fact about a certification, ready to render in a list or a comparison table. */
export interface FactRow {
  /** Stable key, shared across certifications so rows line up in comparisons. */
  key: string;
  label: string;
  value: string;
  /** Set when the entry lists this fact as unconfirmed. */
  unverified?: string;
}

/** The exam facts of a certification, in display order, each flagged when unverified. */
export function factRows(cert: Cert): FactRow[] {
  const notes = new Map<VerifiableFact, string>(cert.unverified.map((u) => [u.fact, u.note]));
  const row = (key: string, label: string, value: string, fact?: VerifiableFact): FactRow => {
    const note = fact ? notes.get(fact) : undefined;
    return note ? { key, label, value, unverified: note } : { key, label, value };
  };
  const { exam } = cert;
  const rows: FactRow[] = [
    row('code', 'Exam code', cert.examCode),
    row('tier', 'Tier', tierLabels[cert.tier]),
    row('status', 'Status', statusLabels[cert.status]),
    row('minutes', 'Length', `${exam.minutes} minutes`, 'exam.minutes'),
    row(
      'questions',
      'Questions',
      `${totalQuestions(cert)} (${exam.questions.scored} scored, ${exam.questions.unscored} unscored)`,
      'exam.questions',
    ),
    row(
      'questionTypes',
      'Question types',
      capitalise(joinWords(exam.questionTypes.map((t) => questionTypeLabels[t]))),
      'exam.questionTypes',
    ),
    row('price', 'Price', formatUsd(exam.priceUsd), 'exam.priceUsd'),
    row('passingScore', 'Passing score', `${exam.passingScore} of 1000`, 'exam.passingScore'),
    row('delivery', 'Delivery', capitalise(joinWords(exam.delivery.map((d) => deliveryLabels[d]))), 'exam.delivery'),
    row(
      'languages',
      'Languages',
      exam.languages.length > 0 ? joinWords(exam.languages) : 'Not confirmed',
      'exam.languages',
    ),
    row('experience', 'Recommended experience', cert.recommendedExperience, 'recommendedExperience'),
  ];
  if (cert.launchedOn)
    rows.push(row('launchedOn', 'Current version since', formatPartialDate(cert.launchedOn), 'launchedOn'));
  if (cert.retiringOn)
    rows.push(row('retiringOn', 'Last day to test', formatPartialDate(cert.retiringOn), 'retiringOn'));
  if (cert.retiredOn) rows.push(row('retiredOn', 'Retired', formatPartialDate(cert.retiredOn), 'retiredOn'));
  return rows;
}

/** The note for one fact when the entry marks it unverified. */
export function unverifiedNote(cert: Cert, fact: VerifiableFact): string | undefined {
  return cert.unverified.find((u) => u.fact === fact)?.note;
}
