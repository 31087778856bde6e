import { expect, test } from './fixtures';
import { answerKinds, answerQuestions } from '../../src/lib/search/answers';

test.use({ javaScriptEnabled: false });

/** A sample of every page type with text its main content must show without any script. */
const samples: [path: string, text: RegExp][] = [
  ['/', /The levels, and Business beside them/],
  ['/certifications/', /SAP on AWS – Specialty/],
  ['/certifications/cloudops-engineer-associate/', /SOA-C03/],
  ['/certifications/database-specialty/', /Retired\./],
  ['/categories/associate/', /Developer – Associate/],
  ['/categories/business/', /AI Business Strategist/],
  ['/compare/', /Common comparisons/],
  ['/compare/ai-practitioner-vs-cloud-practitioner/', /Exam facts side by side/],
  ['/services/', /Amazon DynamoDB/],
  ['/services/amazon-dynamodb/', /Developer – Associate/],
  ['/roles/', /Solutions architect/i],
  ['/roles/network-engineer/', /Advanced Networking/],
  ['/roadmap/', /The roadmap as text/],
  ['/guides/', /How AWS certification exams work/],
  ['/guides/how-aws-exams-work/', /unscored/i],
  ['/changes/', /Coming up/],
  // A certification whose exam changed: its version history, which lasts (the notice of the change is dated).
  ['/certifications/solutions-architect-professional/', /SAP-C02: ended/],
  ['/about/', /not affiliated/],
  ['/search/', /browse the catalogue/],
  ['/search/answers/start/', /Start with a Foundational exam/],
];

test(`${samples.length} pages, one of each type, are readable without JavaScript`, async ({ page }) => {
  // A page at a time, so the time allowed grows with the sample (a loaded machine takes seconds a page).
  test.setTimeout(samples.length * 10_000);
  // One browser context for the whole sample: each page is still loaded and checked on its own, softly, so one
  // failure names its page and the others still run.
  for (const [path, text] of samples) {
    const response = await page.goto(path);
    expect.soft(response?.status(), path).toBe(200);
    const main = page.getByRole('main');
    await expect.soft(main.getByRole('heading', { level: 1 }), path).toBeVisible();
    await expect.soft(main, path).toContainText(text);
  }
});

test('forms that need a script are hidden without one, and point to what works', async ({ page }) => {
  await page.goto('/compare/');
  await expect(page.getByRole('button', { name: 'Compare', exact: true })).toBeHidden();
  await expect(
    page.getByText(/Choosing your own comparison, or opening a link to one, needs JavaScript/),
  ).toBeVisible();
  await page.goto('/path-finder/');
  await expect(page.getByRole('button', { name: 'Find my path' })).toBeHidden();
  await expect(page.getByText(/The questions need JavaScript/)).toBeVisible();
  await page.getByRole('link', { name: 'the table of paths' }).click();
  await expect(page).toHaveURL(/#browse$/);
  await expect(page.locator('#browse')).toBeVisible();
  // The planner and the search page would only reload themselves: hidden, with what works instead.
  await page.goto('/planner/');
  await expect(page.getByRole('button', { name: 'Update the plan' })).toBeHidden();
  await expect(page.getByRole('checkbox').first()).toBeHidden();
  await expect(page.getByText(/The calculator needs JavaScript/)).toBeVisible();
  await page.goto('/search/');
  await expect(page.getByRole('searchbox')).toBeHidden();
  await expect(page.getByRole('main').getByRole('button', { name: 'Search' })).toBeHidden();
  await expect(page.getByText(/Search needs JavaScript/)).toBeVisible();
});

test('a shared comparison link lists every exam with a link to its page, and the pair pages that work', async ({
  page,
}) => {
  const asked = ['developer-associate', 'solutions-architect-associate', 'cloudops-engineer-associate'];
  await page.goto(`/compare/?c=${asked.join(',')}`);
  await expect(page.getByText(/opening a link to one, needs JavaScript/)).toBeVisible();
  const data = (await (await page.request.get('/data/certifications.json')).json()) as {
    certifications: { slug: string; shortName: string }[];
  };
  const note = page.locator('compare-tool .no-script-note');
  // Each exam the address names, like every other, is one click from its page.
  for (const cert of data.certifications.filter((c) => asked.includes(c.slug))) {
    await expect(note.getByRole('link', { name: cert.shortName, exact: true })).toHaveAttribute(
      'href',
      `/certifications/${cert.slug}/`,
    );
  }
  await expect(note.getByRole('link')).toHaveCount(data.certifications.length);
  // A pair of them has a page of its own that works without JavaScript.
  await page.getByRole('link', { name: 'Developer – Associate vs Solutions Architect – Associate' }).click();
  await expect(page.getByRole('table', { name: 'Exam facts side by side' })).toBeVisible();
});

test('without JavaScript, /search/ links each common question to its built answer, which follows the data', async ({
  page,
}) => {
  const data = (await (await page.request.get('/data/certifications.json')).json()) as {
    certifications: { slug: string; status: string }[];
  };
  const bookable = data.certifications.filter((c) => ['active', 'retiring', 'beta'].includes(c.status));
  // A query in the address cannot be read without a script: the page says so and offers the answers instead.
  await page.goto('/search/?q=cheapest');
  await expect(page.getByText(/Search needs JavaScript/)).toBeVisible();
  const questions = page.getByRole('region', { name: 'Common questions' });
  for (const kind of answerKinds)
    await expect(questions.getByRole('link', { name: answerQuestions[kind] })).toHaveAttribute(
      'href',
      `/search/answers/${kind}/`,
    );
  await questions.getByRole('link', { name: answerQuestions.price }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(answerQuestions.price);
  await expect(page.getByRole('heading', { level: 2, name: 'Exam fees, cheapest first' })).toBeVisible();
  const listed = await page
    .locator('main .answer-items a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(listed.sort()).toEqual(bookable.map((c) => `/certifications/${c.slug}/`).sort());
});
