/* Throwaway copies of the project (sharing node_modules) that a test can change and build. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Copies what a build reads into a new temporary folder and returns its path. */
export function copyProject(prefix = 'aws-guide-build-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(entry, path.join(dir, entry), { recursive: true });
  }
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Runs the production build in `dir`, with extra environment variables (SOURCE_DATE_EPOCH, say). */
export function buildProject(
  dir: string,
  env: Record<string, string> = {},
  args: string[] = [],
): { status: number | null; output: string } {
  const result = spawnSync('npx', ['astro', 'build', ...args], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    timeout: 150_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
