import { categories } from '../../schemas/enums.ts';
import { statusOrder, totalQuestions, type Cert } from './catalogue.ts';
import type { CatalogueRow } from './catalogue-listing.ts';

/**
 * The sortable values of one certification's catalogue row; a fact AWS has not published is null and sorts last.
 * Price sorts by the standard price: a beta's temporary price would list a beta as the cheapest exam.
 */
export function catalogueRow(cert: Cert): CatalogueRow {
  const { format } = cert.exam;
  return {
    slug: cert.slug,
    category: cert.category,
    status: cert.status,
    values: {
      name: cert.shortName,
      code: cert.examCode,
      category: categories.indexOf(cert.category),
      status: statusOrder(cert.status),
      minutes: format.minutes ?? null,
      questions: totalQuestions(format) ?? null,
      price: cert.exam.version.format.priceUsd ?? null,
      passingScore: format.passingScore ?? null,
    },
  };
}

/** One numeric cell of a catalogue row: the fact it shows (for its "unverified" mark) and its text. */
export interface CatalogueCell {
  fact: 'minutes' | 'questions' | 'priceUsd' | 'passingScore';
  /** The figure as the cell shows it; undefined when AWS has not published it (or it was never recorded). */
  text: string | undefined;
}

/**
 * A certification's price as a price column shows it, each amount written by `amount` (a bare figure under a "Price
 * (USD)" header, "USD 150" elsewhere): during a beta whose price differs from the standard one it reads "75 (beta;
 * 150 standard)", and a retired exam's price reads "was 300", so nothing that can no longer be bought looks as if it
 * could. Undefined when AWS has not published it.
 */
export function priceText(cert: Cert, amount: (usd: number) => string = String): string | undefined {
  const inForce = cert.exam.format.priceUsd;
  const standard = cert.exam.version.format.priceUsd;
  if (cert.status === 'retired') return standard === undefined ? undefined : `was ${amount(standard)}`;
  if (cert.exam.phase === 'beta' && inForce !== undefined && inForce !== standard) {
    const then = standard === undefined ? 'standard price not yet published' : `${amount(standard)} standard`;
    return `${amount(inForce)} (beta; ${then})`;
  }
  return inForce === undefined ? undefined : amount(inForce);
}

/** The numeric cells of a catalogue row, in column order (the price as priceText writes it). */
export function catalogueCells(cert: Cert): CatalogueCell[] {
  const { format } = cert.exam;
  const figure = (value: number | undefined) => (value === undefined ? undefined : String(value));
  return [
    { fact: 'minutes', text: figure(format.minutes) },
    { fact: 'questions', text: figure(totalQuestions(format)) },
    { fact: 'priceUsd', text: priceText(cert) },
    { fact: 'passingScore', text: figure(format.passingScore) },
  ];
}
