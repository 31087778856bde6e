import { expect, test } from './fixtures';
import { categoryLabels } from '../../src/lib/format';
import { factLabels } from '../../src/lib/facts';

/**
 * Runs of words that only a fact grid, a table header or a label beside a heading produces. Searched as exact phrases
 * in the built index, they must find nothing: such text fills excerpts ("Exam code SCS-C03 Category Specialty Status
 * Active") and says nothing a reader searched for.
 */
const gridText = [
  `${factLabels.category} ${categoryLabels.specialty} ${factLabels.status}`,
  `${factLabels.questionTypes} Multiple choice and multiple response ${factLabels.priceUsd}`,
  'Minutes Price',
  'Services the exam stresses unverified',
];

test('fact grids, table headers and labels stay out of the search index', async ({ page }) => {
  await page.goto('/search/');
  const found = await page.evaluate(async (phrases) => {
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(url)) as {
      init: () => Promise<void>;
      search: (term: string) => Promise<{ results: unknown[] }>;
    };
    await pagefind.init();
    const counts: Record<string, number> = {};
    for (const phrase of phrases) counts[phrase] = (await pagefind.search(`"${phrase}"`)).results.length;
    return counts;
  }, gridText);
  expect(found).toEqual(Object.fromEntries(gridText.map((phrase) => [phrase, 0])));
  // The same search finds prose: the check would notice an index that finds nothing at all.
  const prose = await page.evaluate(async () => {
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(url)) as { search: (term: string) => Promise<{ results: unknown[] }> };
    return (await pagefind.search('"exam guide"')).results.length;
  });
  expect(prose).toBeGreaterThan(0);
});
