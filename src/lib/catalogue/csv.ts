import { totalQuestions, type Cert } from './catalogue.ts';

/** Quotes a CSV field when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Neutralises spreadsheet formulas in text cells (a leading =, +, - or @). */
const safeText = (text: string) => (/^[=+\-@]/.test(text) ? `'${text}` : text);

/** A lifecycle date as one cell: the date, "earliest/latest" for a range, "~date" for a forecast. */
const dateCell = (date: Cert['versions'][number]['lastDay']): string | undefined => {
  if (date === undefined || typeof date === 'string') return date;
  return 'between' in date ? `${date.between[0]}/${date.between[1]}` : `~${date.expected}`;
};

const columns: [header: string, value: (c: Cert) => string | number | undefined][] = [
  ['slug', (c) => c.slug],
  ['title', (c) => c.title],
  ['short_name', (c) => c.shortName],
  ['category', (c) => c.category],
  ['status', (c) => c.status],
  ['current_version', (c) => c.current?.code],
  ['next_version', (c) => c.next?.code],
  ['earlier_versions', (c) => c.previous.map((v) => v.code).join('; ')],
  ['shown_version', (c) => c.examCode],
  ['available_from', (c) => dateCell(c.exam.version.availableFrom)],
  ['last_day', (c) => dateCell(c.exam.version.lastDay)],
  ['successors', (c) => c.successors.join('; ')],
  ['alternatives', (c) => c.alternatives.join('; ')],
  ['minutes', (c) => c.exam.format.minutes],
  ['questions_total', (c) => totalQuestions(c.exam.format)],
  ['questions_scored', (c) => c.exam.format.questions?.scored],
  ['questions_unscored', (c) => c.exam.format.questions?.unscored],
  ['question_types', (c) => c.exam.format.questionTypes?.join('; ')],
  ['price_usd', (c) => c.exam.format.priceUsd],
  ['passing_score', (c) => c.exam.format.passingScore],
  ['languages', (c) => c.exam.format.languages?.join('; ')],
  ['delivery', (c) => c.exam.format.delivery?.join('; ')],
  [
    'domains',
    (c) =>
      c.exam.version.domains?.map((d) => (d.weight === undefined ? d.name : `${d.name} (${d.weight}%)`)).join('; '),
  ],
  ['covered_services', (c) => c.coveredServices.join('; ')],
  ['recommended_experience', (c) => c.recommendedExperience],
  ['official_page', (c) => c.links.officialPage],
  ['last_verified', (c) => c.lastVerified],
  [
    'unverified_facts',
    (c) =>
      [...c.unverified.map((u) => u.fact), ...c.exam.version.unverified.map((u) => `${c.examCode}.${u.fact}`)].join(
        '; ',
      ),
  ],
];

/**
 * The catalogue as CSV, one certification a row, for spreadsheets. The format columns describe the version a row's
 * page leads with (`shown_version`): the one a reader would book on the build day, in its beta form during a beta.
 */
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
