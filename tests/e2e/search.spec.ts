import type { Locator, Page } from '@playwright/test';
import { expect, openSearchWithKeyboard, test } from './fixtures';
import { statusLabels } from '../../src/lib/site/format';
import { foundInTopThree, searchQuerySet, type Observed, type PublishedCatalogue } from '../../tools/search-queries';

/**
 * Each query with the page that must come first. A topic query names the pages it may lead to by pattern: a new
 * certification on the same topic (a second networking specialty, say) may rightly come first.
 */
const firstResults: [query: string, path: string | RegExp][] = [
  ['CLF-C02', '/certifications/cloud-practitioner/'], // foundational code
  ['AIF-C01', '/certifications/ai-practitioner/'],
  ['SAA-C03', '/certifications/solutions-architect-associate/'], // associate code
  ['SAP-C03', '/certifications/solutions-architect-professional/'], // professional code
  ['SAP-C02', '/certifications/solutions-architect-professional/'], // a code replaced in November 2026
  ['DVA-C02', '/certifications/developer-associate/'], // a code replaced in December 2026
  ['DVA-C03', '/certifications/developer-associate/'], // its successor
  ['MLA-C01', '/certifications/machine-learning-engineer-associate/'], // ended in English, September 2026
  ['ME1-C02', '/certifications/machine-learning-engineer-associate/'], // a beta's booking code
  ['AI Business Strategist', '/certifications/ai-business-strategist/'], // the Business category
  ['AIB', '/certifications/ai-business-strategist/'],
  ['business strategy', '/certifications/ai-business-strategist/'],
  ['DOP-C02', '/certifications/devops-engineer-professional/'],
  ['ANS-C01', '/certifications/advanced-networking-specialty/'], // specialty code
  ['SCS-C02', '/certifications/security-specialty/'], // an earlier code
  ['SOA-C02', '/certifications/cloudops-engineer-associate/'], // the old SysOps code
  ['sysops', '/certifications/cloudops-engineer-associate/'], // an old name
  ['CCP', '/certifications/cloud-practitioner/'], // a nickname
  ['SA Pro', '/certifications/solutions-architect-professional/'], // a nickname of two words
  ['big data', '/certifications/data-analytics-specialty/'], // a former name of a retired exam
  ['retired', '/guides/retired-and-renamed-exams/'],
  ['networking', /^\/certifications\/[a-z-]*networking[a-z-]*\/$/], // a topic
  ['generative AI', /^\/certifications\/[a-z-]*generative-ai[a-z-]*\/$/], // a topic
  ['AgentCore', '/services/amazon-bedrock-agentcore/'], // a service covered by one exam
  ['cloudformaton', '/services/aws-cloudformation/'], // a misspelling
  ['practitionr', '/certifications/cloud-practitioner/'], // a misspelling
];

test('an old code leads to a page that says it was replaced, and by what', async ({ page }) => {
  await page.goto('/search/?q=SAP-C02');
  await page.locator('.search-results a').first().click();
  await expect(page).toHaveURL(/\/certifications\/solutions-architect-professional\/$/);
  await expect(page.locator('#version-sap-c02')).toContainText('SAP-C02: ended');
  await expect(page.locator('#version-sap-c03')).toContainText('SAP-C03: the exam to sit today');
});

