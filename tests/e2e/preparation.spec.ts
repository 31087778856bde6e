import ICAL from 'ical.js';
import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { expect, publishedCertifications, test } from './fixtures';

/** Every bookable exam whose current version has task statements, with its weighted domains (from the data). */
async function preparedExams(page: Page) {
  return (await publishedCertifications(page)).flatMap((cert) => {
    const version = cert.versions.find((v) => v.code === cert.currentVersion);
    const domains = version?.domains;
    if (!version || !domains || !domains.every((d) => d.tasks?.length && d.weight !== undefined)) return [];
    return [
      {
        slug: cert.slug,
        name: cert.shortName,
        code: version.code,
        domains,
        path: `/certifications/${cert.slug}/prepare/${version.code.toLowerCase()}/`,
      },
    ];
  });
}

const overall = (page: Page) => page.locator('.readiness-overall strong');

/** The stable keys of the page's tasks in checklist order, as the page itself publishes them. */
async function taskKeysOn(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const data = JSON.parse(document.querySelector('script.prep-data')?.textContent ?? '{}') as {
      domains?: { tasks: { key: string }[] }[];
    };
    return (data.domains ?? []).flatMap((d) => d.tasks.map((t) => t.key));
  });
}
/** The hours of study the plan gives a domain (0 when it has nothing left to study). */
const planStudyHoursOf = async (page: Page, domain: number) => {
  const text = await page.locator('.plan-order li', { hasText: `Domain ${domain},` }).innerText();
  return Number(/(\d+) hours? of study/.exec(text)?.[1] ?? 0);
};

