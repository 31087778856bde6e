import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import ICAL from 'ical.js';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { DIST } from './built-site';
import { isBookable } from '../../src/lib/catalogue/lifecycle';
import type { Status } from '../../src/schemas/enums';

test('the path finder lands on the same result with JavaScript and without it', async ({ page, browser }) => {
  await page.goto('/path-finder/');
  await page.getByLabel('Where do you want to go?').selectOption({ label: 'Network engineer' });
  await page.getByLabel('Years of hands-on AWS work').fill('3');
  await page.getByRole('button', { name: 'Find my path' }).click();
  await expect(page).toHaveURL(/\/path-finder\/network-engineer\/experienced\/\?years=3$/);
  const stepTitles = async (p: import('@playwright/test').Page) =>
    (await p.locator('.path-steps h3').allTextContents()).map((t) => t.trim());
  const withScript = await stepTitles(page);
  const data = (await (await page.request.get('/data/certifications.json')).json()) as {
    certifications: { title: string; status: string }[];
  };
  const statusOf = (title: string) => data.certifications.find((c) => c.title === title)?.status;
  expect(withScript[0]).toBe('AWS Certified Solutions Architect – Associate');
  expect(withScript.length).toBeGreaterThanOrEqual(2);
  // A plan made today never ends in an exam that is retiring or retired.
  expect(withScript.map(statusOf).filter((s) => s === 'retiring' || s === 'retired')).toEqual([]);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  await noScript.goto('/path-finder/');
  // Without JavaScript the form, which would do nothing, is hidden; the browse table leads to the same result.
  await expect(noScript.getByRole('button', { name: 'Find my path' })).toBeHidden();
  await noScript.getByRole('link', { name: 'Path for Network engineer, experience: Two years or more' }).click();
  await expect(noScript).toHaveURL(/\/path-finder\/network-engineer\/experienced\/$/);
  expect(await stepTitles(noScript)).toEqual(withScript);
  await context.close();
});

test('a path-finder link with held certifications is personalised and links to the planner', async ({ page }) => {
  await page.goto('/path-finder/network-engineer/experienced/?years=3&held=solutions-architect-associate');
  // The pre-rendered path shows first; the personalised one replaces it once the summary names what is held.
  await expect(page.getByText(/already holding Solutions Architect – Associate/)).toBeVisible();
  const steps = page.locator('.path-steps h3 a');
  const slugs = (await steps.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))).map(
    (href) => href.split('/')[2],
  );
  expect(slugs.length).toBeGreaterThan(0);
  expect(slugs).not.toContain('solutions-architect-associate');
  await expect(page.getByRole('link', { name: /Plan the fees/ })).toHaveAttribute(
    'href',
    `/planner/?c=${slugs.join(',')}&held=solutions-architect-associate`,
  );
});

