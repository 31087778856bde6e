import { examToday, expect, publishedCertifications, test, type PublishedCertification } from './fixtures';

/** What the home page's start must show, read from the build's own open data (never typed). */

const bookable = (c: PublishedCertification) => ['active', 'beta', 'retiring'].includes(c.status);

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${viewport.width} × ${viewport.height}`, () => {
    test.use({ viewport });

    test('the first screen of the home page starts a newcomer: each Foundational exam with its fee and length, the choosing guide and the path finder', async ({
      page,
    }) => {
      await page.goto('/');
      const foundational = (await publishedCertifications(page)).filter(
        (c) => c.category === 'foundational' && bookable(c),
      );
      expect(foundational.length).toBeGreaterThan(0);
      const start = page.getByRole('region', { name: /New to AWS/ });
      for (const cert of foundational) {
        const card = start.getByRole('listitem').filter({ has: page.getByRole('link', { name: cert.shortName }) });
        await expect(card.getByRole('link', { name: cert.shortName, exact: true })).toBeInViewport();
        await expect(card).toContainText(cert.currentVersion ?? '');
        const fee = examToday(cert).fee;
        const minutes = examToday(cert).minutes;
        expect(fee).toBeDefined();
        await expect(card.getByText(`USD ${fee}`)).toBeInViewport();
        await expect(card.getByText(new RegExp(`^${minutes} minutes`))).toBeInViewport();
        // Who it is for sits above the figures, so it is on the first screen too.
        await expect(card.getByText(/^For: /)).toBeInViewport();
      }
      await expect(start.getByRole('link', { name: /how to choose an AWS certification/i })).toBeInViewport();
      await expect(start.getByRole('link', { name: 'the path finder' })).toBeInViewport();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}

test('the home page names every certification in beta and every one retiring, from the day’s statuses', async ({
  page,
}) => {
  await page.goto('/');
  const certs = await publishedCertifications(page);
  const intro = page.getByRole('main').locator('.prose').first();
  for (const status of ['beta', 'retiring']) {
    for (const cert of certs.filter((c) => c.status === status)) {
      await expect(intro.getByRole('link', { name: cert.shortName, exact: true })).toHaveAttribute(
        'href',
        `/certifications/${cert.slug}/`,
      );
    }
  }
  // Nothing else is named there: an active or retired certification is only counted.
  const named = await intro.getByRole('link').allTextContents();
  const flagged = certs.filter((c) => c.status === 'beta' || c.status === 'retiring').map((c) => c.shortName);
  expect(named.sort()).toEqual([...flagged].sort());
});

test('the tier cards line up at the top, so the first tier’s exams are not pushed below an empty block', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const tops = await page
    .locator('ol.ladder > li')
    .evaluateAll((steps) => steps.map((step) => Math.round(step.getBoundingClientRect().top)));
  expect(tops.length).toBeGreaterThan(1);
  expect(new Set(tops).size).toBe(1);
});

test('“Where to start” leads to the choosing guide', async ({ page }) => {
  await page.goto('/');
  const section = page.locator('#start + ul');
  await section.getByRole('link', { name: /choose an AWS certification/i }).click();
  await expect(page).toHaveURL(/\/guides\/choosing-a-certification\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/choose an AWS certification/i);
});

test('the roadmap draws a way out of the Foundational exam a newcomer starts with', async ({ page }) => {
  await page.goto('/roadmap/');
  const rules = (await (await page.request.get('/data/roles.json')).json()) as {
    pathFinder: { foundationalFirst: { certification: string } };
  };
  const first = (await publishedCertifications(page)).find(
    (c) => c.slug === rules.pathFinder.foundationalFirst.certification,
  );
  expect(first?.category).toBe('foundational');
  // The text alternative names it as coming before at least one exam of a higher level.
  const after = page
    .getByRole('main')
    .locator('li')
    .filter({ hasText: `: after ${first?.shortName}` });
  expect(await after.count()).toBeGreaterThan(0);
  // And the drawing has an arrow leaving its box.
  const box = (await page.locator(`svg a[href="/certifications/${first?.slug}/"] rect`).boundingBox())!;
  const starts = await page.locator('svg path.arrow').evaluateAll((paths) =>
    paths.map((p) => {
      const [x, y] = (p.getAttribute('d') ?? '').slice(1).split(/[ L]/).map(Number);
      const svg = (p as SVGPathElement).ownerSVGElement!;
      const point = svg.createSVGPoint();
      point.x = x ?? 0;
      point.y = y ?? 0;
      const screen = point.matrixTransform(svg.getScreenCTM()!);
      return { x: screen.x, y: screen.y };
    }),
  );
  const leaving = starts.filter(
    (s) => Math.abs(s.x - (box.x + box.width)) < 3 && s.y >= box.y && s.y <= box.y + box.height,
  );
  expect(leaving.length).toBeGreaterThan(0);
});
