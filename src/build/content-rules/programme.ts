/* The programme's rules: each exam's standard fee is its category's; the path finder's rules name what exists. */
import { quoteList, type CatalogueInput, type ContentProblem } from './problems.ts';

/**
 * Each exam version's standard fee (`format.priceUsd`) must be its category's fee in the programme file, so the fee
 * table in the guides and the fee on each exam's page cannot disagree. Beta fees are the beta's own and not checked.
 */
export function standardFeeProblems(input: CatalogueInput, programmeFile: string): ContentProblem[] {
  const fees = input.programme?.standardFees.byCategory;
  if (!fees) return [];
  return input.certifications.flatMap((cert) => {
    const fee = fees.find((f) => f.category === cert.data.category);
    return cert.data.versions.flatMap((version, v) => {
      const price = version.format.priceUsd;
      if (price === undefined || price === fee?.usd) return [];
      return [
        {
          file: cert.file,
          field: `versions.${v}.format.priceUsd`,
          message: fee
            ? `expected the standard fee of ${cert.data.category} exams in ${programmeFile} (USD ${fee.usd}), found USD ${price}; if AWS has changed the fee, change it there`
            : `expected a standard fee for ${cert.data.category} exams in ${programmeFile}, found none`,
        },
      ];
    });
  });
}

/** The path finder's fallback role and default Foundational certification must exist (the latter Foundational). */
export function pathFinderRuleProblems(input: CatalogueInput, file: string): ContentProblem[] {
  const rules = input.pathFinderRules;
  if (!rules) return [];
  const problems: ContentProblem[] = [];
  if (!input.roles.some((r) => r.id === rules.fallbackRole)) {
    problems.push({
      file,
      field: 'fallbackRole',
      message: `expected the id of a role in content/roles.yaml, found "${rules.fallbackRole}" (known: ${quoteList(input.roles.map((r) => r.id))})`,
    });
  }
  const start = input.certifications.find((c) => c.slug === rules.foundationalFirst.certification);
  if (start?.data.category !== 'foundational') {
    problems.push({
      file,
      field: 'foundationalFirst.certification',
      message: start
        ? `expected a Foundational certification, found "${start.slug}" (${start.data.category})`
        : `expected the slug of an existing certification, found "${rules.foundationalFirst.certification}"`,
    });
  }
  return problems;
}
