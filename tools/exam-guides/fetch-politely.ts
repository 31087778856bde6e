/*
 * A polite reader of web pages for the guide-drift check: one request at a time with a pause between them, a timeout
 * on each, a few attempts with exponential backoff on network errors, 5xx and 429 (honouring Retry-After), a
 * User-Agent that names the project, and conditional requests (ETag / Last-Modified) from a cache kept between runs.
 * It never throws: a page it cannot get is a result that says why.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A page, or why it could not be read. */
export type FetchResult =
  | { ok: true; url: string; finalUrl: string; body: string; fromCache: boolean }
  | { ok: false; url: string; reason: 'not-found' | 'http-error' | 'timeout' | 'network'; detail: string };

export interface PoliteFetchOptions {
  /** Names the project and where to reach it. */
  userAgent: string;
  /** How long one attempt may take, headers and body, in milliseconds. */
  timeoutMs?: number;
  /** Attempts per page, the first included. */
  attempts?: number;
  /** The wait before the second attempt; it doubles for each one after. */
  backoffMs?: number;
  /** The longest Retry-After the fetcher honours; longer ones are cut to this. */
  maxRetryAfterMs?: number;
  /** The pause between one request and the next. */
  gapMs?: number;
  /** Where validators and bodies are kept between runs; no cache when left out. */
  cacheDir?: string | undefined;
  /** How to wait (tests pass one that does not). */
  sleep?: (ms: number) => Promise<void>;
}

/** What the cache keeps of a page: its validators and the body they stand for. */
interface CachedPage {
  url: string;
  finalUrl: string;
  etag?: string;
  lastModified?: string;
  body: string;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The User-Agent of the check: the project, and its repository when GitHub Actions names it. */
export function sourcesCheckUserAgent(env: NodeJS.ProcessEnv = process.env): string {
  const server = env['GITHUB_SERVER_URL'];
  const repository = env['GITHUB_REPOSITORY'];
  const where = server && repository ? `+${server}/${repository}` : 'run by a maintainer';
  return `aws-certification-guide-sources-check/1.0 (an open-source guide to AWS certifications; ${where})`;
}

/** Milliseconds a Retry-After header asks for (seconds or an HTTP date), or undefined without a usable one. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

class PageCache {
  readonly dir: string | undefined;

  constructor(dir: string | undefined) {
    this.dir = dir;
  }

  private file(url: string): string | undefined {
    return this.dir && path.join(this.dir, `${createHash('sha256').update(url).digest('hex').slice(0, 32)}.json`);
  }

  read(url: string): CachedPage | undefined {
    const file = this.file(url);
    try {
      const page = file ? (JSON.parse(readFileSync(file, 'utf8')) as CachedPage) : undefined;
      return page?.url === url ? page : undefined;
    } catch {
      return undefined;
    }
  }

  write(page: CachedPage): void {
    const file = this.file(page.url);
    if (!file || !this.dir || (!page.etag && !page.lastModified)) return;
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(file, JSON.stringify(page));
  }
}

/** A fetcher that reads one page at a time, however many callers ask at once. */
export function politeFetcher(options: PoliteFetchOptions): (url: string) => Promise<FetchResult> {
  const {
    userAgent,
    timeoutMs = 20_000,
    attempts = 3,
    backoffMs = 2_000,
    maxRetryAfterMs = 120_000,
    gapMs = 500,
    sleep = realSleep,
  } = options;
  const cache = new PageCache(options.cacheDir);
  let queue: Promise<unknown> = Promise.resolve();
  let requestsSent = 0;

  /** One attempt: a result, or a failure with whether to try again and how long to wait first. */
  async function attempt(url: string): Promise<FetchResult | { retry: FetchResult & { ok: false }; waitMs?: number }> {
    const cached = cache.read(url);
    const headers: Record<string, string> = { 'user-agent': userAgent, accept: 'text/html' };
    if (cached?.etag) headers['if-none-match'] = cached.etag;
    if (cached?.lastModified) headers['if-modified-since'] = cached.lastModified;
    if (requestsSent++ > 0 && gapMs > 0) await sleep(gapMs);
    try {
      const response = await fetch(url, { headers, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
      if (response.status === 304 && cached) {
        await response.body?.cancel();
        return { ok: true, url, finalUrl: cached.finalUrl, body: cached.body, fromCache: true };
      }
      if (response.ok) {
        const body = await response.text();
        const page: CachedPage = { url, finalUrl: response.url || url, body };
        const etag = response.headers.get('etag');
        const lastModified = response.headers.get('last-modified');
        if (etag) page.etag = etag;
        if (lastModified) page.lastModified = lastModified;
        cache.write(page);
        return { ok: true, url, finalUrl: page.finalUrl, body, fromCache: false };
      }
      await response.body?.cancel();
      const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      if (response.status === 404 || response.status === 410) {
        return { ok: false, url, reason: 'not-found', detail: `not found (${status})` };
      }
      const failure = { ok: false as const, url, reason: 'http-error' as const, detail: status };
      if (response.status !== 429 && response.status < 500) return failure;
      const asked = retryAfterMs(response.headers.get('retry-after'));
      return asked === undefined ? { retry: failure } : { retry: failure, waitMs: Math.min(asked, maxRetryAfterMs) };
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined;
      const detail = timedOut
        ? `no answer within ${timeoutMs} ms`
        : `network error: ${cause ?? (error instanceof Error ? error.message : String(error))}`;
      return { retry: { ok: false, url, reason: timedOut ? 'timeout' : 'network', detail } };
    }
  }

  async function read(url: string): Promise<FetchResult> {
    for (let n = 1; ; n++) {
      const result = await attempt(url);
      if (!('retry' in result)) return result;
      if (n >= attempts) {
        const tries = attempts === 1 ? '1 attempt' : `${attempts} attempts`;
        return { ...result.retry, detail: `${result.retry.detail} (${tries})` };
      }
      await sleep(result.waitMs ?? backoffMs * 2 ** (n - 1));
    }
  }

  return (url) => {
    const next = queue.then(() => read(url));
    queue = next;
    return next;
  };
}
