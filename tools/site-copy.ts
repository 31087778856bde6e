/* Throwaway sites (sharing node_modules) that a test or benchmark can change and build: the project's own code and
   config with either the project's content or a small fixture site's content. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { packageCommand } from './package-bin.ts';

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
  linkNodeModules(dir);
  return dir;
}

/**
 * Gives `dir` the project's installed packages without copying them: a node_modules folder of its own whose entries
 * link to the project's. Its own folder, not one link to the project's, because Astro keeps its content cache in
 * node_modules/.astro: copies built side by side (and the project's own build) must never share it.
 */
export function linkNodeModules(dir: string): void {
  const source = path.resolve('node_modules');
  mkdirSync(path.join(dir, 'node_modules'));
  for (const entry of readdirSync(source)) {
    if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
    symlinkSync(path.join(source, entry), path.join(dir, 'node_modules', entry));
  }
}

/** Runs the production build in `dir`, with extra environment variables (SOURCE_DATE_EPOCH, say). */
export function buildSite(
  dir: string,
  env: Record<string, string> = {},
  args: string[] = [],
): { status: number | null; output: string } {
  const result = spawnSync(...packageCommand('astro', ['build', ...args]), {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    timeout: 900_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
