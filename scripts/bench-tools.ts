// Installs the benchmark-only tools (package.json "benchDependencies") when they are missing, so `npm ci` for a
// build or a deploy never downloads them. npm's --no-save keeps package.json and the lockfile as they are.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { benchDependencies?: Record<string, string> };
const require = createRequire(`${process.cwd()}/package.json`);
const isInstalled = (name: string, version: string) => {
  try {
    return (
      (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version ===
      version
    );
  } catch {
    return false;
  }
};

const missing = Object.entries(manifest.benchDependencies ?? {}).filter(
  ([name, version]) => !isInstalled(name, version),
);
if (missing.length > 0) {
  const specs = missing.map(([name, version]) => `${name}@${version}`);
  console.log(`--- installing the benchmark tools: ${specs.join(', ')} (not saved to package.json)`);
  const install = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', ...specs], {
    stdio: 'inherit',
  });
  process.exit(install.status ?? 1);
}
