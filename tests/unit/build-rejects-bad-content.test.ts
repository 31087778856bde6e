import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** A throwaway copy of the project (sharing node_modules) whose content a test can break. */
function copyProject(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'aws-guide-build-'));
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(entry, path.join(dir, entry), { recursive: true });
  }
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

function build(dir: string): { status: number | null; output: string } {
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

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
    const dir = breakCertification((text) => text.replace(/^tier: associate$/m, 'tier: expert'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('developer-associate');
    expect(output).toMatch(/tier/);
    expect(output).toContain('expected one of foundational, associate, professional, specialty, found "expert"');
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

  it('warns, listing the entries, when facts were last verified more than 180 days ago', () => {
    const dir = breakCertification((text) => text.replace(/^lastVerified: .*$/m, "lastVerified: '2020-01-01'"));
    const { status, output } = build(dir);
    expect(status).toBe(0);
    expect(output).toMatch(/1 certification\(s\) not verified in the last 180 days/);
    expect(output).toMatch(/developer-associate: last verified 2020-01-01 \(\d+ days ago\)/);
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
    expect(output).toMatch(/examCode|tier|minutes/);
  }, 150_000);
});