test('every bookable exam with task statements links to its readiness check, and the check lists every task', async ({
  page,
}) => {
  const exams = await preparedExams(page);
  expect(exams.length).toBeGreaterThan(0);
  for (const exam of exams) {
    const certPage = await (await page.request.get(`/certifications/${exam.slug}/`)).text();
    expect.soft(certPage, exam.code).toContain(`href="${exam.path}"`);
    const checklist = await (await page.request.get(exam.path)).text();
    const tasks = exam.domains.reduce((sum, d) => sum + (d.tasks?.length ?? 0), 0);
    expect.soft(checklist.match(/<fieldset class="task/g)?.length, exam.code).toBe(tasks);
  }
  // One as a reader: the link on the certification page leads to the check.
  const [first] = exams;
  await page.goto(`/certifications/${first?.slug}/`);
  await page.getByRole('link', { name: `Check your readiness for ${first?.code} and build a study plan` }).click();
  await expect(page).toHaveURL(new RegExp(`${first?.path}$`));
});

test('marking tasks changes the readiness figures and the plan; the URL restores them in a new page', async ({
  page,
  context,
  consoleErrors,
}) => {
  const [exam] = await preparedExams(page);
  if (!exam) throw new Error('no exam with task statements in the data');
  await page.goto(exam.path);
  await expect(overall(page)).toHaveText(`0% of ${exam.code} covered`);
  const firstStudyBefore = await planStudyHoursOf(page, 1);
  expect(firstStudyBefore).toBeGreaterThan(0);

  // Every task of domain 1 marked confident: the exam is covered by exactly that domain's weight.
  const first = page.locator('fieldset.domain').first();
  for (const task of await first.locator('fieldset.task').all()) await task.getByLabel('Confident').check();
  const weight1 = exam.domains[0]?.weight ?? 0;
  const totalWeight = exam.domains.reduce((sum, d) => sum + (d.weight ?? 0), 0);
  await expect(overall(page)).toHaveText(`${Math.round((weight1 / totalWeight) * 100)}% of ${exam.code} covered`);
  await expect(
    page
      .getByRole('table', { name: /Your readiness per domain/ })
      .locator('tbody tr')
      .first(),
  ).toContainText('100%');
  // The plan moves time away from the domain now covered: nothing left to study there, only review.
  expect(await planStudyHoursOf(page, 1)).toBe(0);
  await expect(page.locator('.plan-order li', { hasText: 'Domain 1,' })).toContainText('(nothing left to study)');
  await expect(page.getByRole('status')).toHaveText(/^Readiness \d+%; study plan updated\.$/);

  // One unsure task elsewhere, an exam date eight weeks out and hours a week.
  await page.locator('fieldset.domain').nth(1).locator('fieldset.task').first().getByLabel('Unsure').check();
  const examDay = new Date(Date.now() + 8 * 7 * 86_400_000 + 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Exam date').fill(examDay);
  await page.getByLabel('Hours a week').fill('7');
  await page.getByLabel('Hours a week').blur();
  await expect(page.locator('.study-plan-box')).toContainText(
    /8 weeks from .* to your exam on .*, at 7 hours a week\./,
  );
  await expect(page.locator('.plan-weeks > li')).toHaveCount(8);
  const url = page.url();
  const firstCount = await first.locator('fieldset.task').count();
  // Marks travel by task key, not position: every task of domain 1 confident, then the first of domain 2 unsure.
  const keys = await taskKeysOn(page);
  expect(new URL(url).searchParams.get('t')).toBe(
    [...keys.slice(0, firstCount).map((key) => `${key}c`), `${keys[firstCount]}u`].join('.'),
  );
  const figures = await page.locator('.readiness-figures').innerText();
  const planText = await page.locator('.study-plan-box').innerText();

  // A new page with the same address shows the same marks, figures and plan.
  const restored = await context.newPage();
  await restored.goto(url);
  await expect(restored.getByLabel('Exam date')).toHaveValue(examDay);
  expect(await restored.locator('.readiness-figures').innerText()).toBe(figures);
  expect(await restored.locator('.study-plan-box').innerText()).toBe(planText);
  await expect(
    restored.locator('fieldset.domain').nth(1).locator('fieldset.task').first().getByLabel('Unsure'),
  ).toBeChecked();
  await expect(restored.getByLabel('Exam date')).toHaveValue(examDay);
  expect(consoleErrors).toEqual([]);
});

test('a changed mark updates the figures beside the marks, and the plan studies, reviews, then sits a practice exam', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const [exam] = await preparedExams(page);
  if (!exam) throw new Error('no exam with task statements in the data');
  await page.goto(exam.path);
  const second = page.locator('fieldset.domain').nth(1);
  const tasks = exam.domains[1]?.tasks?.length ?? 0;
  await expect(second.locator('.domain-figure')).toHaveText(`0% covered: 0 confident, 0 unsure, ${tasks} not started`);
  // The reader marks the domain's first task confident, far above the results: the figure changes right there.
  const firstTask = second.locator('fieldset.task').first();
  await firstTask.getByLabel('Confident').check();
  const covered = Math.round((1 / tasks) * 100);
  await expect(second.locator('.domain-figure')).toHaveText(
    `${covered}% covered: 1 confident, 0 unsure, ${tasks - 1} not started`,
  );
  await expect(second.locator('.domain-figure')).toBeInViewport();
  // So does the overall figure, in the bar that stays at the bottom of the screen while the checklist is in view.
  const weights = exam.domains.map((d) => d.weight ?? 0);
  const overallShare = Math.round((((weights[1] ?? 0) / weights.reduce((a, b) => a + b, 0)) * 100) / tasks);
  const summary = page.locator('.readiness-summary');
  await expect(summary).toBeInViewport();
  await expect(summary.locator('strong')).toHaveText(`${overallShare}% of ${exam.code} covered`);
  await expect(summary.getByRole('link', { name: 'your study plan' })).toHaveAttribute('href', '#plan');
  // A reader going through the checklist with Tab never has the focused mark hidden under the bar (WCAG 2.4.11).
  await page.locator('fieldset.task input[type="radio"]:checked').first().focus();
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('Tab');
    const covered = await page.evaluate(() => {
      const focused = document.activeElement?.getBoundingClientRect();
      const bar = document.querySelector('.readiness-summary')?.getBoundingClientRect();
      return focused && bar ? focused.bottom > bar.top && focused.top < bar.bottom : false;
    });
    expect(covered, `Tab ${i + 1}`).toBe(false);
  }

  // The plan: no review before the last study, the last week ends with the full practice exam, hours not shares.
  const kinds = await page
    .locator('.plan-weeks > li > ul > li')
    .evaluateAll((items) => items.map((li) => li.className));
  const lastStudy = kinds.lastIndexOf('plan-study');
  const firstReview = kinds.indexOf('plan-review');
  expect(lastStudy).toBeGreaterThanOrEqual(0);
  if (firstReview >= 0) expect(firstReview).toBeGreaterThan(lastStudy);
  expect(kinds.at(-1)).toBe('plan-practice');
  await expect(page.locator('.plan-weeks > li').last().locator('li.plan-practice')).toContainText('Full practice exam');
  await expect(page.locator('.study-plan-box')).not.toContainText('% of the week');
  // Review advice names what the reader marked confident only where they did.
  for (const review of await page.locator('li.plan-review').all()) {
    const domain = Number(/Domain (\d+),/.exec(await review.innerText())?.[1]);
    const advice = await review.locator('p').nth(1).innerText();
    if (domain === 2) expect(advice).toContain('the task you marked confident');
    else expect(advice).not.toContain('confident');
  }
});

test('the study plan downloads as an .ics calendar that a maintained iCal library reads', async ({ page }) => {
  const [exam] = await preparedExams(page);
  if (!exam) throw new Error('no exam with task statements in the data');
  const examDay = new Date(Date.now() + 4 * 7 * 86_400_000 + 86_400_000).toISOString().slice(0, 10);
  await page.goto(exam.path);
  const [firstKey] = await taskKeysOn(page);
  await page.goto(`${exam.path}?t=${firstKey}c&date=${examDay}&hours=5`);
  const link = page.getByRole('link', { name: 'Download the plan as a calendar file (.ics), one event a week' });
  await expect(link).toHaveAttribute('download', `${exam.code.toLowerCase()}-study-plan.ics`);
  // The built page already has a link (a plan without an exam day); wait for the one made from the address's date,
  // whose calendar has the exam (its UID names the day).
  await expect(link).toHaveAttribute('href', new RegExp(`exam-${exam.code}-${examDay}`));
  const download = page.waitForEvent('download');
  await link.click();
  const stream = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const calendar = new ICAL.Component(ICAL.parse(Buffer.concat(chunks).toString('utf8')));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  // Four weeks of study and the exam day.
  expect(events).toHaveLength(5);
  expect(events.slice(0, 4).map((e) => e.summary)).toEqual(
    [1, 2, 3, 4].map((n) =>
      expect.stringMatching(new RegExp(`^${exam.code} study, week ${n} of 4: (domain \\d|practice exam)`)),
    ),
  );
  // Whole hours, never a share of the week; the last week ends with the full practice exam.
  expect(events[0]?.description).toMatch(/^Domain \d: .+ \(study, \d+ hours?.*\)\n\d\.\d /);
  expect(events[3]?.summary).toMatch(/practice exam$/);
  expect(events.map((e) => e.description ?? '').join('\n')).not.toMatch(/%/);
  expect(events.at(-1)?.summary).toBe(`${exam.name} exam (${exam.code})`);
  expect(events.at(-1)?.startDate.toString()).toBe(examDay);
});

test('“Remember” keeps the marks in this browser only: a plain visit restores them into the address', async ({
  page,
}) => {
  const [exam] = await preparedExams(page);
  if (!exam) throw new Error('no exam with task statements in the data');
  await page.goto(exam.path);
  await page.locator('fieldset.task').first().getByLabel('Unsure').check();
  await page.getByLabel('Remember my marks in this browser').check();
  // The calculator loads on the first change; once it has put the marks in the address it has remembered them too.
  await expect(page).toHaveURL(/\?t=[0-9a-f]{4,9}u/);
  await page.goto(exam.path);
  await expect(page).toHaveURL(/\?t=[0-9a-f]{4,9}u$/);
  await expect(page.locator('fieldset.task').first().getByLabel('Unsure')).toBeChecked();
  await expect(page.getByLabel('Remember my marks in this browser')).toBeChecked();
  // Unticking forgets them.
  await page.getByLabel('Remember my marks in this browser').uncheck();
  await page.goto(exam.path);
  await expect(page.locator('fieldset.task').first().getByLabel('Not started')).toBeChecked();
});

test('a hostile or malformed readiness link is ignored, not shown or run', async ({ page, consoleErrors }) => {
  const [exam] = await preparedExams(page);
  if (!exam) throw new Error('no exam with task statements in the data');
  await page.goto(`${exam.path}?t=%3Cimg%20src=x%20onerror=alert(1)%3E&date=2027-02-31x&hours=-4&weeks=abc`);
  await expect(overall(page)).toHaveText(`0% of ${exam.code} covered`);
  await expect(page.getByLabel('Exam date')).toHaveValue('');
  await expect(page.locator('.study-plan-box img')).toHaveCount(0);
  await expect(page.locator('.study-plan-box')).toContainText('6 weeks from');
  expect(consoleErrors).toEqual([]);
});

test('a link from before tasks had keys applies none of its marks, and says so above the checklist', async ({
  page,
}) => {
  const [exam] = await preparedExams(page);
  if (!exam) throw new Error('no exam with task statements in the data');
  await page.goto(`${exam.path}?m=ccu&date=2027-03-01`);
  await expect(page.locator('.ignored-marks')).toHaveText(
    /^3 marks from an older link to this page could not be matched to today's task list, so none were applied\./,
  );
  await expect(page.locator('.ignored-marks')).toBeVisible();
  await expect(overall(page)).toHaveText(`0% of ${exam.code} covered`);
  await expect(page.locator('fieldset.task').first().getByLabel('Not started')).toBeChecked();
});

test('axe passes on the checklist and a filled-in plan, in light and dark', async ({ page }) => {
  const [exam] = await preparedExams(page);
  if (!exam) throw new Error('no exam with task statements in the data');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(exam.path);
  const [a, b] = await taskKeysOn(page);
  await page.goto(`${exam.path}?t=${a}c.${b}u&hours=6&weeks=3`);
  await expect(page.locator('.plan-weeks > li')).toHaveCount(3);
  expect(await axeViolations(page), 'light theme').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page), 'dark theme').toEqual([]);
});

