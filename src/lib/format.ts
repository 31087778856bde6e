import type { QuestionType, Status, Tier } from '../schemas/enums';
import type { ServiceCategory } from '../schemas/service';

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** '2025-09-30' → '30 September 2025'; '2024-04' → 'April 2024'; '2019' → '2019'. */
export function formatPartialDate(value: string): string {
  const [year, month, day] = value.split('-');
  const monthName = month ? months[Number(month) - 1] : undefined;
  if (!monthName) return year ?? value;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** 150 → 'USD 150'. */
export function formatUsd(amount: number): string {
  return `USD ${amount.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
}

export const tierLabels: Record<Tier, string> = {
  foundational: 'Foundational',
  associate: 'Associate',
  professional: 'Professional',
  specialty: 'Specialty',
};

export const statusLabels: Record<Status, string> = {
  active: 'Active',
  beta: 'Beta',
  retiring: 'Retiring',
  retired: 'Retired',
};

export const questionTypeLabels: Record<QuestionType, string> = {
  'multiple-choice': 'multiple choice',
  'multiple-response': 'multiple response',
  ordering: 'ordering',
  matching: 'matching',
  'case-study': 'case study',
};

export const deliveryLabels = {
  'test-centre': 'Pearson VUE test centre',
  'online-proctored': 'online proctored',
} as const;

export const categoryLabels: Record<ServiceCategory, string> = {
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
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** Upper-cases the first letter. */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
