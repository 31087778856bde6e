// Counts in prose come from the data: a copy of the small fixture site with one more certification, built on a fixed
// day, counts it on the home page and in the guide to the categories, with no prose edited. The same build has one
// entry whose evidence is years old, which the build only warns about (one build serves both, as neither touches
// what the other checks).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { epochOfDay } from '../../src/build/build-date';
import { isAvailable, resolveCertification } from '../../src/lib/catalogue/catalogue';
import { countsByCategory } from '../../src/lib/catalogue/catalogue-facts';
import { countInWords, formatUsd } from '../../src/lib/site/format';
import { frontmatterAndBody } from '../../src/build/frontmatter';
import { readContent } from '../../src/build/read-content';
import { buildSite } from '../../tools/site-copy.ts';
import { copyFixtureSite, fixtureContent } from '../helpers/fixture-site.ts';
import { visibleLines } from '../helpers/visible-text';
import { TEST_DAY } from '../unit/helpers/certs';

const CLONE = 'cloud-essentials';
/** The fixture's entry whose evidence the build is given as stale. */
const STALE = 'storage-specialty';
let dir = '';
let buildOutput = '';

/** The fixture's Foundational certification, the one cloned. */
const original = readContent(fixtureContent('basic')).input.certifications.find(
  (c) => c.data.category === 'foundational',
);

/** A complete, valid Foundational certification cloned from the fixture's under a new slug and code. */
function addCertification(root: string): void {
  if (!original) throw new Error('the fixture site has no Foundational certification to clone');
  const text = readFileSync(path.join(root, 'content/certifications', `${original.slug}.mdx`), 'utf8');
  const { data, body } = frontmatterAndBody(text) as {
    data: Record<string, unknown> & { versions: Record<string, unknown>[] };
    body: string;
  };
  const clone = {
    ...data,
    title: 'AWS Certified Cloud Essentials',
    shortName: 'Cloud Essentials',
    aliases: [],
    versions: [{ ...data.versions[0], code: 'CES-C01' }],
    recertification: { renewedBy: [CLONE], otherOptions: [] },
  };
  writeFileSync(path.join(root, `content/certifications/${CLONE}.mdx`), `---\n${stringify(clone)}---\n${body}`);
}

const textOf = (file: string) => visibleLines(readFileSync(path.join(dir, 'dist', file), 'utf8')).join('\n');

beforeAll(() => {
  dir = copyFixtureSite('basic', 'aws-guide-counts-');
  addCertification(dir);
  const stale = path.join(dir, 'content/certifications', `${STALE}.mdx`);
  const text = readFileSync(stale, 'utf8');
  const edited = text.replace(/asOf: .*?(?= \}|$)/gm, "asOf: '2020-01-01'");
  if (edited === text) throw new Error(`the fixture's ${STALE} no longer has the evidence dates this test ages`);
  writeFileSync(stale, edited);
  const result = buildSite(dir, { SOURCE_DATE_EPOCH: epochOfDay(TEST_DAY) });
  if (result.status !== 0) throw new Error(`the build failed:\n${result.output.slice(-3000)}`);
  buildOutput = result.output;
}, 600_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a catalogue with one more bookable certification', () => {
  const before = readContent(fixtureContent('basic')).input.certifications.map((c) =>
    resolveCertification(c.slug, c.data, TEST_DAY),
  );
  const bookable = before.filter(isAvailable).length;
  const clone = before.find((c) => c.slug === original?.slug);
  const after = clone ? [...before, { ...clone, slug: CLONE }] : before;

  it('is counted on the home page', () => {
    const home = textOf('index.html');
    expect(home).toContain(`Today you can book ${countInWords(bookable + 1)} of them`);
    expect(home).not.toContain(`Today you can book ${countInWords(bookable)} of them`);
  });

  it('is counted, category by category, in the guide to the categories', () => {
    const guide = textOf('guides/certification-tiers/index.html');
    expect(countsByCategory(after)).not.toBe(countsByCategory(before));
    expect(guide).toContain(countsByCategory(after));
    expect(guide).toContain(countInWords(bookable + 1));
  });

  it('gets its own page, listed in its category', () => {
    expect(textOf(`certifications/${CLONE}/index.html`)).toContain('AWS Certified Cloud Essentials');
    expect(textOf('categories/foundational/index.html')).toContain('Cloud Essentials');
  });

  it('is among the Foundational exams search offers a beginner, and in the fees answer at its fee', () => {
    const fee = clone?.current?.format.priceUsd;
    if (fee === undefined) throw new Error('the fixture’s Foundational certification has no fee to check');
    // The built answer pages (what readers without JavaScript get) and the data the browser's answers read.
    const start = textOf('search/answers/start/index.html').split('\n');
    expect(start).toContain('Start with a Foundational exam');
    expect(start.some((line) => line.startsWith('Cloud Essentials CES-C01'))).toBe(true);
    const price = textOf('search/answers/price/index.html').split('\n');
    const heading = price.indexOf(formatUsd(fee));
    const line = price.findIndex((l) => l.startsWith('Cloud Essentials CES-C01'));
    expect(heading).toBeGreaterThan(-1);
    expect(line).toBeGreaterThan(heading);
    expect(
      price.slice(heading + 1, line).some((l) => /^USD \d+$/.test(l)),
      'under its own fee',
    ).toBe(false);
    const answers = JSON.parse(readFileSync(path.join(dir, 'dist/data/search-answers/index.json'), 'utf8')) as {
      exams: { slug: string; code: string; priceUsd?: number; bookable: boolean }[];
    };
    expect(answers.exams.find((e) => e.slug === CLONE)).toMatchObject({
      code: 'CES-C01',
      priceUsd: fee,
      bookable: true,
    });
  });
});

describe('an entry whose newest evidence is more than 180 days old', () => {
  it('does not stop the build (it got this far) but warns, naming the entry and the age of its evidence', () => {
    expect(buildOutput).toMatch(/needs a person/);
    expect(buildOutput).toMatch(new RegExp(`${STALE}: the newest evidence is from 1 January 2020, \\d+ days ago`));
  });
});

describe('the build log', () => {
  it('prints no warning twice, so the one warning that matters stands out', () => {
    const warnings = buildOutput
      .split('\n')
      .filter((line) => /\b(WARN|warn)\b/.test(line))
      // The same warning about another file is the same warning.
      .map((line) => line.replace(/^\S*\d\d:\d\d:\d\d\s*/, '').replace(/"[^"]*"/g, '"…"'));
    const repeated = warnings.filter((line, i) => warnings.indexOf(line) !== i);
    expect([...new Set(repeated)]).toEqual([]);
  });
});
