/*
 * Three of a reader's first-hour journeys, end to end, with every expected name, fee and status read from the build's
 * own open data: "new to cloud, which exam first, what will it cost, how long?", "I hold SAA, which Professional
 * next?" and "compare the associate exams".
 */
import type { Locator } from '@playwright/test';
import { axeViolations, loadAxe } from './axe';
import { examToday, expect, publishedCertifications, test, type PublishedCertification } from './fixtures';

/** The fee, length and status a path step shows, checked against the data. */
async function expectGlance(step: Locator, cert: PublishedCertification): Promise<void> {
  const { fee, minutes } = examToday(cert);
  const glance = step.locator('dl.glance');
  await expect(glance).toContainText(fee === undefined ? 'Fee Not yet published' : `Fee USD ${fee}`);
  if (minutes !== undefined) await expect(glance).toContainText(`${minutes} minutes`);
  const labels: Partial<Record<string, string>> = { active: 'Active', beta: 'Beta', retiring: 'Retiring' };
  const status = labels[cert.status];
  await expect(glance).toContainText(`Status ${status}`);
}

test('new to cloud: the home page names the first exams, their fee and length, and the path finder starts a newcomer at one', async ({
  page,
}) => {
  await page.goto('/');
  const certs = await publishedCertifications(page);
  const foundational = certs.filter((c) => c.category === 'foundational' && ['active', 'beta'].includes(c.status));
  const start = page.getByRole('region', { name: /New to AWS/ });
  const first = foundational[0]!;
  const card = start
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: first.shortName, exact: true }) });
  await expect(card).toContainText(`USD ${examToday(first).fee}`);
  await expect(card).toContainText(`${examToday(first).minutes} minutes`);

  // Which one? The choosing guide is one click away, and so is the path finder.
  await start.getByRole('link', { name: /how to choose/i }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/choose an AWS certification/i);
  await page.goBack();
  await start.getByRole('link', { name: 'the path finder' }).click();
  await expect(page).toHaveURL(/\/path-finder\/$/);

  // No goal is chosen for the reader: pressing the button unchanged asks for one and goes nowhere. The request's
  // wording is the form script's, so wait for it (before it runs, the browser's own "select an item" shows).
  await page.waitForFunction(() => customElements.get('path-finder-form') !== undefined);
  const goal = page.getByLabel('Where do you want to go?');
  await expect(goal).toHaveValue('');
  await page.getByRole('button', { name: 'Find my path' }).click();
  await expect(page).toHaveURL(/\/path-finder\/$/);
  expect(await goal.evaluate((select: HTMLSelectElement) => select.validationMessage)).toMatch(/^Choose a goal first/);
  await expect(page.getByText(/not sure yet\? Choose “Newcomer/)).toBeVisible();

  // Every answer the form asks for is one it uses: the goal, the years and what is held.
  const asked = await page
    .locator('path-finder-form form')
    .evaluate((form: HTMLFormElement) => [
      ...new Set([...form.elements].flatMap((e) => (e as HTMLInputElement).name || [])),
    ]);
  expect(asked.sort()).toEqual(['goal', 'held', 'years']);

  await goal.selectOption({ label: 'Newcomer or non-technical' });
  await page.getByRole('button', { name: 'Find my path' }).click();
  await expect(page).toHaveURL(/\/path-finder\/newcomer\/none\/\?years=0$/);
  const steps = page.locator('.path-steps > li');
  const firstHref = (await steps.first().locator('h3 a').getAttribute('href')) ?? '';
  const firstCert = certs.find((c) => firstHref.endsWith(`/certifications/${c.slug}/`))!;
  expect(firstCert.category).toBe('foundational');
  for (const item of await steps.all()) {
    const href = (await item.locator('h3 a').getAttribute('href')) ?? '';
    await expectGlance(
      item,
      certs.find((c) => href.endsWith(`/certifications/${c.slug}/`))!,
    );
  }
});

