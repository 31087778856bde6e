import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

/** The WCAG 2.2 AA rule set the site is held to. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe's WCAG violations on the page as it is now, one line each. axe is injected once per document and run in it
 * directly: @axe-core/playwright's AxeBuilder opens a second page for every analysis, which cost about a second
 * a run and most of the suite's time. Pages here have no iframes, so running in the top document misses nothing.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.evaluate(axeSource);
  const violations = await page.evaluate(
    async (tags) =>
      (
        (await (
          window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }
        ).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })) as AxeResults
      ).violations,
    WCAG_TAGS,
  );
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

/** The frames of a page other than its main one: axeViolations must not be trusted on a page that has any. */
export const childFrames = (page: Page): number => page.frames().length - 1;
