// Counts in prose come from the data: a copy of the project with one more certification, built on a fixed day,
// counts it on the home page and in the guide to the categories, with no prose edited.
import { getCollection } from 'astro:content';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { epochOfDay } from '../../src/lib/build-date';
import { isAvailable, resolveCertification } from '../../src/lib/catalogue';
import { countsByCategory } from '../../src/lib/catalogue-facts';
import { countInWords } from '../../src/lib/format';
import { frontmatterAndBody } from '../../src/node/frontmatter';
import { buildProject, copyProject } from '../helpers/project-copy';
import { visibleLines } from '../helpers/visible-text';
import { TEST_DAY } from '../unit/helpers/certs';
import { stringify } from 'yaml';

const CLONE = 'cloud-essentials';
let dir = '';
let output = '';

/** A complete, valid Foundational certification cloned from Cloud Practitioner under a new slug and code. */
function addCertification(root: string): void {
  const original = readFileSync(path.join(root, 'content/certifications/cloud-practitioner.mdx'), 'utf8');
  const { data, body } = frontmatterAndBody(original) as {
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
  dir = copyProject('aws-guide-counts-');
  addCertification(dir);
  const result = buildProject(dir, { SOURCE_DATE_EPOCH: epochOfDay(TEST_DAY) });
  output = result.output;
  if (result.status !== 0) throw new Error(`the build failed:\n${output.slice(-3000)}`);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a catalogue with one more bookable certification', async () => {
  const real = (await getCollection('certifications')).map((e) => resolveCertification(e.id, e.data, TEST_DAY));
  const bookable = real.filter(isAvailable).length;
  const clone = real.find((c) => c.slug === 'cloud-practitioner');
  const withClone = clone ? [...real, { ...clone, slug: CLONE }] : real;

  it('is counted on the home page', () => {
    const home = textOf('index.html');
    expect(home).toContain(`Today you can book ${countInWords(bookable + 1)} of them`);
    expect(home).not.toContain(`Today you can book ${countInWords(bookable)} of them`);
  });

  it('is counted, category by category, in the guide to the categories', () => {
    const guide = textOf('guides/certification-tiers/index.html');
    expect(countsByCategory(withClone)).not.toBe(countsByCategory(real));
    expect(guide).toContain(countsByCategory(withClone));
    expect(guide).toContain(countInWords(bookable + 1));
  });

  it('gets its own page, listed in its category', () => {
    expect(textOf(`certifications/${CLONE}/index.html`)).toContain('AWS Certified Cloud Essentials');
    expect(textOf('categories/foundational/index.html')).toContain('Cloud Essentials');
  });
});