test('a task-level phrase finds the exam that asks it; a service page lists the tasks that test it', async ({
  page,
}) => {
  const exams = await preparedExams(page);
  const asking = exams.filter((e) =>
    e.domains.some((d) => d.tasks?.some((t) => /lifecycle rules/i.test(t.task) && t.services.includes('amazon-s3'))),
  );
  expect(asking.length).toBeGreaterThan(0);
  await page.goto('/search/?q=S3%20lifecycle%20rules');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “S3 lifecycle rules”/, { timeout: 20_000 });
  const firstResult = page.locator('.search-results a').first();
  await expect(firstResult).toHaveAttribute(
    'href',
    new RegExp(`^/certifications/(${asking.map((e) => e.slug).join('|')})/`),
  );
  // The excerpt shows the task that asks it (its number, then its words, "S3 Lifecycle rules" in some tasks).
  await expect(page.locator('.search-results li').first()).toContainText(/\d\.\d .*lifecycle rules/i);

  await page.goto('/services/amazon-s3/');
  const section = page.getByRole('region', { name: 'Exam tasks that lean on Amazon Simple Storage Service' });
  for (const exam of exams) {
    const tasks = exam.domains.flatMap((d) => (d.tasks ?? []).filter((t) => t.services.includes('amazon-s3')));
    if (tasks.length === 0) continue;
    await expect.soft(section.getByRole('heading', { name: `${exam.name} (${exam.code})` })).toBeVisible();
    for (const task of tasks) await expect.soft(section).toContainText(task.task);
  }
});

test('the planner links each planned exam to its readiness check and study plan', async ({ page }) => {
  const [exam] = await preparedExams(page);
  if (!exam) throw new Error('no exam with task statements in the data');
  await page.goto(`/planner/?c=${exam.slug}`);
  await page.getByRole('link', { name: `${exam.name} (${exam.code})` }).click();
  await expect(page).toHaveURL(new RegExp(`${exam.path}$`));
});
