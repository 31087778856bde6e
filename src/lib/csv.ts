import { totalQuestions, type Cert } from './catalog';

/** Quotes a CSV field when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Neutralises spreadsheet formulas in text cells (a leading =, +, - or @). */
const safeText = (text: string) => (/^[=+\-@]/.test(text) ? `'${text}` : text);

const columns: [header: string, value: (c: Cert) => string | number | undefined][] = [
  ['slug', (c) => c.slug],
  ['title', (c) => c.title],
  ['short_name', (c) => c.shortName],
  ['exam_code', (c) => c.examCode],
  ['earlier_codes', (c) => c.earlierCodes.join('; ')],
  ['tier', (c) => c.tier],
  ['status', (c) => c.status],
  ['launched_on', (c) => c.launchedOn],
  ['retired_on', (c) => c.retiredOn],
  ['successors', (c) => c.successors.join('; ')],
  ['minutes', (c) => c.exam.minutes],
  ['questions_total', (c) => totalQuestions(c)],
  ['questions_scored', (c) => c.exam.questions.scored],
  ['questions_unscored', (c) => c.exam.questions.unscored],
  ['question_types', (c) => c.exam.questionTypes.join('; ')],
  ['price_usd', (c) => c.exam.priceUsd],
  ['passing_score', (c) => c.exam.passingScore],
  ['languages', (c) => c.exam.languages.join('; ')],
  ['delivery', (c) => c.exam.delivery.join('; ')],
  ['domains', (c) => c.domains.map((d) => `${d.name} (${d.weight}%)`).join('; ')],
  ['covered_services', (c) => c.coveredServices.join('; ')],
  ['recommended_experience', (c) => c.recommendedExperience],
  ['official_page', (c) => c.links.officialPage],
  ['last_verified', (c) => c.lastVerified],
  ['unverified_facts', (c) => c.unverified.map((u) => u.fact).join('; ')],
];

/** The catalogue as CSV, one certification a row, for spreadsheets. */
export function certificationsCsv(certs: readonly Cert[]): string {
  const rows = [
    columns.map(([header]) => header),
    ...certs.map((c) =>
      columns.map(([, value]) => {
        const v = value(c);
        return typeof v === 'string' ? safeText(v) : v;
      }),
    ),
  ];
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
