/*
 * The measured query set: what readers type into search (codes, old codes, names, nicknames, services, tasks,
 * questions, misspellings), each with what they expect to find in the first three places. Expectations name data
 * (an exam code, a service id, a guide slug, a question kind), never a page typed by hand, and are resolved against
 * the published catalogue (/data/certifications.json) of the build under test: the end-to-end test and
 * `npm run bench:search` share this module and the judging below.
 */
import type { AnswerKind } from '../src/lib/search/answers.ts';

/** What a reader expects a query to bring into the first three places. */
export type Expectation =
  /** The page of the certification that has (or had) this exam or booking code. */
  | { exam: string }
  /** The page of a service, by its id in content/services.yaml. */
  | { service: string }
  /** A guide, by its slug in content/guides. */
  | { guide: string }
  /** The page of any certification whose slug contains this word (a topic a new certification may share). */
  | { examSlugContaining: string }
  /** The page of any certification whose task statements mention this phrase. */
  | { taskMentioning: string }
  /** The answer to this kind of question, shown above the results. */
  | { answer: AnswerKind }
  /** The comparison of the certifications with these codes, as the answer's first link. */
  | { compare: [string, string] }
  /** The comparison of one certification with those of a category ("security specialty vs professional"). */
  | { compareWithCategory: { exam: string; category: string } };

export interface SearchCase {
  query: string;
  expect: Expectation;
}

/** Every kind of question, with at least three phrasings each, then everything else readers type. */
export const searchQuerySet: readonly SearchCase[] = [
  // Where to start.
  { query: 'beginner', expect: { answer: 'start' } },
  { query: 'entry level', expect: { answer: 'start' } },
  { query: 'first certification', expect: { answer: 'start' } },
  { query: 'which exam first', expect: { answer: 'start' } },
  { query: 'where to start', expect: { answer: 'start' } },
  // What it costs.
  { query: 'cheapest', expect: { answer: 'price' } },
  { query: 'price', expect: { answer: 'price' } },
  { query: 'cost', expect: { answer: 'price' } },
  { query: 'exam fee', expect: { answer: 'price' } },
  { query: 'how much does SAA cost', expect: { answer: 'price' } },
  // The voucher.
  { query: '50% discount', expect: { answer: 'voucher' } },
  { query: 'discount', expect: { answer: 'voucher' } },
  { query: 'voucher', expect: { answer: 'voucher' } },
  // Validity and renewal.
  { query: 'expire', expect: { answer: 'validity' } },
  { query: 'SAA expire', expect: { answer: 'validity' } },
  { query: 'renew', expect: { answer: 'validity' } },
  { query: 'recertification', expect: { answer: 'validity' } },
  { query: 'how long is a certification valid', expect: { answer: 'validity' } },
  // Retakes.
  { query: 'retake', expect: { answer: 'retake' } },
  { query: 'failed exam', expect: { answer: 'retake' } },
  { query: 'resit', expect: { answer: 'retake' } },
  // Languages.
  { query: 'japanese', expect: { answer: 'languages' } },
  { query: 'korean', expect: { answer: 'languages' } },
  { query: 'exam in spanish', expect: { answer: 'languages' } },
  { query: 'exam languages', expect: { answer: 'languages' } },
  // Length and questions.
  { query: 'how long is the exam', expect: { answer: 'length' } },
  { query: 'exam duration', expect: { answer: 'length' } },
  { query: 'how many questions', expect: { answer: 'length' } },
  { query: 'minutes', expect: { answer: 'length' } },
  // Passing scores.
  { query: 'passing score', expect: { answer: 'passing-score' } },
  { query: 'pass mark', expect: { answer: 'passing-score' } },
  { query: 'SAA score', expect: { answer: 'passing-score' } },
  // Delivery.
  { query: 'online proctored', expect: { answer: 'delivery' } },
  { query: 'pearson vue', expect: { answer: 'delivery' } },
  { query: 'test centre', expect: { answer: 'delivery' } },
  { query: 'exam from home', expect: { answer: 'delivery' } },
  // Two exams named together.
  { query: 'SAA vs DVA', expect: { compare: ['SAA-C03', 'DVA-C03'] } },
  {
    query: 'security specialty vs professional',
    expect: { compareWithCategory: { exam: 'SCS-C03', category: 'professional' } },
  },
  { query: 'SAA or SAP', expect: { compare: ['SAA-C03', 'SAP-C03'] } },
  { query: 'cloud practitioner vs ai practitioner', expect: { compare: ['CLF-C02', 'AIF-C01'] } },
  // Codes, as printed and as typed loosely.
  { query: 'CLF-C02', expect: { exam: 'CLF-C02' } },
  { query: 'AIF-C01', expect: { exam: 'AIF-C01' } },
  { query: 'SAA-C03', expect: { exam: 'SAA-C03' } },
  { query: 'SAP-C03', expect: { exam: 'SAP-C03' } },
  { query: 'SAP-C02', expect: { exam: 'SAP-C02' } },
  { query: 'DVA-C02', expect: { exam: 'DVA-C02' } },
  { query: 'MLA-C01', expect: { exam: 'MLA-C01' } },
  { query: 'ME1-C02', expect: { exam: 'ME1-C02' } },
  { query: 'DOP-C02', expect: { exam: 'DOP-C02' } },
  { query: 'ANS-C01', expect: { exam: 'ANS-C01' } },
  { query: 'SCS-C02', expect: { exam: 'SCS-C02' } },
  { query: 'SOA-C02', expect: { exam: 'SOA-C02' } },
  { query: 'saa c03', expect: { exam: 'SAA-C03' } },
  { query: 'saac03', expect: { exam: 'SAA-C03' } },
  { query: 'SAA C3', expect: { exam: 'SAA-C03' } },
  { query: 'scs c3', expect: { exam: 'SCS-C03' } },
  { query: 'clf', expect: { exam: 'CLF-C02' } },
  { query: 'dva', expect: { exam: 'DVA-C03' } },
  // Names, nicknames and former names.
  { query: 'AI Business Strategist', expect: { exam: 'AIB-C01' } },
  { query: 'AIB', expect: { exam: 'AIB-C01' } },
  { query: 'sysops', expect: { exam: 'SOA-C03' } },
  { query: 'CCP', expect: { exam: 'CLF-C02' } },
  { query: 'SA Pro', expect: { exam: 'SAP-C03' } },
  { query: 'big data', expect: { exam: 'DAS-C01' } },
  { query: 'security specialty', expect: { exam: 'SCS-C03' } },
  { query: 'cloud practitioner', expect: { exam: 'CLF-C02' } },
  // Services.
  { query: 'DynamoDB', expect: { service: 'amazon-dynamodb' } },
  { query: 'AgentCore', expect: { service: 'amazon-bedrock-agentcore' } },
  { query: 'lambda', expect: { service: 'aws-lambda' } },
  { query: 'bedrock', expect: { service: 'amazon-bedrock' } },
  { query: 'glue', expect: { service: 'aws-glue' } },
  // Topics and tasks.
  { query: 'cross-account access', expect: { taskMentioning: 'cross-account' } },
  { query: 'networking', expect: { examSlugContaining: 'networking' } },
  { query: 'generative AI', expect: { examSlugContaining: 'generative-ai' } },
  { query: 'business strategy', expect: { exam: 'AIB-C01' } },
  { query: 'retired', expect: { guide: 'retired-and-renamed-exams' } },
  // Misspellings.
  { query: 'cloudformaton', expect: { service: 'aws-cloudformation' } },
  { query: 'practitionr', expect: { exam: 'CLF-C02' } },
  { query: 'solutons architect associate', expect: { exam: 'SAA-C03' } },
];

