/* The programme's rules as figures and phrases, for code that runs in the build and in the browser alike. */
import type { Category } from '../../schemas/enums.ts';
import type { Programme } from '../../schemas/programme.ts';
import { countInWords, formatUsd } from '../site/format.ts';
import type { FeePlan } from '../tools/planner.ts';

/** The figures the planner and the calendar compute with; the browser reads them from /data/planner.json. */
export interface ProgrammeFigures {
  /** How long a certification lasts from the day it is earned. */
  validityYears: number;
  /** What the voucher earned by a pass takes off a later exam, in percent. */
  voucherPercentOff: number;
}

export const programmeFigures = (programme: Programme): ProgrammeFigures => ({
  validityYears: programme.validity.years,
  voucherPercentOff: programme.voucher.percentOff,
});

/** 3 → 'three years', 1 → 'one year'. */
export const yearsSpelledOut = (years: number): string => `${countInWords(years)} year${years === 1 ? '' : 's'}`;

/** 14 → '14 days' (figures, as AWS writes waiting times). */
export const daysInFigures = (days: number): string => `${days} day${days === 1 ? '' : 's'}`;

/** The standard fee of a category, or undefined when the programme file gives none. */
export const standardFeeOf = (programme: Programme, category: string) =>
  programme.standardFees.byCategory.find((fee) => fee.category === category);

/** A programme figure a guide can name in its prose (<ProgrammeFact fact="…" />). */
export type ProgrammeFactName = 'validity' | 'voucher' | 'retakeWait' | 'afterPass' | `fee:${Category}`;

/**
 * A programme figure as prose reads it: validity 'three years', voucher '50%', retakeWait '14 days', afterPass 'two
 * years', fee:associate 'USD 150'. Throws on a name the file does not give, so a guide cannot print a blank.
 */
export function programmeFact(programme: Programme, name: ProgrammeFactName): string {
  switch (name) {
    case 'validity':
      return yearsSpelledOut(programme.validity.years);
    case 'voucher':
      return `${programme.voucher.percentOff}%`;
    case 'retakeWait':
      return daysInFigures(programme.retake.waitDays);
    case 'afterPass':
      return yearsSpelledOut(programme.retake.afterPassYears);
    default: {
      const category = name.slice('fee:'.length);
      const fee = standardFeeOf(programme, category);
      if (!fee) throw new Error(`content/programme.yaml gives no standard fee for "${category}" (asked for ${name})`);
      return formatUsd(fee.usd);
    }
  }
}

/**
 * A plan's fees as one clause: "USD 100, then USD 75 with the voucher: USD 175 in all". A retake reads "then USD 150
 * for a retake"; an exam whose fee AWS has not published reads "then a fee AWS has not yet published, less the
 * voucher: USD 150 plus that fee", so the total never pretends to be complete.
 */
export function feePlanClause(plan: FeePlan): string {
  const amounts = plan.lines.flatMap((line, l) =>
    line.attempts.map((attempt, a) => {
      const then = l === 0 && a === 0 ? '' : 'then ';
      if (attempt.costUsd === undefined) {
        return `${then}a fee AWS has not yet published${attempt.voucher ? ', less the voucher' : ''}`;
      }
      return `${then}${formatUsd(attempt.costUsd)}${attempt.voucher ? ' with the voucher' : a > 0 ? ' for a retake' : ''}`;
    }),
  );
  const missing = plan.unpriced.length;
  const total = missing === 0 ? 'in all' : `plus ${missing === 1 ? 'that fee' : 'those fees'}`;
  return `${amounts.join(', ')}: ${formatUsd(plan.totalUsd)} ${total}`;
}
