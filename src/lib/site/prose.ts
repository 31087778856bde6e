/*
 * Sentences whose numbers come from the data: counts and superlatives are computed, never typed into prose, so a
 * new or retired certification changes every page that mentions it.
 */
import { categories, type Category, type Status } from '../../schemas/enums.ts';
import { isBookable } from '../catalogue/lifecycle.ts';
import { capitalise, categoryLabels, countInWords, formatUsd, joinWords } from './format.ts';
import { inlineListSegments, type InlineSegment } from './inline-list.ts';

/** How many of a category's certifications can be booked today, as one sentence. */
export function bookableSentence(bookable: number, total: number, categoryName: string): string {
  if (total === 0) return `We list no ${categoryName} certifications yet.`;
  if (total === 1) {
    return bookable === 1
      ? `Its one certification can be booked today.`
      : `Its one certification can no longer be booked; it stays listed for holders and old links.`;
  }
  if (bookable === total) return `All ${countInWords(total)} can be booked today.`;
  if (bookable === 0)
    return `None of the ${countInWords(total)} can be booked any more; they stay listed for holders and old links.`;
  return `${capitalise(countInWords(bookable))} of the ${countInWords(total)} can be booked today; the others are retired or not yet open.`;
}

/** A certification the summary can name: its status, category, short name and slug. */
interface Summarised {
  slug: string;
  shortName: string;
  status: Status;
  category: string;
}

/**
 * What the catalogue holds, by status and category, in one or two sentences computed from the data, naming the
 * certifications in beta and the ones retiring, each linked by `href`: "Today you can book thirteen of them across
 * four levels and the Business category (two in beta, A and B; one retiring, C), and four more …".
 */
export function catalogueSummarySegments(
  certs: readonly Summarised[],
  categories: readonly { id: string; name: string; ladder: boolean }[],
  href: (slug: string) => string | undefined = () => undefined,
): InlineSegment[] {
  const withStatus = (status: Status) => certs.filter((c) => c.status === status);
  const bookable = certs.filter((c) => isBookable(c.status));
  const retired = withStatus('retired').length;
  const used = categories.filter((cat) => bookable.some((c) => c.category === cat.id));
  const levels = used.filter((c) => c.ladder).length;
  const beside = used.filter((c) => !c.ladder).map((c) => c.name);
  const where = `across ${countInWords(levels)} level${levels === 1 ? '' : 's'}${beside.length ? ` and the ${beside.join(' and ')} categor${beside.length === 1 ? 'y' : 'ies'}` : ''}`;
  const named = (status: Status, words: string) => {
    const group = withStatus(status);
    return group.length === 0
      ? []
      : inlineListSegments(
          group.map((c) => ({ label: c.shortName, href: href(c.slug) })),
          { before: `${countInWords(group.length)} ${words}, ` },
        );
  };
  const details = [named('beta', 'in beta'), named('retiring', 'retiring')].filter((d) => d.length > 0);
  const detail: InlineSegment[] =
    details.length === 0 ? [] : [' (', ...details.flatMap((d, i) => (i === 0 ? d : ['; ', ...d])), ')'];
  const retiredClause =
    retired === 0
      ? ''
      : retired === 1
        ? ', and one more has been retired but stays listed here'
        : `, and ${countInWords(retired)} more have been retired but stay listed here`;
  return [`Today you can book ${countInWords(bookable.length)} of them ${where}`, ...detail, `${retiredClause}.`];
}

/** The summary of catalogueSummarySegments as plain text. */
export const catalogueSummary = (
  certs: readonly Summarised[],
  categories: readonly { id: string; name: string; ladder: boolean }[],
): string =>
  catalogueSummarySegments(certs, categories)
    .map((segment) => (typeof segment === 'string' ? segment : segment.label))
    .join('');

/**
 * The standard exam fees of the programme file (content/programme.yaml), each once with the categories that charge
 * it: "The standard exam fees are AWS's US-dollar list prices: USD 100 (Foundational and Business), USD 150
 * (Associate) and USD 300 (Professional and Specialty)."
 */
export function standardPricesSentence(fees: readonly { category: Category; usd: number }[]): string {
  const byPrice = new Map<number, Category[]>();
  for (const category of categories) {
    const fee = fees.find((f) => f.category === category);
    if (fee) byPrice.set(fee.usd, [...(byPrice.get(fee.usd) ?? []), category]);
  }
  const parts = [...byPrice.entries()]
    .sort(([a], [b]) => a - b)
    .map(([price, cats]) => `${formatUsd(price)} (${joinWords(cats.map((c) => categoryLabels[c]))})`);
  if (parts.length === 0) return 'Local prices and taxes differ from the US-dollar list prices.';
  return `The standard exam fees are AWS's US-dollar list prices: ${joinWords(parts)}. Betas cost less, and local prices and taxes differ.`;
}