/** The slice of /data/certifications.json the expectations are resolved against. */
export interface PublishedCatalogue {
  certifications: {
    slug: string;
    category: string;
    versions: { code: string; appointmentCode?: string; domains?: { tasks?: { task: string }[] }[] }[];
  }[];
}

/** What a reader sees first for a query: the answer (its kind and first link), then the results in order. */
export interface Observed {
  answerKind: string | undefined;
  answerPrimary: string | undefined;
  results: string[];
}

/** Paths with the base path and any query or fragment removed, for comparison. */
const pathOf = (href: string, base: string) => {
  const path = new URL(href, 'http://x').pathname;
  return base !== '/' && path.startsWith(base) ? `/${path.slice(base.length)}` : path;
};

/** The slug of the certification that has (or had) the code, or undefined when no entry has it. */
export function slugOfCode(code: string, data: PublishedCatalogue): string | undefined {
  return data.certifications.find((c) => c.versions.some((v) => v.code === code || v.appointmentCode === code))?.slug;
}

/**
 * Whether the reader found what they expected in the first three places: the answer's first link counts as the first
 * place when there is an answer. Throws when an expectation names nothing in the data (the set needs updating).
 */
export function foundInTopThree(
  expectation: Expectation,
  observed: Observed,
  data: PublishedCatalogue,
  base = '/',
): boolean {
  const top = [...(observed.answerPrimary ? [observed.answerPrimary] : []), ...observed.results]
    .slice(0, 3)
    .map((href) => pathOf(href, base));
  const certPage = (slug: string) => `/certifications/${slug}/`;
  if ('answer' in expectation) return observed.answerKind === expectation.answer;
  if ('compare' in expectation) {
    const slugs = expectation.compare.map((code) => slugOfCode(code, data));
    if (slugs.some((s) => !s)) throw new Error(`no certification has the codes ${expectation.compare.join(', ')}`);
    const link = observed.answerPrimary ?? '';
    return observed.answerKind === 'compare' && slugs.every((slug) => slug && link.includes(slug));
  }
  if ('compareWithCategory' in expectation) {
    const { exam, category } = expectation.compareWithCategory;
    const slug = slugOfCode(exam, data);
    const others = data.certifications.filter((c) => c.category === category).map((c) => c.slug);
    if (!slug || others.length === 0) throw new Error(`nothing matches ${JSON.stringify(expectation)}`);
    const link = observed.answerPrimary ?? '';
    return observed.answerKind === 'compare' && link.includes(slug) && others.some((s) => link.includes(s));
  }
  if ('exam' in expectation) {
    const slug = slugOfCode(expectation.exam, data);
    if (!slug) throw new Error(`no certification has the code ${expectation.exam}`);
    return top.includes(certPage(slug));
  }
  if ('service' in expectation) return top.includes(`/services/${expectation.service}/`);
  if ('guide' in expectation) return top.includes(`/guides/${expectation.guide}/`);
  const matching = data.certifications.filter((c) =>
    'examSlugContaining' in expectation
      ? c.slug.includes(expectation.examSlugContaining)
      : c.versions.some((v) =>
          v.domains?.some((d) => d.tasks?.some((t) => t.task.toLowerCase().includes(expectation.taskMentioning))),
        ),
  );
  if (matching.length === 0) throw new Error(`no certification matches ${JSON.stringify(expectation)}`);
  return matching.some((c) => top.includes(certPage(c.slug)));
}