/** The planner's data, and what a test needs from it: the fee a planner uses for each exam and days from the build day. */
async function plannerData(page: import('@playwright/test').Page) {
  const data = (await (await page.request.get('/data/planner.json')).json()) as {
    generatedOn: string;
    programme: { validityYears: number; voucherPercentOff: number };
    certifications: {
      slug: string;
      shortName: string;
      status: string;
      currentVersion: string | null;
      versions: {
        code: string;
        phase: string;
        lastDay?: unknown;
        format: { priceUsd?: number };
        beta?: { format?: { priceUsd?: number } };
      }[];
    }[];
  };
  const cert = (slug: string) => {
    const found = data.certifications.find((c) => c.slug === slug);
    if (!found) throw new Error(`${slug} is not in /data/planner.json`);
    const version = found.versions.find((v) => v.code === found.currentVersion);
    const priceUsd =
      version?.phase === 'beta'
        ? (version.beta?.format?.priceUsd ?? version.format.priceUsd)
        : version?.format.priceUsd;
    return { ...found, code: version?.code ?? '', priceUsd };
  };
  /** The build day moved by whole days and years, as 'YYYY-MM-DD'. */
  const shifted = (days: number, years = 0) => {
    const day = new Date(`${data.generatedOn}T00:00:00Z`);
    day.setUTCFullYear(day.getUTCFullYear() + years);
    day.setUTCDate(day.getUTCDate() + days);
    return day.toISOString().slice(0, 10);
  };
  const usd = (amount: number) => `USD ${amount.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
  const longDate = (day: string) =>
    new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
  return { data, cert, shifted, usd, longDate };
}

test('a planner URL reproduces its state: fees with vouchers and a retake, schedule and renewals', async ({ page }) => {
  const { data, shifted, longDate } = await plannerData(page);
  // Earned long enough ago to have expired: its voucher no longer counts, and the renewals say so.
  const earnedOn = shifted(-10, -data.programme.validityYears);
  await page.goto(
    `/planner/?c=cloud-practitioner,solutions-architect-associate&retake=solutions-architect-associate&study=30&hours=10&held=developer-associate:${earnedOn}`,
  );
  await expect(page.getByRole('checkbox', { name: 'Take Cloud Practitioner' })).toBeChecked();
  await expect(
    page.getByRole('checkbox', { name: 'Budget a retake of Solutions Architect – Associate' }),
  ).toBeChecked();
  await expect(page.getByLabel('Day I earned Developer – Associate')).toHaveValue(earnedOn);
  await expect(page.locator('.total')).toHaveText('Total: USD 325');
  await expect(page.getByText('(USD 400 at list price without vouchers).')).toBeVisible();
  await expect(
    page.getByText(/Developer – Associate expired on .*, so its voucher can no longer be used\./),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'One exam at a time' })).toContainText('4–6');
  await expect(page.getByRole('table', { name: /When what you hold expires/ })).toContainText(
    `Expired on ${longDate(shifted(-10))}`,
  );
  await expect(page.getByText(/Passing Developer – Associate \(DVA-C0\d\) renews the most/)).toBeVisible();

  await page.getByRole('checkbox', { name: 'Take DevOps Engineer – Professional' }).check();
  await expect(page).toHaveURL(/c=cloud-practitioner,solutions-architect-associate,devops-engineer-professional/);
  await expect(page.locator('.total')).toHaveText('Total: USD 475');
});

test('journey: I hold SAA — which Professional next, what will it cost, and when does SAA expire?', async ({
  page,
}) => {
  const { data, cert, shifted, usd, longDate } = await plannerData(page);
  const saa = cert('solutions-architect-associate');
  const sap = cert('solutions-architect-professional');
  const dop = cert('devops-engineer-professional');
  const percentOff = data.programme.voucherPercentOff;
  const earnedOn = shifted(0, -1);
  await page.goto(`/planner/?held=${saa.slug}:${earnedOn}`);
  // When does SAA expire: the renewal table answers from the day it was earned.
  const expiry = longDate(shifted(0, data.programme.validityYears - 1));
  await expect(page.getByRole('table', { name: /When what you hold expires/ })).toContainText(
    `${saa.shortName}${longDate(earnedOn)}${expiry}`,
  );
  // Which Professional next: the reader adds the architect's Professional exam, then DevOps.
  await page.getByRole('checkbox', { name: `Take ${sap.shortName}` }).check();
  await page.getByRole('checkbox', { name: `Take ${dop.shortName}` }).check();
  await expect(page).toHaveURL(new RegExp(`c=${sap.slug},${dop.slug}`));

  // The voucher SAA's pass earned pays for the first exam, because SAA is still valid.
  await expect(page.locator('.held-voucher')).toHaveText(
    `Your ${saa.shortName} is still valid today (until ${expiry}), so the ${percentOff}% voucher its pass earned pays for ${sap.shortName}, your first exam.`,
  );
  const fees = page.getByRole('table', { name: 'Fees in the order you take the exams' });
  await expect(fees.getByRole('row', { name: new RegExp(`^${sap.shortName}`) })).toContainText(
    `${percentOff}% voucher from ${saa.shortName}`,
  );
  await expect(fees.getByRole('row', { name: new RegExp(`^${dop.shortName}`) })).toContainText(
    `${percentOff}% voucher from ${sap.shortName}`,
  );
  const half = (price: number) => (price * (100 - percentOff)) / 100;
  const total = page.locator('.total');
  if (sap.priceUsd === undefined && dop.priceUsd !== undefined) {
    // SAP's fee is unpublished: it is named, and only the rest is totalled.
    await expect(total).toHaveText(`${usd(half(dop.priceUsd))} + the fee of ${sap.code}`);
    await expect(page.getByText(`${sap.code}’s fee is not yet published`)).toBeVisible();
  } else if (sap.priceUsd !== undefined && dop.priceUsd !== undefined) {
    await expect(total).toHaveText(`Total: ${usd(half(sap.priceUsd) + half(dop.priceUsd))}`);
  } else {
    await expect(total).not.toHaveText(/^Total: /);
  }
  await expect(page.getByText(/Total: USD 0\b/)).toHaveCount(0);
  // The result as rendered passes axe in both themes.
  expect(await axeViolations(page), 'light theme').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page), 'dark theme').toEqual([]);
});

test('journey: new to the cloud — what will Cloud Practitioner then an Associate exam cost?', async ({ page }) => {
  const { data, cert, usd } = await plannerData(page);
  const clf = cert('cloud-practitioner');
  const saa = cert('solutions-architect-associate');
  const percentOff = data.programme.voucherPercentOff;
  if (clf.priceUsd === undefined || saa.priceUsd === undefined) throw new Error('a newcomer’s exams have no fee');
  await page.goto('/planner/');
  await page.getByRole('checkbox', { name: `Take ${clf.shortName}` }).check();
  await page.getByRole('checkbox', { name: `Take ${saa.shortName}` }).check();
  const fees = page.getByRole('table', { name: 'Fees in the order you take the exams' });
  await expect(fees.getByRole('row', { name: new RegExp(`^${clf.shortName}`) })).toContainText(
    `first: ${usd(clf.priceUsd)}`,
  );
  const discounted = (saa.priceUsd * (100 - percentOff)) / 100;
  await expect(fees.getByRole('row', { name: new RegExp(`^${saa.shortName}`) })).toContainText(
    `first: ${usd(discounted)} with the ${percentOff}% voucher from ${clf.shortName}`,
  );
  await expect(page.locator('.total')).toHaveText(`Total: ${usd(clf.priceUsd + discounted)}`);
  await expect(page.getByText(`(${usd(clf.priceUsd + saa.priceUsd)} at list price without vouchers).`)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`\\?c=${clf.slug},${saa.slug}$`));
});

test('the planner exports the plan as a calendar: exam days, renewal deadlines and last days', async ({ page }) => {
  // Every day here is counted from the build day, so the test holds whatever day the site is built for.
  const data = (await (await page.request.get('/data/planner.json')).json()) as {
    generatedOn: string;
    programme: { validityYears: number };
    certifications: {
      slug: string;
      shortName: string;
      status: string;
      versions: { code: string; lastDay?: unknown }[];
    }[];
  };
  const shifted = (days: number, years = 0) => {
    const day = new Date(`${data.generatedOn}T00:00:00Z`);
    day.setUTCFullYear(day.getUTCFullYear() + years);
    day.setUTCDate(day.getUTCDate() + days);
    return day.toISOString().slice(0, 10);
  };
  const examDay = shifted(60);
  const earnedOn = shifted(0, 1 - data.programme.validityYears);
  // An exam with a last day still to come on the build day, if the data has one (a retiring exam, say).
  const ending = data.certifications.find(
    (c) =>
      c.status !== 'retired' && typeof c.versions[0]?.lastDay === 'string' && c.versions[0].lastDay >= data.generatedOn,
  );
  await page.goto(
    `/planner/?c=cloud-practitioner:${examDay}${ending ? `,${ending.slug}` : ''}&held=developer-associate:${earnedOn}`,
  );
  await expect(page.getByLabel('Day I plan to sit Cloud Practitioner')).toHaveValue(examDay);
  const link = page.getByRole('link', { name: /^Download your \d+ dates as a calendar file \(\.ics\)$/ });
  await expect(link).toHaveAttribute('download', 'aws-certification-plan.ics');
  const href = (await link.getAttribute('href')) ?? '';
  const ics = decodeURIComponent(href.replace(/^data:text\/calendar;charset=utf-8,/, ''));
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const on = (summary: RegExp) => events.find((e) => summary.test(e.summary))?.startDate.toString();
  expect(on(/^Exam: Cloud Practitioner/)).toBe(examDay);
  expect(on(/^Renewal deadline: Developer – Associate$/)).toBe(shifted(0, 1));
  const lastDays = events.filter((e) => e.summary.startsWith('Last day to sit')).map((e) => e.summary);
  if (ending) {
    expect(on(new RegExp(`^Last day to sit ${ending.versions[0]?.code} \\(${ending.shortName}\\)`))).toBe(
      ending.versions[0]?.lastDay,
    );
  } else {
    expect(lastDays).toEqual([]);
  }
  // The date field rejects what is not a day, and the link follows the form.
  await page.getByLabel('Day I plan to sit Cloud Practitioner').fill(shifted(61));
  await expect(page).toHaveURL(new RegExp(`c=cloud-practitioner:${shifted(61)}`));
});

test('a malformed date in a planner link is dropped, not shown or exported', async ({ page }) => {
  await page.goto('/planner/?c=cloud-practitioner:2024-13-45&held=developer-associate:2026-02-30');
  await expect(page.getByLabel('Day I plan to sit Cloud Practitioner')).toHaveValue('');
  await expect(page.getByLabel('Day I earned Developer – Associate')).toHaveValue('');
  // Neither bad day reaches the calendar: no exam day, no renewal deadline, only the fixed last days.
  const link = page.getByRole('link', { name: /as a calendar file \(\.ics\)$/ });
  const href = (await link.count()) > 0 ? ((await link.getAttribute('href')) ?? '') : '';
  const ics = decodeURIComponent(href.replace(/^data:text\/calendar;charset=utf-8,/, ''));
  const summaries = ics
    ? new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).summary)
    : [];
  expect(summaries.filter((s) => /^(Exam|Renewal deadline):/.test(s))).toEqual([]);
  expect(ics).not.toMatch(/2024-?13-?45|2026-?02-?30/);
});

test('the feeds of every certification and the calendars parse, with an entry for each coming transition', async ({
  page,
}) => {
  const data = (await (await page.request.get('/data/certifications.json')).json()) as {
    certifications: { slug: string }[];
  };
  const calendar = new ICAL.Component(ICAL.parse(await (await page.request.get('/calendar.ics')).text()));
  const upcoming = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(upcoming.length).toBeGreaterThan(0);
  for (const event of upcoming) {
    expect(event.uid).toMatch(/@aws-certification-guide$/);
    expect(event.startDate.isDate).toBe(true);
  }
  await page.goto('/');
  for (const { slug } of data.certifications) {
    const ics = await (await page.request.get(`/certifications/${slug}/calendar.ics`)).text();
    expect(() => ICAL.parse(ics), slug).not.toThrow();
    const xml = await (await page.request.get(`/certifications/${slug}/changes.xml`)).text();
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.querySelector('parsererror')) return null;
      return {
        root: doc.documentElement.nodeName,
        links: [...doc.querySelectorAll('item > link')].map((l) => l.textContent ?? ''),
      };
    }, xml);
    expect(parsed?.root, slug).toBe('rss');
    for (const link of parsed?.links ?? []) expect(link).toMatch(/^https?:\/\/[^/]+\/changes\/(page\/\d+\/)?#/);
  }
});

test('the changes feed parses as XML and lists the newest change first', async ({ page }) => {
  const xml = await (await page.request.get('/changes.xml')).text();
  await page.goto('/');
  const items = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.querySelector('parsererror')) return null;
    return [...doc.querySelectorAll('item')].map((item) =>
      new Date(item.querySelector('pubDate')?.textContent ?? '').getTime(),
    );
  }, xml);
  expect(items).not.toBeNull();
  expect(items?.length).toBeGreaterThan(10);
  expect(items).toEqual([...(items ?? [])].sort((a, b) => b - a));
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
    'href',
    '/changes.xml',
  );
});

test('the JSON export validates against the published schema and round-trips every certification', () => {
  const schema = JSON.parse(readFileSync(path.join(DIST, 'data/certifications.schema.json'), 'utf8'));
  const document = JSON.parse(readFileSync(path.join(DIST, 'data/certifications.json'), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  expect(validate(document), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
  expect(document.version).toMatch(/^\d+\.\d+\.\d+$/);
  expect(document.generatedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const files = readdirSync(path.join(DIST, 'certifications'), { withFileTypes: true }).filter(
    (entry) =>
      entry.isDirectory() &&
      entry.name !== 'page' &&
      existsSync(path.join(DIST, 'certifications', entry.name, 'index.html')),
  );
  const redirects = files.filter((f) =>
    readFileSync(path.join(DIST, 'certifications', f.name, 'index.html'), 'utf8').includes('http-equiv="refresh"'),
  );
  expect(document.certifications).toHaveLength(files.length - redirects.length);
  // Round trip: what the JSON says is what each page shows, and every consumer-facing name is there.
  type Published = {
    slug: string;
    category: string;
    status: string;
    currentVersion: string | null;
    versions: { code: string; phase: string; availableFrom?: unknown; lastDay?: unknown; format: object }[];
  };
  for (const cert of document.certifications as Published[]) {
    expect(Object.keys(cert)).toEqual(expect.arrayContaining(['category', 'status', 'currentVersion', 'versions']));
    const html = readFileSync(path.join(DIST, 'certifications', cert.slug, 'index.html'), 'utf8');
    if (cert.currentVersion) expect(html).toContain(cert.currentVersion);
    expect(html).toContain(`badge category-${cert.category}`);
    for (const version of cert.versions) expect(html).toContain(`id="version-${version.code.toLowerCase()}"`);
  }
  // An invalid document is rejected, so the check can fail.
  expect(validate({ ...document, certifications: [{ ...document.certifications[0], category: 'expert' }] })).toBe(
    false,
  );
  expect(validate({ ...document, certifications: [{ ...document.certifications[0], status: 'maybe' }] })).toBe(false);
});

test('the CSV export has a header and one row per certification', () => {
  const csv = readFileSync(path.join(DIST, 'data/certifications.csv'), 'utf8').trim().split('\r\n');
  const document = JSON.parse(readFileSync(path.join(DIST, 'data/certifications.json'), 'utf8'));
  expect(csv[0]?.startsWith('slug,title,short_name,category,status,current_version,next_version')).toBe(true);
  expect(csv).toHaveLength(document.certifications.length + 1);
});

test('the overlap matrix links every cell to a comparison', async ({ page }) => {
  await page.goto('/compare/overlap/');
  const table = page.getByRole('table', { name: /Share of covered services/ });
  const data = (await (await page.request.get('/data/certifications.json')).json()) as {
    certifications: { status: Status }[];
  };
  const bookable = data.certifications.filter((c) => isBookable(c.status));
  await expect(table.locator('tbody tr')).toHaveCount(bookable.length);
  await table
    .getByRole('link', { name: /shared between Developer – Associate and Solutions Architect – Associate/ })
    .click();
  await expect(page).toHaveURL(/\/compare\/developer-associate-vs-solutions-architect-associate\/$/);
});
