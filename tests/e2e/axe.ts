import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

/** The WCAG 2.2 AA rule set the site is held to. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's browser build. A worker-wide page can register it once with context.addInitScript(axeSource). */
export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Axe = {
  run: (context: Document, options: object) => Promise<AxeResults>;
  getRules: (tags: string[]) => { ruleId: string; tags: string[] }[];
};

/**
 * Which rules to run: every WCAG 2.2 AA rule, or only those of axe's colour category (colour contrast, links told
 * apart by colour), the only ones a change of colour alone can affect.
 */
export type AxeScope = 'all' | 'colour';

/**
 * axe's WCAG violations on the page as it is now, one line each. axe is injected once per document (unless an init
 * script already put it there) and run in it directly: @axe-core/playwright's AxeBuilder opens a second page for every
 * analysis, which cost about a second a run and most of the suite's time. Pages here have no iframes, so running in
 * the top document misses nothing. The run builds no CSS selectors (a third of its time); only when it finds
 * violations does a second run name the elements.
 */
export async function axeViolations(page: Page, scope: AxeScope = 'all'): Promise<string[]> {
  // Undefined when the document has no axe yet: then it is injected and the run repeated. One round trip per run
  // when an init script put axe there already, as in the sweep.
  const run = (selectors: boolean) =>
    page.evaluate(
      async ([tags, selectors, scope]) => {
        if (!('axe' in window)) return undefined;
        const { axe } = window as unknown as { axe: Axe };
        const colourRules = axe
          .getRules(tags)
          .filter((rule) => rule.tags.includes('cat.color'))
          .map((rule) => rule.ruleId);
        const runOnly = scope === 'all' ? { type: 'tag', values: tags } : { type: 'rule', values: colourRules };
        return (await axe.run(document, { runOnly, resultTypes: ['violations'], selectors })).violations;
      },
      [WCAG_TAGS, selectors, scope] as const,
    );
  let found = await run(false);
  if (found === undefined) {
    await page.evaluate(axeSource);
    found = await run(false);
  }
  if (found === undefined) throw new Error('axe-core could not be injected into the page');
  if (found.length === 0) return [];
  return ((await run(true)) ?? []).map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

/** The frames of a page other than its main one: axeViolations must not be trusted on a page that has any. */
export const childFrames = (page: Page): number => page.frames().length - 1;
