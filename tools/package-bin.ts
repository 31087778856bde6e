/* The command that runs an installed package's own CLI with the Node running this script (the project's pinned Node
   under npm). `npx <cli>` starts npm first, about 0.7 CPU-seconds a call, which a test suite would pay per build. */
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** `[node, [cli, ...args]]` for the first (or only) CLI the package `name` declares, ready for spawn or spawnSync. */
export function packageCommand(name: string, args: readonly string[]): [string, string[]] {
  const manifestPath = require.resolve(`${name}/package.json`);
  const { bin } = require(manifestPath) as { bin?: string | Record<string, string> };
  const cli = typeof bin === 'string' ? bin : Object.values(bin ?? {})[0];
  if (!cli) throw new Error(`the package ${name} declares no command-line program`);
  return [process.execPath, [path.join(path.dirname(manifestPath), cli), ...args]];
}
