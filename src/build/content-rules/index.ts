/*
 * The content's rules beyond each file's schema, one module per concern: references between entries, links, study
 * preparation, the programme's fees and the path finder's rules (as written), and the state of the catalogue on a
 * day (src/build/content-rules/state.ts). The build, the scripts and the tests all check content through here.
 */
import { blockedLinkProblems, placeholderProblems } from './links.ts';
import { preparationContentProblems } from './preparation.ts';
import { defaultFiles, type CatalogueInput, type ContentProblem } from './problems.ts';
import { pathFinderRuleProblems, standardFeeProblems } from './programme.ts';
import { referenceProblems } from './references.ts';

/** Rules on the content as written, whatever the day: references, unique codes, cycles, blocked hosts, fees. */
export function checkCatalogue(input: CatalogueInput): ContentProblem[] {
  const files = { ...defaultFiles, ...input.files };
  return [
    ...placeholderProblems(input),
    ...blockedLinkProblems(input, files.changes),
    ...referenceProblems(input, files),
    ...preparationContentProblems(input, files.services),
    ...standardFeeProblems(input, files.programme),
    ...pathFinderRuleProblems(input, files.pathFinder),
  ];
}

export * from './problems.ts';
export { pathFinderRuleProblems, standardFeeProblems } from './programme.ts';
export { checkStateOn } from './state.ts';