test('the status filter finds exactly the exams of each status on the build day, and the category filter the Business one', async ({
  page,
}) => {
  const data = (await (await page.request.get('/data/certifications.json')).json()) as {
    certifications: { slug: string; status: string; category: string }[];
  };
  // Statuses come from the build day's data: a retiring exam today is a retired one next year, and both are tested.
  const statuses = [...new Set(data.certifications.map((c) => c.status))];
  expect(statuses.length).toBeGreaterThan(1);
  for (const status of statuses) {
    const label = statusLabels[status as keyof typeof statusLabels];
    const expected = data.certifications.filter((c) => c.status === status).map((c) => `/certifications/${c.slug}/`);
    await page.goto(`/search/?status=${label}`);
    await expect(page.getByRole('status'), label).toHaveText(new RegExp(`^${expected.length} results?`));
    const hrefs = await page
      .locator('.search-results a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.sort(), label).toEqual(expected.sort());
    await expect(page.getByRole('checkbox', { name: label })).toBeChecked();
  }

  const business = data.certifications.filter((c) => c.category === 'business').length;
  await page.goto('/search/?category=Business&type=Certification');
  await expect(page.getByRole('status')).toHaveText(new RegExp(`^${business} results?`));
});

test(`each of ${firstResults.length} queries (codes, old names, nicknames, topics, misspellings) puts its page first`, async ({
  page,
}) => {
  // One page and one loaded index for every query, typed as a reader would; each query is reported on its own.
  await page.goto('/search/');
  const input = page.getByRole('searchbox');
  for (const [query, path] of firstResults) {
    await input.fill(query);
    await expect(page.getByRole('status')).toHaveText(new RegExp(`^\\d+ results? for “${RegExp.escape(query)}”`));
    await expect.soft(page.locator('.search-results a').first(), `searching “${query}”`).toHaveAttribute('href', path);
  }
  // The address follows the last query, so the result is shareable.
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(firstResults.at(-1)?.[0] ?? '')}`));
});

test('a service many exams cover: every certification in the top results covers it', async ({ page }) => {
  const data = (await (await page.request.get('/data/certifications.json')).json()) as {
    certifications: { slug: string; coveredServices: string[] }[];
  };
  const covering = new Set(
    data.certifications
      .filter((c) => c.coveredServices.includes('amazon-dynamodb'))
      .map((c) => `/certifications/${c.slug}/`),
  );
  expect(covering.size).toBeGreaterThan(3);
  await page.goto('/search/?q=DynamoDB');
  await expect(page.getByRole('status')).toHaveText(/results? for “DynamoDB”/);
  const hrefs = await page
    .locator('.search-results a')
    .evaluateAll((links) => links.slice(0, 6).map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs[0]).toBe('/services/amazon-dynamodb/');
  const certResults = hrefs.filter((h) => h.startsWith('/certifications/'));
  expect(certResults.length).toBeGreaterThan(1);
  for (const href of certResults) expect(covering, `${href} is a top result for DynamoDB`).toContain(href);
});

test('"/" opens the search even while the box of the dialog just closed still has focus', async ({ page }) => {
  await page.goto('/guides/');
  await openSearchWithKeyboard(page);
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // What a loaded machine does: the "/" arrives before the browser moves focus out of the hidden box.
  await page.evaluate(() =>
    document
      .querySelector('site-search dialog input[type="search"]')
      ?.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true })),
  );
  await expect(dialog).toBeVisible();
});

test('keyboard only: Ctrl+K, type, arrows, Enter lands on the page; Esc closes', async ({ page }) => {
  await page.goto('/guides/');
  await openSearchWithKeyboard(page);
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await openSearchWithKeyboard(page, '/');
  await page.keyboard.type('SAA-C03');
  await expect(dialog.getByRole('status')).toHaveText(/results? for “SAA-C03”/);
  const results = dialog.getByRole('list', { name: 'Results' }).getByRole('link');
  await expect(results.first()).toContainText('Solutions Architect – Associate');
  await expect(results.first()).toContainText('Associate · SAA-C03');
  await expect(results.first().locator('mark').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(results.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/certifications\/solutions-architect-associate\/$/);
});

test('a reader who has arrowed into the results keeps their place when the same search draws again', async ({
  page,
}) => {
  await page.goto('/guides/');
  await openSearchWithKeyboard(page);
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  const input = dialog.getByRole('searchbox');
  const list = dialog.getByRole('list', { name: 'Results' });
  await page.keyboard.type('SAA-C03');
  await expect(dialog.getByRole('status')).toHaveText(/results? for “SAA-C03”/);
  await expect(list).not.toHaveAttribute('aria-busy', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(list.getByRole('link').first()).toBeFocused();
  // The same query searched again, as the search that runs once typing stops does: it finds what is shown.
  await input.dispatchEvent('input');
  await expect(list).toHaveAttribute('aria-busy', 'true');
  await expect(list).not.toHaveAttribute('aria-busy', 'true');
  await expect(list.getByRole('link').first()).toBeFocused();
});

test('no search code or index loads until the reader shows intent', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/certifications/developer-associate/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.startsWith('/pagefind/') || /search-dialog/.test(p))).toEqual([]);
  await page
    .getByRole('banner')
    .getByRole('link', { name: /Search/ })
    .hover();
  await expect.poll(() => requested.some((p) => p === '/pagefind/pagefind.js')).toBe(true);
});

test('the /search/ page filters narrow results and browse with an empty query', async ({ page }) => {
  const data = (await (await page.request.get('/data/certifications.json')).json()) as {
    certifications: { status: string; category: string; title: string }[];
  };
  const retiredSpecialty = data.certifications.filter((c) => c.status === 'retired' && /Specialty/.test(c.title));
  const professional = data.certifications.filter((c) => c.category === 'professional');
  const plural = (n: number) => `${n} result${n === 1 ? '' : 's'}`;

  await page.goto('/search/?q=specialty');
  await expect(page.getByRole('status')).toHaveText(/results? for “specialty”/);
  const before = await page.locator('.search-results a').count();
  // The filters are folded away until the reader opens them.
  await page.getByText('Filter by category, status or role').click();
  await page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: 'Retired' }).check();
  await expect(page).toHaveURL(/q=specialty&status=Retired/);
  await expect(page.getByRole('status')).toHaveText(`${plural(retiredSpecialty.length)} for “specialty”.`);
  expect(before).toBeGreaterThan(retiredSpecialty.length);
  for (const meta of await page.locator('.search-results .result-meta').allTextContents())
    expect(meta).toContain('Retired');

  // A link from before the Business category, with ?tier=, still filters by category.
  await page.goto('/search/?tier=Professional');
  await expect(page.getByRole('status')).toHaveText(`${plural(professional.length)}.`);
  await expect(page.getByRole('searchbox')).toHaveValue('');
  await expect(
    page.getByRole('group', { name: 'Category' }).getByRole('checkbox', { name: 'Professional' }),
  ).toBeChecked();
});

test('hostile and odd input shows results or a clear “no results”, and injects nothing', async ({
  page,
  consoleErrors,
}) => {
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs += 1;
    await d.dismiss();
  });
  await page.goto('/search/');
  const input = page.getByRole('searchbox');
  const status = page.getByRole('status');
  await expect(status).toHaveText('Type a word, or tick a filter to browse.');
  // Each input must produce its own announcement (the query as the reader sees it), so a status left over from
  // the previous input can never pass for this one. Long input is cut to 200 characters and shown as 57 and "…".
  const cases: [input: string, announced: RegExp][] = [
    ['<img src=x onerror=alert(1)>', /^(No results|\d+ results?) for “<img src=x onerror=alert\(1\)>”/],
    ['🚀☁️🔥', /^(No results|\d+ results?) for “🚀☁️🔥”/],
    ['a'.repeat(500), new RegExp(`^(No results|\\d+ results?) for “${'a'.repeat(57)}…”`)],
    ['"><script>alert(1)</script>', /^(No results|\d+ results?) for “"><script>alert\(1\)<\/script>”/],
    ['   ', /^Type a word, or tick a filter to browse\.$/],
    ['<img src=x onerror=alert(1)>', /^(No results|\d+ results?) for “<img src=x onerror=alert\(1\)>”/],
  ];
  for (const [hostile, announced] of cases) {
    await input.fill(hostile);
    await expect(status).toHaveText(announced);
  }
  await expect(page.locator('main img')).toHaveCount(0);
  expect(dialogs).toBe(0);
  expect(consoleErrors).toEqual([]);
});

test('without JavaScript the search page points to the catalogue', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/?q=dynamodb');
  await expect(page.getByRole('link', { name: 'browse the catalogue' })).toHaveAttribute('href', '/certifications/');
  await context.close();
});

test('when the index cannot load, the reader is told and pointed to the catalogue; nothing throws', async ({
  page,
  consoleErrors,
}) => {
  await page.route('**/pagefind/**', (route) => route.abort());
  await page.goto('/');
  await openSearchWithKeyboard(page);
  await page.getByRole('dialog').getByRole('searchbox').fill('lambda');
  const status = page.getByRole('dialog').getByRole('status');
  await expect(status).toHaveText(/^Search could not load just now/);
  await expect(status.getByRole('link', { name: 'the catalogue' })).toHaveAttribute('href', '/certifications/');
  await expect(status.getByRole('link', { name: 'the services index' })).toHaveAttribute('href', '/services/');
  await expect(status).not.toContainText('npm');
  await page.goto('/search/?q=lambda');
  await expect(page.getByRole('status')).toHaveText(/^Search could not load just now/);
  expect(consoleErrors.filter((e) => !/Failed to load resource|net::ERR_FAILED/.test(e))).toEqual([]);
});

test('when a search fails after the index loaded, the reader is told, and nothing is left unhandled', async ({
  page,
  consoleErrors,
}) => {
  // An index that loads but whose search() rejects (Pagefind itself swallows a missing chunk as "no results").
  await page.route('**/pagefind/pagefind.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: [
        'export const options = async () => {};',
        'export const init = async () => {};',
        'export const filters = async () => ({});',
        "export const search = async () => { throw new Error('index chunk failed'); };",
      ].join('\n'),
    }),
  );
  await page.goto('/search/?q=dynamodb');
  await expect(page.getByRole('status')).toHaveText(/^Search could not load just now/, { timeout: 15_000 });
  expect(consoleErrors.filter((e) => !/Failed to load resource|net::ERR_FAILED/.test(e))).toEqual([]);
});

/** What the reader sees for the query now in the box: the answer's kind and first link, then the results. */
async function observe(root: Locator): Promise<Observed> {
  return root.evaluate((element) => {
    const answer = element.querySelector<HTMLElement>('.search-answer');
    return {
      answerKind: answer?.dataset['answerKind'],
      answerPrimary: answer?.querySelector('.answer-primary')?.getAttribute('href') ?? undefined,
      results: [...element.querySelectorAll('.search-results a')].map((a) => a.getAttribute('href') ?? ''),
    };
  });
}

/** Types each query of the measured set into `input` and judges what `root` shows; returns the misses. */
async function runQuerySet(page: Page, root: Locator, surface: string): Promise<string[]> {
  const data = (await (await page.request.get('/data/certifications.json')).json()) as PublishedCatalogue;
  const input = root.getByRole('searchbox');
  const status = root.getByRole('status');
  const misses: string[] = [];
  for (const { query, expect: expectation } of searchQuerySet) {
    await input.fill(query);
    await expect(status, query).toContainText(`“${query}”`);
    const observed = await observe(root);
    if (!foundInTopThree(expectation, observed, data))
      misses.push(`${query}: expected ${JSON.stringify(expectation)}, saw ${JSON.stringify(observed).slice(0, 300)}`);
  }
  const found = searchQuerySet.length - misses.length;
  console.log(
    `${surface}: ${found} of ${searchQuerySet.length} queries (${((100 * found) / searchQuerySet.length).toFixed(1)}%) found what a reader expects in the top three`,
  );
  return misses;
}

test(`the measured query set (${searchQuerySet.length} queries) finds what readers expect in the top three of the dialog`, async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto('/guides/');
  await openSearchWithKeyboard(page);
  expect(await runQuerySet(page, page.getByRole('dialog', { name: 'Search the guide' }), 'dialog')).toEqual([]);
});

test(`the measured query set (${searchQuerySet.length} queries) finds what readers expect in the top three of /search/`, async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto('/search/');
  expect(await runQuerySet(page, page.getByRole('main'), '/search/')).toEqual([]);
});

/** The exams a reader can book on the build day, from the published data. */
async function bookable(page: Page): Promise<{ slug: string; category: string; shortName: string }[]> {
  const data = (await (await page.request.get('/data/certifications.json')).json()) as {
    certifications: { slug: string; category: string; shortName: string; status: string }[];
  };
  return data.certifications.filter((c) => ['active', 'retiring', 'beta'].includes(c.status));
}

test('the dialog answers "beginner" with the Foundational exams of the data, and Enter on "SAA vs DVA" opens their comparison', async ({
  page,
}) => {
  const foundational = (await bookable(page)).filter((c) => c.category === 'foundational');
  expect(foundational.length).toBeGreaterThan(0);
  await page.goto('/guides/');
  await openSearchWithKeyboard(page);
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await page.keyboard.type('beginner');
  await expect(dialog.getByRole('status')).toHaveText(/^Answer: Start with a Foundational exam\./);
  const answer = dialog.locator('.search-answer');
  await expect(answer.getByRole('heading', { level: 2 })).toHaveText('Start with a Foundational exam');
  const listed = await answer
    .locator('.answer-items a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(listed.sort()).toEqual(foundational.map((c) => `/certifications/${c.slug}/`).sort());
  await expect(answer.getByRole('link', { name: 'How to choose an AWS certification' })).toBeVisible();
  // No page is offered for a word no page has: "beginner" once matched "begins".
  await expect(dialog.getByRole('list', { name: 'Results' }).getByRole('link')).toHaveCount(0);
  // The arrow keys reach the answer's links first.
  await page.keyboard.press('ArrowDown');
  await expect(answer.getByRole('link').first()).toBeFocused();

  await dialog.getByRole('searchbox').fill('SAA vs DVA');
  await expect(dialog.getByRole('status')).toHaveText(
    /^Answer: Solutions Architect – Associate vs Developer – Associate\./,
  );
  await dialog.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(/\/compare\/[a-z-]*(solutions-architect-associate|developer-associate)-vs-[a-z-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Developer – Associate');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Solutions Architect – Associate');
});

test('the price answer lists every exam a reader can book, by fee, and loose codes find their exam', async ({
  page,
}) => {
  const exams = await bookable(page);
  await page.goto('/search/?q=cheapest');
  await expect(page.getByRole('status')).toHaveText(/^Answer: Exam fees, cheapest first\./);
  const listed = await page
    .locator('main .search-answer .answer-items a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(listed.sort()).toEqual(exams.map((c) => `/certifications/${c.slug}/`).sort());
  const fees = await page.locator('main .search-answer h3').allTextContents();
  const amounts = fees.flatMap((f) => (/^USD (\d+)$/.exec(f) ? [Number(f.slice(4))] : []));
  expect(amounts).toEqual([...amounts].sort((a, b) => a - b));

  for (const loose of ['saa c03', 'SAA C3', 'saac03']) {
    await page.goto(`/search/?q=${encodeURIComponent(loose)}`);
    await expect(page.locator('main .search-results a').first(), loose).toHaveAttribute(
      'href',
      '/certifications/solutions-architect-associate/',
    );
  }
});

test('excerpts start at a sentence or heading and hold no fact grid, table header or placeholder', async ({ page }) => {
  await page.goto('/search/');
  const input = page.getByRole('searchbox');
  for (const query of ['SCS-C03', 'security specialty', 'DynamoDB', 'cheapest', 'cross-account access', 'retired']) {
    await input.fill(query);
    await expect(page.getByRole('status')).toContainText(`“${query}”`);
    const excerpts = await page.locator('main .result-excerpt').allTextContents();
    expect(excerpts.length, query).toBeGreaterThan(0);
    for (const excerpt of excerpts) {
      expect.soft(excerpt, `${query}: starts a sentence or heading`).toMatch(/^[\p{Lu}\p{N}]/u);
      expect.soft(excerpt, query).not.toMatch(/not yet confirmed|Exam code [A-Z]{3}-C\d\d Category|Minutes Price/i);
    }
  }
});

test('a finished word matches only itself and its plain forms: "free" never marks "freedom"', async ({ page }) => {
  await page.goto('/search/?q=free');
  await expect(page.getByRole('status')).toHaveText(/results? for “free”/);
  const marked = await page.locator('main .search-results mark').allTextContents();
  expect(marked.length).toBeGreaterThan(0);
  for (const word of marked) expect(word.toLowerCase().replace(/[^a-z-]/g, '')).toMatch(/^free(s|-tier)?$/);
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width}×${viewport.height} /search/ shows results above the fold, with the filters folded away`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/search/?q=DynamoDB');
    await expect(page.getByRole('status')).toHaveText(/results? for “DynamoDB”/);
    const filters = page.locator('details.filters');
    await expect(filters).not.toHaveAttribute('open');
    await expect(page.getByRole('group', { name: 'Status' })).toBeHidden();
    const first = await page.locator('main .search-results a').first().boundingBox();
    expect(first, 'a first result').not.toBeNull();
    expect((first?.y ?? 0) + (first?.height ?? 0)).toBeLessThanOrEqual(viewport.height);
    // A filter in the address opens them.
    await page.goto('/search/?q=DynamoDB&status=Active');
    await expect(filters).toHaveAttribute('open');
    await expect(page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: 'Active' })).toBeChecked();
  });
}
