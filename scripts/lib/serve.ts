// Starts scripts/serve-dist.mjs for a benchmark and waits until it answers.
import { spawn, type ChildProcess } from 'node:child_process';

export async function serveDist(port: number, dir = 'dist'): Promise<{ origin: string; stop: () => void }> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['scripts/serve-dist.mjs', '--port', String(port), '--dir', dir],
    { stdio: 'ignore' },
  );
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`${origin}/`)).ok) return { origin, stop: () => child.kill() };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  child.kill();
  throw new Error(`the static server did not start on ${origin}`);
}