test('I hold SAA: the path finder never recommends it, with JavaScript or without, and gives each next step its fee, length and status', async ({
  page,
  browser,
}) => {
  const held = 'solutions-architect-associate';
  await page.goto('/path-finder/');
  const certs = await publishedCertifications(page);
  await page.getByLabel('Where do you want to go?').selectOption({ label: 'Solutions architect' });
  await page.getByLabel('Years of hands-on AWS work').fill('3');
  await page.getByRole('checkbox', { name: 'Solutions Architect – Associate', exact: true }).check();
  await page.getByRole('button', { name: 'Find my path' }).click();
  await expect(page).toHaveURL(`/path-finder/solutions-architect/experienced/yours/?years=3&held=${held}`);
  await expect(page.getByText(/already holding Solutions Architect – Associate/)).toBeVisible();
  const steps = page.locator('.path-steps > li');
  await expect(steps.first()).toBeVisible();
  const hrefs = await steps.locator('h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const slugs = hrefs.map((href) => href.split('/')[2] ?? '');
  expect(slugs).not.toContain(held);
  // Its Professional is among the next steps.
  expect(slugs.map((slug) => certs.find((c) => c.slug === slug)?.category)).toContain('professional');
  for (const [i, slug] of slugs.entries())
    await expectGlance(
      steps.nth(i),
      certs.find((c) => c.slug === slug)!,
    );

  // The same link without JavaScript lists no step at all rather than the one the reader holds, and says where the
  // general path is.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  await noScript.goto(page.url());
  await expect(noScript.getByRole('heading', { level: 1 })).toHaveText('Your path: Solutions architect');
  await expect(noScript.locator('.path-steps > li')).toHaveCount(0);
  await expect(noScript.getByRole('main').locator(`a[href="/certifications/${held}/"]`)).toHaveCount(0);
  await expect(noScript.getByText(/reading them needs\s+JavaScript/)).toBeVisible();
  await noScript.getByRole('link', { name: /The path for solutions architect goals/ }).click();
  await expect(noScript).toHaveURL(/\/path-finder\/solutions-architect\/experienced\/$/);
  // That page says, before its steps, that it is the path for a reader holding nothing.
  await expect(noScript.getByText(/the path for a reader who holds no certification yet/)).toBeVisible();
  await context.close();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('compare the associate exams: three ticked in an order, the result is focused and in view, columns in that order, and only the slim data is fetched', async ({
    page,
  }) => {
    await page.goto('/compare/');
    const associates = (await publishedCertifications(page)).filter(
      (c) => c.category === 'associate' && ['active', 'beta', 'retiring'].includes(c.status),
    );
    expect(associates.length).toBeGreaterThanOrEqual(3);
    // An order that is not the page's own: the last three in reverse.
    const chosen = associates.slice(-3).reverse();
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (['fetch', 'xhr'].includes(request.resourceType())) fetched.push(new URL(request.url()).pathname);
    });
    for (const cert of chosen) await page.getByRole('checkbox', { name: cert.shortName, exact: true }).check();
    await page.getByRole('button', { name: 'Compare', exact: true }).click();

    await expect(page).toHaveURL(`/compare/?c=${chosen.map((c) => c.slug).join(',')}`);
    const heading = page.getByRole('heading', { level: 2, name: chosen.map((c) => c.shortName).join(' vs ') });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    await expect(page.getByRole('status')).toHaveText('Your comparison is below.');
    const table = page.getByRole('table', { name: 'Exam facts side by side' });
    const columns = await table.locator('thead th a').allTextContents();
    expect(columns.map((t) => t.trim())).toEqual(chosen.map((c) => c.shortName));
    const codes = await table.locator('tr[data-fact="code"] td').allTextContents();
    codes.forEach((code, i) => expect(code.trim()).toMatch(new RegExp(`^${chosen[i]?.currentVersion}\\b`)));
    expect(fetched).toEqual(['/data/compare.json']);

    // The address reproduces the same order for whoever opens it.
    await page.reload();
    await expect(table.locator('thead th a').first()).toHaveText(chosen[0]!.shortName);
    await expect(page.getByRole('checkbox', { name: chosen[2]!.shortName, exact: true })).toBeChecked();
  });
});

test('common comparisons are led by exams one can book', async ({ page }) => {
  await page.goto('/compare/');
  const certs = await publishedCertifications(page);
  const bookable = new Set(certs.filter((c) => ['active', 'beta', 'retiring'].includes(c.status)).map((c) => c.slug));
  const pairs = await page
    .locator('a[data-pair]')
    .evaluateAll((links) => links.map((a) => (a.getAttribute('data-pair') ?? '').split(' ')));
  const canBook = pairs.map((pair) => pair.every((slug) => bookable.has(slug)));
  expect(canBook[0]).toBe(true);
  // Once a pair with an exam no longer on offer appears, no bookable pair follows it.
  expect(canBook.slice(canBook.indexOf(false))).not.toContain(true);
});

test('a personal path has no axe violations in either theme', async ({ page }) => {
  const address = '/path-finder/solutions-architect/experienced/yours/?years=3&held=solutions-architect-associate';
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(address);
    await expect(page.locator('.path-steps > li').first()).toBeVisible();
    await loadAxe(page);
    expect(await axeViolations(page, scheme === 'light' ? 'all' : 'colour'), `${scheme} theme`).toEqual([]);
  }
});

test('a personal path whose address gives no years assumes the years its level stands for in the content', async ({
  page,
}) => {
  const { pathFinder } = (await (await page.request.get('/data/roles.json')).json()) as {
    pathFinder: { experienceLevels: { id: string; representativeYears: number }[] };
  };
  const some = pathFinder.experienceLevels.find((level) => level.id === 'some');
  if (!some) throw new Error('content/path-finder.yaml no longer has the level "some"');
  await page.goto('/path-finder/solutions-architect/some/yours/?held=cloud-practitioner');
  await expect(page.locator('path-result .summary')).toHaveText(
    `For solutions architect goals, with ${some.representativeYears} year${some.representativeYears === 1 ? '' : 's'} of hands-on AWS experience, already holding Cloud Practitioner.`,
  );
});
