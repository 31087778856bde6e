import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

/** The WCAG 2.2 AA rule set the site is held to. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const axeFile = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's browser build, for pages the test server does not serve (fixtures set with page.setContent). */
export const axeSource = readFileSync(axeFile, 'utf8');

/**
 * axe-core's folder, served beside the site by the end-to-end server (playwright.config.ts passes it to
 * scripts/serve-dist.mjs as --mount): a page of the site loads axe from there as a same-origin script, which the
 * browser caches and compiles once. Sending the whole library into each page instead (an init script or an evaluate)
 * made every page of the sweep compile it again.
 */
export const AXE_MOUNT = { urlPath: '/__e2e__/axe-core/', folder: path.dirname(axeFile) };

/** The address of axe's browser build on the end-to-end server. */
export const AXE_SCRIPT_URL = `${AXE_MOUNT.urlPath}${path.basename(axeFile)}`;

/** Puts axe into a page of the site served by the end-to-end server, as a script from AXE_MOUNT. */
export async function loadAxe(page: Page): Promise<void> {
  await page.addScriptTag({ url: AXE_SCRIPT_URL });
}

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
  // when loadAxe put axe there already, as in the sweep.
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
