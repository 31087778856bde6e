import type { Category, DeliveryMode, QuestionType, Status, VersionPhase } from '../../schemas/enums.ts';
import type { ResourceKind } from '../../schemas/certification.ts';
import type { ServiceCategory } from '../../schemas/service.ts';

export { formatLifecycleDate, formatPartialDate } from '../catalogue/lifecycle-dates.ts';

/** One formatter for every price: toLocaleString with options builds a new one per call, which a large build feels. */
const usdAmount = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** 150 → 'USD 150'. */
export function formatUsd(amount: number): string {
  return `USD ${usdAmount.format(amount)}`;
}

/** What a page shows where AWS has not published a fact yet. */
export const NOT_YET_CONFIRMED = 'Not yet confirmed';

/** What a page shows for a fact of an exam that has ended and was never recorded: AWS will not publish it now. */
export const NOT_RECORDED = 'Not recorded';

export const categoryLabels: Record<Category, string> = {
  foundational: 'Foundational',
  associate: 'Associate',
  professional: 'Professional',
  specialty: 'Specialty',
  business: 'Business',
};

export const statusLabels: Record<Status, string> = {
  upcoming: 'Upcoming',
  beta: 'Beta',
  active: 'Active',
  retiring: 'Retiring',
  retired: 'Retired',
};

/** A status in a sentence: "in beta", "retiring". */
export const statusInProse: Record<Status, string> = {
  upcoming: 'announced but not yet open',
  beta: 'in beta',
  active: 'active',
  retiring: 'retiring',
  retired: 'retired',
};

export const phaseLabels: Record<VersionPhase, string> = {
  upcoming: 'Announced',
  beta: 'In beta',
  'beta-closed': 'Beta closed',
  standard: 'Current',
  ended: 'Ended',
};

export const resourceKindLabels: Record<ResourceKind, string> = {
  'exam-guide': 'Exam guide',
  'sample-questions': 'Sample questions',
  'practice-question-set': 'Official practice question set',
  'exam-prep-plan': 'Exam prep plan',
  whitepaper: 'Whitepaper',
  documentation: 'Documentation',
};

export const questionTypeLabels: Record<QuestionType, string> = {
  'multiple-choice': 'multiple choice',
  'multiple-response': 'multiple response',
  ordering: 'ordering',
  matching: 'matching',
  'case-study': 'case study',
};

export const deliveryLabels: Record<DeliveryMode, string> = {
  'test-centre': 'Pearson VUE test centre',
  'online-proctored': 'online proctored',
};

export const serviceCategoryLabels: Record<ServiceCategory, string> = {
  analytics: 'Analytics',
  'application-integration': 'Application integration',
  compute: 'Compute',
  containers: 'Containers',
  'cost-management': 'Cost management',
  database: 'Databases',
  'developer-tools': 'Developer tools',
  'machine-learning': 'Machine learning and AI',
  'management-governance': 'Management and governance',
  migration: 'Migration and transfer',
  networking: 'Networking and content delivery',
  'security-identity': 'Security, identity and compliance',
  storage: 'Storage',
};

/** Joins words as prose: ['a', 'b', 'c'] → 'a, b and c'. */
export function joinWords(words: readonly string[], last = 'and'): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${last} ${words.at(-1)}`;
}

/** Upper-cases the first letter. */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Ends a sentence with a full stop unless it already ends with one (or ? or !): a quoted note keeps its own. */
export const endSentence = (text: string): string =>
  /[.!?]$/.test(text.trimEnd()) ? text.trimEnd() : `${text.trimEnd()}.`;

/**
 * A name as it reads inside a sentence: the first letter lower-cased only when the first word is an ordinary
 * capitalised word, so acronyms and brands keep their case ("Generative AI developer" → "generative AI developer",
 * "DevOps or platform engineer" unchanged).
 */
export function inSentence(name: string): string {
  const first = name.split(/[\s–-]/)[0] ?? '';
  return /^\p{Lu}\p{Ll}*$/u.test(first) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

const numberWords = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
] as const;

/** A count as prose: 12 → 'twelve', 21 → '21' (the house style spells out numbers up to twenty). */
export const countInWords = (n: number): string => numberWords[n] ?? String(n);

/** "1 certification", "3 certifications". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
