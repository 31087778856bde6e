import { expect, test } from './fixtures';
import { categoryLabels } from '../../src/lib/site/format';
import { factLabels } from '../../src/lib/catalogue/facts';

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
  // A task's own list of services, as its line reads ("Services: A, B and C"): the page lists them once elsewhere.
  const certifications = (await (await page.request.get('/data/certifications.json')).json()) as {
    certifications: { versions: { domains?: { tasks?: { services: string[] }[] }[] }[] }[];
  };
  const services = (await (await page.request.get('/data/services.json')).json()) as {
    services: { id: string; name: string }[];
  };
  const task = certifications.certifications
    .flatMap((c) => c.versions.flatMap((v) => (v.domains ?? []).flatMap((d) => d.tasks ?? [])))
    .find((t) => t.services.length >= 3);
  const names = (task?.services ?? []).map((id) => services.services.find((s) => s.id === id)?.name ?? id);
  expect(names.length).toBeGreaterThanOrEqual(3);
  const phrases = [...gridText, `Services ${names[0]} ${names[1]} ${names[2]}`];

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
  }, phrases);
  expect(found).toEqual(Object.fromEntries(phrases.map((phrase) => [phrase, 0])));
  // The same search finds prose: the check would notice an index that finds nothing at all.
  const prose = await page.evaluate(async () => {
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(url)) as { search: (term: string) => Promise<{ results: unknown[] }> };
    return (await pagefind.search('"exam guide"')).results.length;
  });
  expect(prose).toBeGreaterThan(0);
});
