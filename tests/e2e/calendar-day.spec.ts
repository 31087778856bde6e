// The site follows the calendar: built with SOURCE_DATE_EPOCH set to 2 January 2027, the day after Advanced
// Networking's last day, every page says it is retired, with no content edited.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { epochOfDay } from '../../src/lib/build-date';
import { DATED_PORT } from '../../tools/chromium';
import { expect, test } from './fixtures';

const DAY = '2027-01-02';
const PORT = DATED_PORT;
const base = `http://127.0.0.1:${PORT}`;
let outDir = '';
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  outDir = mkdtempSync(path.join(tmpdir(), 'aws-guide-2027-'));
  const build = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: epochOfDay(DAY), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    timeout: 170_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (build.status !== 0) throw new Error(`the build for ${DAY} failed:\n${build.stderr.slice(-3000)}`);
  server = spawn(process.execPath, ['scripts/serve-dist.mjs', '--port', String(PORT), '--dir', outDir], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 50; i++) {
    const up = await fetch(`${base}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the static server for the dated build did not start');
});

test.afterAll(() => {
  server?.kill();
  rmSync(outDir, { recursive: true, force: true });
});

test(`on ${DAY}, Advanced Networking is retired on its page, in the catalogue and in the open data`, async ({
  page,
}) => {
  await page.goto(`${base}/certifications/advanced-networking-specialty/`);
  const notice = page.getByRole('note').filter({ hasText: 'Retired.' });
  await expect(notice).toContainText('The last day to sit ANS-C01 was 31 December 2026.');
  await expect(notice).toContainText('we suggest Solutions Architect – Professional and Security – Specialty');
  await expect(page.locator('.badge.status-retired')).toHaveText('Retired');

  await page.goto(`${base}/certifications/`);
  const row = page.getByRole('row', { name: /Advanced Networking – Specialty/ });
  await expect(row.getByRole('cell').nth(2)).toHaveText('Retired');

  const data = (await (await page.request.get(`${base}/data/certifications.json`)).json()) as {
    generatedOn: string;
    certifications: {
      slug: string;
      status: string;
      currentVersion: string | null;
      versions: { code: string; phase: string }[];
    }[];
  };
  expect(data.generatedOn).toBe(DAY);
  const ans = data.certifications.find((c) => c.slug === 'advanced-networking-specialty');
  expect(ans).toMatchObject({ status: 'retired', currentVersion: null });
  expect(ans?.versions[0]).toMatchObject({ code: 'ANS-C01', phase: 'ended' });
  const dva = data.certifications.find((c) => c.slug === 'developer-associate');
  expect(dva).toMatchObject({ status: 'active', currentVersion: 'DVA-C03' });
});

test(`on ${DAY}, the network engineer path offers the alternative and the changes log lists the retirement as past`, async ({
  page,
}) => {
  await page.goto(`${base}/roles/network-engineer/`);
  const path = page.getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) });
  await expect(path.getByRole('heading', { level: 3 })).not.toContainText([
    'AWS Certified Advanced Networking – Specialty',
  ]);
  await expect(path).toContainText(
    'This step replaces Advanced Networking – Specialty, which AWS retired after 31 December 2026.',
  );
  await expect(path.getByRole('link', { name: 'AWS Certified Solutions Architect – Professional' })).toBeVisible();

  await page.goto(`${base}/changes/`);
  const year = page.getByRole('region', { name: '2026' });
  await expect(year.locator('#advanced-networking-specialty-ans-c01-retired')).toContainText(
    'The last day to sit ANS-C01: Advanced Networking – Specialty retired.',
  );
  await expect(page.getByRole('region', { name: 'Coming up' })).not.toContainText('Advanced Networking');
});
