// Bad content stops `npm run build` with one line per problem, `file › field: message`. (Stale evidence only warns:
// counts-follow-data.test.ts proves it in its build.)
// Each case breaks one certification of a copy of the small fixture site (tests/fixtures/sites/basic).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../tools/site-copy.ts';
import { copyFixtureSite } from '../helpers/fixture-site.ts';

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the fixture site whose associate certification (builder-associate) has been edited. */
function breakCertification(edit: (text: string) => string): string {
  const dir = copyFixtureSite('basic');
  copies.push(dir);
  const file = path.join(dir, 'content/certifications/builder-associate.mdx');
  const before = readFileSync(file, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error('the edit changed nothing: the fixture no longer has what the test breaks');
  writeFileSync(file, after);
  return dir;
}

describe('npm run build with malformed content', () => {
  it('stops on a schema error, naming the entry, the field, what was expected and what was found', () => {
    const dir = breakCertification((text) => text.replace(/^category: associate$/m, 'category: expert'));
    const { status, output } = buildSite(dir);
    expect(status).not.toBe(0);
    // One message, from the first part of the build that reads the file (the config), with the line.
    const line = readFileSync(path.join(dir, 'content/certifications/builder-associate.mdx'), 'utf8')
      .split('\n')
      .indexOf('category: expert');
    expect(output).toContain(
      `content/certifications/builder-associate.mdx:${line + 1} › category: expected one of foundational, associate, professional, specialty, business, found "expert"`,
    );
    expect(output.match(/found "expert"/g)).toHaveLength(1);
  }, 600_000);

  it('stops on a YAML syntax error in a certification, naming the file and its line', () => {
    const dir = breakCertification((text) => text.replace(/^category: associate$/m, 'category: [associate'));
    const { status, output } = buildSite(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /content\/certifications\/builder-associate\.mdx › line \d+, column \d+: expected valid YAML, found /,
    );
    expect(output).not.toMatch(/at Composer\.onError/);
  }, 600_000);

  it('stops on a broken reference, naming the file and field', () => {
    const dir = breakCertification((text) => text.replace(/^coveredServices: \[/m, 'coveredServices: [amazon-ec3, '));
    const { status, output } = buildSite(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /content\/certifications\/builder-associate\.mdx › coveredServices\.0: expected a service id from content\/services\.yaml, found "amazon-ec3"/,
    );
  }, 600_000);

  it('stops on a repeated id in a registry, naming the file and both entries', () => {
    const dir = copyFixtureSite('basic');
    copies.push(dir);
    const file = path.join(dir, 'content/services.yaml');
    const first = /^- \{ id: .*\n/m.exec(readFileSync(file, 'utf8'))?.[0] ?? '';
    expect(first).not.toBe('');
    writeFileSync(file, `${readFileSync(file, 'utf8')}${first}`);
    const entries = (readFileSync(file, 'utf8').match(/^- /gm) ?? []).length;
    const { status, output } = buildSite(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(
      new RegExp(
        `content/services\\.yaml:\\d+ › ${entries - 1}\\.id: expected each id once, found "[a-z0-9-]+" again \\(first at entry \\d+\\)`,
      ),
    );
  }, 600_000);

  it('rejects a freshly scaffolded certification (npm run new:cert) until its TODOs are filled', () => {
    const dir = copyFixtureSite('basic');
    copies.push(dir);
    const scaffold = spawnSync(process.execPath, ['scripts/new-cert.ts', 'example-associate'], {
      encoding: 'utf8',
      env: { ...process.env, CERTIFICATIONS_DIR: path.join(dir, 'content/certifications') },
    });
    expect(scaffold.status).toBe(0);
    const { status, output } = buildSite(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('example-associate');
    expect(output).toMatch(/category|versions\.0/);
  }, 600_000);
});
