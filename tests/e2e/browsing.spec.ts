import { expect, publishedCertifications, test } from './fixtures';

test('a reader goes home → catalogue → sorts by price → a certification → a service → another certification', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Certifications' }).click();
  await expect(page).toHaveURL(/\/certifications\/$/);

  await page.getByRole('button', { name: 'Price (USD)' }).click();
  await expect(page).toHaveURL(/\?sort=price$/);
  await expect(page.getByRole('columnheader', { name: 'Price (USD)' })).toHaveAttribute('aria-sort', 'ascending');
  // Cheapest first (the standard price, see the test below); a price AWS has not published goes last.
  const prices = (
    await page.locator('tbody tr:not([hidden]):not(.retired) td[data-label="Price (USD)"]').allTextContents()
  ).map((text) => Number.parseFloat(/(\d+) standard\)/.exec(text)?.[1] ?? text.trim()));
  const known = prices.filter((p) => !Number.isNaN(p));
  expect(known.length).toBeGreaterThan(0);
  expect(known).toEqual([...known].sort((a, b) => a - b));
  expect(prices.slice(0, known.length)).toEqual(known);

  await page.getByRole('link', { name: 'Developer – Associate', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AWS Certified Developer – Associate');

  await page
    .getByRole('region', { name: 'Services the exam stresses' })
    .getByRole('link', { name: 'AWS Lambda', exact: true })
    .click();
  await expect(page).toHaveURL(/\/services\/aws-lambda\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AWS Lambda');

  await page.getByRole('link', { name: 'Solutions Architect – Associate', exact: true }).click();
  await expect(page).toHaveURL(/\/certifications\/solutions-architect-associate\/$/);
  expect(consoleErrors).toEqual([]);
});

test('sorting by price: bookable exams by standard price, a beta’s price labelled, retired ones after', async ({
  page,
}) => {
  const certifications = await publishedCertifications(page);
  /** The standard price and any different beta price of the version a row shows (the newest for a retired exam). */
  const facts = new Map(
    certifications.map((c) => {
      const version = c.versions.find((v) => v.code === c.currentVersion) ?? c.versions[0];
      const beta = version?.phase === 'beta' ? version.beta?.format?.priceUsd : undefined;
      return [c.shortName, { status: c.status, standard: version?.format.priceUsd, beta }];
    }),
  );
  for (const dir of ['asc', 'desc'] as const) {
    await page.goto(`/certifications/?sort=price${dir === 'desc' ? '&dir=desc' : ''}`);
    await expect(page.getByRole('columnheader', { name: 'Price (USD)' })).toHaveAttribute(
      'aria-sort',
      dir === 'asc' ? 'ascending' : 'descending',
    );
    const rows = await page.locator('tbody tr:not([hidden])').evaluateAll((trs) =>
      trs.map((tr) => ({
        name: tr.querySelector('th')?.textContent?.trim() ?? '',
        // The figure as read, without the "unverified" mark some carry.
        price:
          tr
            .querySelector('td[data-label="Price (USD)"]')
            ?.textContent?.replace(/\s+/g, ' ')
            .trim()
            .replace(/ unverified$/, '') ?? '',
      })),
    );
    expect(rows).toHaveLength(certifications.length);
    const fact = (name: string) => {
      const found = facts.get(name);
      if (!found) throw new Error(`${name} is not in the data`);
      return found;
    };
    // Every retired exam after every other one, whatever the direction.
    const retiredFrom = rows.findIndex((r) => fact(r.name).status === 'retired');
    const retired = rows.filter((r) => fact(r.name).status === 'retired');
    expect(retired.length).toBeGreaterThan(0);
    expect(rows.slice(retiredFrom).map((r) => fact(r.name).status)).toEqual(retired.map(() => 'retired'));
    // A retired exam's price never reads as if it could be bought.
    for (const row of retired) expect(row.price, row.name).toMatch(/^(was \d+|— not recorded)$/);
    // The rest in order of their standard price, unknown prices last; a beta's own price is labelled as such.
    const bookable = rows.slice(0, retiredFrom);
    const standard = bookable.map((r) => fact(r.name).standard).filter((p) => p !== undefined);
    expect(standard).toEqual([...standard].sort((a, b) => (dir === 'asc' ? a - b : b - a)));
    for (const row of bookable) {
      const { standard: price, beta } = fact(row.name);
      if (beta !== undefined && beta !== price) expect(row.price).toBe(`${beta} (beta; ${price} standard)`);
      else if (price !== undefined) expect(row.price).toBe(String(price));
    }
  }
});

test('on a phone the sort buttons leave the Tab order and the form sorts instead', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/certifications/');
  const headerButtons = page.locator('thead button');
  await expect(headerButtons.first()).toBeAttached();
  for (const button of await headerButtons.all()) await expect(button).toBeHidden();
  // From the last filter, Tab goes through the visible sort fields and Apply, then the table's region (the one table
  // box, which a keyboard can scroll when a table is wider than the screen), then the first card: never a hidden button.
  await page.getByRole('combobox', { name: 'Status' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Order' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Apply' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('region', { name: 'Every AWS certification with its exam facts' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('tbody tr:not([hidden]) th a').first()).toBeFocused();

  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Price (USD)' });
  await page.getByRole('combobox', { name: 'Order' }).selectOption({ label: 'Descending' });
  await expect(page).toHaveURL(/\?sort=price&dir=desc$/);
  await expect(page.getByRole('columnheader', { name: 'Price (USD)' })).toHaveAttribute('aria-sort', 'descending');

  // At desktop width it is the other way round: header buttons, no duplicate fields.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.getByRole('button', { name: 'Price (USD)' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toBeHidden();
});

test('a shared catalogue view is restored from its URL, old ?tier= links included', async ({ page }) => {
  const certifications = await publishedCertifications(page);
  const all = certifications.length;
  const associate = certifications.filter((c) => c.category === 'associate');
  await page.goto('/certifications/?tier=associate&sort=price&dir=desc');
  await expect(page.getByRole('combobox', { name: 'Category' })).toHaveValue('associate');
  await expect(page.getByText(`Showing ${associate.length} of ${all}`)).toBeVisible();
  await expect(page).toHaveURL(/category=associate&sort=price&dir=desc/);
  await page.getByRole('combobox', { name: 'Status' }).selectOption('retired');
  const retired = associate.filter((c) => c.status === 'retired').length;
  await expect(page.getByText(`Showing ${retired} of ${all}`)).toBeVisible();
  await expect(page).toHaveURL(/category=associate&status=retired&sort=price&dir=desc/);
});

test('/compare/?c= with two certifications in the order of their pair page shows that page', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/compare/?c=developer-associate,solutions-architect-associate');
  await expect(page).toHaveURL(/\/compare\/developer-associate-vs-solutions-architect-associate\/$/);
  const table = page.getByRole('table', { name: 'Exam facts side by side' });
  await expect(table.getByRole('columnheader', { name: 'Solutions Architect – Associate' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Developer – Associate' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Shared by both' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('/compare/?c= with three certifications renders them side by side and keeps the choice', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/compare/?c=solutions-architect-associate,developer-associate,cloudops-engineer-associate');
  const table = page.getByRole('table', { name: 'Exam facts side by side' });
  for (const name of ['Solutions Architect – Associate', 'Developer – Associate', 'CloudOps Engineer – Associate']) {
    await expect(table.getByRole('columnheader', { name })).toBeVisible();
  }
  await expect(table).toContainText('SOA-C03');
  await expect(page.getByRole('heading', { name: 'Shared by all' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Developer – Associate' })).toBeChecked();
  expect(consoleErrors).toEqual([]);
});

test('a bad id in ?c= gets a helpful message and nothing is injected', async ({ page, consoleErrors }) => {
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  await page.goto('/compare/?c=solutions-architect-associate,sysops-wizard,%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await expect(page.getByRole('status')).toHaveText('Your selection needs attention: see below.');
  await expect(page.locator('compare-tool .result .notice')).toContainText(
    'No certification is called “sysops-wizard”',
  );
  await expect(page.getByText('Choose at least two certifications to compare.')).toBeVisible();
  await expect(page.locator('compare-tool img')).toHaveCount(0);
  expect(dialogs).toBe(0);
  expect(consoleErrors).toEqual([]);
});

test('a pre-rendered comparison works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/compare/developer-associate-vs-solutions-architect-associate/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Developer – Associate vs Solutions Architect – Associate',
  );
  const certifications = await publishedCertifications(page);
  const code = certifications.find((c) => c.slug === 'developer-associate')?.currentVersion ?? '';
  await expect(page.getByRole('table', { name: 'Exam facts side by side' })).toContainText(code);
  await context.close();
});

test('the browser renders a comparison exactly as the static pair pages do: headings, rows, badges and ids', async ({
  page,
  consoleErrors,
}) => {
  const pair = 'developer-associate-vs-solutions-architect-associate';
  await page.goto(`/compare/${pair}/`);
  const staticView = await page.locator('main').evaluate((main) => ({
    headings: [...main.querySelectorAll('h2, h3')].map((h) => h.textContent?.trim() ?? ''),
    facts: [...main.querySelectorAll('tr[data-fact]')].map((tr) => tr.getAttribute('data-fact')),
    rows: [...main.querySelectorAll('tr[data-fact] th')].map((th) => th.textContent?.trim()),
    badges: [...main.querySelectorAll('.comparison thead .badge')].map((b) => `${b.className}: ${b.textContent}`),
    ids: [...main.querySelectorAll('[id]')].map((e) => e.id),
    cells: [...main.querySelectorAll('tr[data-fact="priceUsd"] td')].map((td) => td.textContent?.trim()),
  }));
  await page.goto('/compare/?c=developer-associate,solutions-architect-associate,cloudops-engineer-associate');
  const result = page.locator('compare-tool .compared');
  await expect(result.getByRole('table', { name: 'Exam facts side by side' })).toBeVisible();
  const threeWay = await result.evaluate((root) => ({
    headings: [...root.querySelectorAll('h2, h3')].map((h) => h.textContent?.trim() ?? ''),
    facts: [...root.querySelectorAll('tr[data-fact]')].map((tr) => tr.getAttribute('data-fact')),
    rows: [...root.querySelectorAll('tr[data-fact] th')].map((th) => th.textContent?.trim()),
    badges: [...root.querySelectorAll('.comparison thead .badge')].map((b) => `${b.className}: ${b.textContent}`),
    ids: [...root.querySelectorAll('[id]')].map((e) => e.id),
    cells: [...root.querySelectorAll('tr[data-fact="priceUsd"] td')].map((td) => td.textContent?.trim()),
  }));
  const shared = staticView.headings.filter((h) => !/^Shared by/.test(h) && !/^Developer – Associate vs/.test(h));
  for (const heading of shared) expect(threeWay.headings, heading).toContain(heading);
  expect(threeWay.facts).toEqual(staticView.facts);
  expect(threeWay.rows).toEqual(staticView.rows);
  for (const badge of staticView.badges) expect(threeWay.badges).toContain(badge);
  for (const id of ['domains', 'services', 'shared-services']) {
    expect(staticView.ids).toContain(id);
    expect(threeWay.ids).toContain(id);
  }
  expect(threeWay.cells.slice(0, 2)).toEqual(staticView.cells);
  expect(consoleErrors).toEqual([]);
});

test('the old SysOps address leads to the CloudOps page, which says what changed when', async ({ page }) => {
  await page.goto('/certifications/sysops-administrator-associate/');
  await expect(page).toHaveURL(/\/certifications\/cloudops-engineer-associate\/$/);
  await expect(page.getByRole('note').filter({ hasText: 'Renamed' })).toContainText('SysOps Administrator – Associate');
  await expect(page.getByRole('note').filter({ hasText: 'Renamed' })).toContainText('29 September 2025');
});

test('a retired exam’s unrecorded facts read “Not recorded”, and notices give dates, never a frozen count', async ({
  page,
}) => {
  const certifications = await publishedCertifications(page);
  const retiredWithout = certifications.filter(
    (c) => c.status === 'retired' && c.versions[0]?.format.languages === undefined,
  );
  expect(retiredWithout.length).toBeGreaterThan(0);
  for (const cert of retiredWithout) {
    await page.goto(`/certifications/${cert.slug}/`);
    const languages = page.locator('dl.facts > div', { has: page.locator('dt', { hasText: /^Languages$/ }) });
    await expect(languages.locator('dd'), cert.slug).toHaveText('Not recorded');
  }
  // Every notice of every certification page: dates only, so nothing in them goes stale the day after the build.
  const withNotices = certifications.filter((c) => c.versions.some((v) => v.lastDay !== undefined));
  for (const cert of withNotices) {
    const html = await (await page.request.get(`/certifications/${cert.slug}/`)).text();
    const notices = [...html.matchAll(/<div class="notice[^"]*"[^>]*role="note"[^>]*>([\s\S]*?)<\/div>/g)].map(
      (m) => m[1]?.replace(/<[^>]+>/g, '') ?? '',
    );
    for (const notice of notices) expect(notice, cert.slug).not.toMatch(/\d+ days? left|\(in \d+ days?\)|\(tomorrow\)/);
  }
});

test('a retired certification carries a banner with its date and where to go now', async ({ page }) => {
  await page.goto('/certifications/machine-learning-specialty/');
  const banner = page.getByRole('note').filter({ hasText: 'Retired.' });
  await expect(banner).toContainText('31 March 2026');
  await expect(banner.getByRole('link', { name: 'Machine Learning Engineer – Associate' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the catalogue is a complete, readable table', async ({ page }) => {
    const certifications = await publishedCertifications(page);
    await page.goto('/certifications/');
    await expect(page.locator('tbody tr')).toHaveCount(certifications.length);
    await expect(page.getByRole('row', { name: /SAP on AWS – Specialty/ })).toContainText('Retired');
    await expect(page.locator('form.filters')).toBeHidden();
  });

  test('a certification page shows its facts, domains and sources', async ({ page }) => {
    await page.goto('/certifications/security-specialty/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('AWS Certified Security – Specialty');
    const certifications = await publishedCertifications(page);
    const security = certifications.find((c) => c.slug === 'security-specialty');
    const current = security?.versions.find((v) => v.code === security.currentVersion);
    await expect(page.getByRole('region', { name: /^The exam:/ }).locator('dl.facts')).toContainText(
      security?.currentVersion ?? '',
    );
    await expect(page.getByRole('list', { name: /Exam domains/ }).getByRole('listitem')).toHaveCount(
      current?.domains?.length ?? 0,
    );
    await expect(page.getByRole('heading', { name: 'Sources', exact: true })).toBeVisible();
    // The header's search button falls back to a link to the catalogue.
    await expect(page.getByRole('banner').getByRole('link', { name: /Search/ })).toHaveAttribute(
      'href',
      '/certifications/',
    );
  });
});
