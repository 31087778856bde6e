// A second production build, made for one spec (a different build day, a base path) into a temporary folder and
// served by scripts/serve-dist.mjs on a free port, the way a static host serves it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { packageCommand } from '../../tools/package-bin';

export interface ServedBuild {
  /** The server's origin and the path the site is served under, e.g. http://127.0.0.1:41234/aws-guide/. */
  url: string;
  /** Stops the server and deletes the build. */
  close: () => void;
}

/** Builds the site with extra `astro build` arguments and environment, then serves it (under `--base` if given). */
export async function buildAndServe(
  name: string,
  { args = [], env = {}, base = '/' }: { args?: string[]; env?: NodeJS.ProcessEnv; base?: string },
): Promise<ServedBuild> {
  // Inside the project, not the system's temporary folder: for an outDir outside it, Astro stages the build in the
  // project's own .astro/.prerender/, which two of these builds running at once would share and break.
  const parent = path.resolve('.astro', 'e2e-builds');
  mkdirSync(parent, { recursive: true });
  const outDir = mkdtempSync(path.join(parent, `${name}-`));
  const build = spawnSync(
    ...packageCommand('astro', ['build', '--outDir', outDir, ...(base === '/' ? [] : ['--base', base]), ...args]),
    {
      encoding: 'utf8',
      env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      timeout: 170_000,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (build.status !== 0) {
    rmSync(outDir, { recursive: true, force: true });
    throw new Error(`the ${name} build failed:\n${build.stderr.slice(-3000)}`);
  }
  const server: ChildProcess = spawn(
    process.execPath,
    ['scripts/serve-dist.mjs', '--port', '0', '--dir', outDir, '--base', base],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const close = () => {
    server.kill();
    rmSync(outDir, { recursive: true, force: true });
  };
  // The server prints "serving <dir> on <url>" once it listens; port 0 let the system pick a free port.
  const url = await new Promise<string | undefined>((resolve) => {
    const timer = setTimeout(() => resolve(undefined), 15_000);
    server.stdout?.on('data', (chunk: Buffer) => {
      const match = / on (http:\/\/\S+)/.exec(chunk.toString());
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    server.on('exit', () => resolve(undefined));
  });
  if (!url) {
    close();
    throw new Error(`the static server for the ${name} build did not start`);
  }
  return { url, close };
}
