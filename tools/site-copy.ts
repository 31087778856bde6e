/* Throwaway sites (sharing node_modules) that a test or benchmark can change and build: the project's own code and
   config with either the project's content or a small fixture site's content. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** What a build reads besides the content: the site's code and config, always the project's own. */
const SITE_CODE = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * Copies the project's code and config, with the content folder `content` (the project's own by default; a fixture
 * site's `content/` in tests), into a new temporary folder and returns its path.
 */
export function copySite(content = 'content', prefix = 'aws-guide-build-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const entry of SITE_CODE) cpSync(entry, path.join(dir, entry), { recursive: true });
  cpSync(content, path.join(dir, 'content'), { recursive: true });
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Runs the production build in `dir`, with extra environment variables (SOURCE_DATE_EPOCH, say). */
export function buildSite(
  dir: string,
  env: Record<string, string> = {},
  args: string[] = [],
): { status: number | null; output: string } {
  const result = spawnSync('npx', ['astro', 'build', ...args], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    timeout: 240_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
