import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProject, copyProject } from '../helpers/project-copy';

const build = (dir: string) => buildProject(dir);

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function breakCertification(edit: (text: string) => string): string {
  const dir = copyProject();
  copies.push(dir);
  const file = path.join(dir, 'content/certifications/developer-associate.mdx');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return dir;
}

describe('npm run build with malformed content', () => {
  it('stops on a schema error, naming the entry, the field, what was expected and what was found', () => {
    const dir = breakCertification((text) => text.replace(/^category: associate$/m, 'category: expert'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('developer-associate');
    expect(output).toMatch(/category/);
    expect(output).toContain(
      'expected one of foundational, associate, professional, specialty, business, found "expert"',
    );
  }, 150_000);

  it('stops on a broken reference, naming the file and field', () => {
    const dir = breakCertification((text) =>
      text.replace(/^coveredServices:\n/m, 'coveredServices:\n  - amazon-ec3\n'),
    );
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /content\/certifications\/developer-associate\.mdx › coveredServices\.0: expected a service id from content\/services\.yaml, found "amazon-ec3"/,
    );
  }, 150_000);

  it('warns, naming the entry, when its newest evidence is more than 180 days old', () => {
    const dir = breakCertification((text) => text.replace(/asOf: .*$/gm, "asOf: '2020-01-01'"));
    const { status, output } = build(dir);
    expect(status).toBe(0);
    expect(output).toMatch(/needs a person/);
    expect(output).toMatch(/developer-associate: the newest evidence is from 1 January 2020, \d+ days ago/);
  }, 150_000);

  it('rejects a freshly scaffolded certification (npm run new:cert) until its TODOs are filled', () => {
    const dir = copyProject();
    copies.push(dir);
    const scaffold = spawnSync(process.execPath, ['scripts/new-cert.ts', 'example-associate'], {
      encoding: 'utf8',
      env: { ...process.env, CERTIFICATIONS_DIR: path.join(dir, 'content/certifications') },
    });
    expect(scaffold.status).toBe(0);
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('example-associate');
    expect(output).toMatch(/category|versions\.0/);
  }, 150_000);
});
