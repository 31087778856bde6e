// Starts scripts/serve-dist.mjs for a benchmark and waits until it answers.
import { spawn, type ChildProcess } from 'node:child_process';

/** A running static server; `wire` counts the bytes it has sent (headers and compressed bodies) since `reset`. */
export interface ServedDist {
  origin: string;
  stop: () => void;
  wire: { bytes: () => number; paths: () => string[]; reset: () => void };
}

/**
 * Serves `dir` on `port`, or by default on a free port the system picks (the server prints which): a fixed port may
 * already be taken by another checkout's server, whose bytes would then be measured instead of this build's.
 */
export async function serveDist(port = 0, dir = 'dist'): Promise<ServedDist> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['scripts/serve-dist.mjs', '--port', String(port), '--dir', dir, '--log-bytes'],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  let sent: { bytes: number; path: string }[] = [];
  let pending = '';
  let announce: (origin: string) => void = () => undefined;
  const announced = new Promise<string>((resolve) => (announce = resolve));
  child.stdout?.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString('utf8')).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const match = /^bytes (\d+) (\S+)/.exec(line);
      if (match) sent.push({ bytes: Number(match[1]), path: match[2] ?? '' });
      const serving = /^serving .* on (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
      if (serving?.[1]) announce(serving[1]);
    }
  });
  const wire = {
    bytes: () => sent.reduce((sum, s) => sum + s.bytes, 0),
    paths: () => sent.map((s) => s.path),
    reset: () => {
      sent = [];
    },
  };
  const origin = await Promise.race([announced, new Promise<undefined>((resolve) => setTimeout(resolve, 10_000))]);
  if (!origin) {
    child.kill();
    throw new Error(`the static server did not say where it listens (asked for port ${port})`);
  }
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`${origin}/`)).ok) return { origin, stop: () => child.kill(), wire };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  child.kill();
  throw new Error(`the static server did not start on ${origin}`);
}
