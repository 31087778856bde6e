import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import { buildSearchIndex, EXCLUDED_FROM_INDEX, type PagefindApi } from '../../src/integrations/pagefind';

function fakeLogger() {
  const logger = {
    info: vi.fn(),
    warn: vi.fn(),
    error: vi.fn(),
    debug: vi.fn(),
    fork: vi.fn(),
    label: 'test',
    options: {},
  };
  return logger as unknown as AstroIntegrationLogger & {
    info: ReturnType<typeof vi.fn>;
    error: ReturnType<typeof vi.fn>;
  };
}

function fakePagefind(overrides: { add?: object; write?: object; create?: object } = {}) {
  const index = {
    addDirectory: vi.fn().mockResolvedValue({ errors: [], page_count: 42, ...overrides.add }),
    writeFiles: vi.fn().mockResolvedValue({ errors: [], outputPath: '/site/pagefind', ...overrides.write }),
  };
  const api = {
    createIndex: vi.fn().mockResolvedValue({ errors: [], index, ...overrides.create }),
    close: vi.fn().mockResolvedValue(undefined),
  };
  return { api: api as unknown as PagefindApi & typeof api, index };
}

const outDir = new URL('file:///site/');

/** The reason a failed build gives under its "Failed to build the Pagefind search index." wrapper. */
async function failureCause(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  expect((error as Error).message).toBe('Failed to build the Pagefind search index.');
  return String(((error as Error).cause as Error | undefined)?.message);
}

describe('the Pagefind build hook', () => {
  it('indexes the output folder, writes to /pagefind/, logs the page count and closes', async () => {
    const { api, index } = fakePagefind();
    const logger = fakeLogger();
    await expect(buildSearchIndex(outDir, logger, api)).resolves.toEqual({ pageCount: 42 });
    expect(api.createIndex).toHaveBeenCalledWith({ excludeSelectors: EXCLUDED_FROM_INDEX });
    expect(index.addDirectory).toHaveBeenCalledWith({ path: '/site/' });
    expect(index.writeFiles).toHaveBeenCalledWith({ outputPath: '/site/pagefind/' });
    expect(logger.info).toHaveBeenCalledWith(expect.stringMatching(/indexed 42 pages in [\d.]+s/));
    expect(api.close).toHaveBeenCalledOnce();
  });

  it('reports every error Pagefind returns, fails the build and still closes', async () => {
    const { api } = fakePagefind({ add: { errors: ['bad HTML in a.html', 'bad HTML in b.html'] } });
    const logger = fakeLogger();
    const failure = buildSearchIndex(outDir, logger, api);
    await expect(failure).rejects.toThrow('Failed to build the Pagefind search index.');
    await failure.catch((error: Error) =>
      expect(String(error.cause)).toContain('bad HTML in a.html; bad HTML in b.html'),
    );
    expect(logger.error).toHaveBeenCalledWith('addDirectory: bad HTML in a.html');
    expect(logger.error).toHaveBeenCalledWith('addDirectory: bad HTML in b.html');
    expect(api.close).toHaveBeenCalledOnce();
  });

  it('fails when createIndex returns no index, and when writing fails', async () => {
    const noIndex = fakePagefind({ create: { index: undefined } });
    expect(await failureCause(buildSearchIndex(outDir, fakeLogger(), noIndex.api))).toBe(
      'Pagefind createIndex returned no index',
    );
    expect(noIndex.api.close).toHaveBeenCalledOnce();
    const writeFails = fakePagefind({ write: { errors: ['disk full'] } });
    expect(await failureCause(buildSearchIndex(outDir, fakeLogger(), writeFails.api))).toBe(
      'Pagefind writeFiles failed: disk full',
    );
    expect(writeFails.api.close).toHaveBeenCalledOnce();
  });

  it('fails when no page is marked for indexing', async () => {
    const { api } = fakePagefind({ add: { page_count: 0 } });
    expect(await failureCause(buildSearchIndex(outDir, fakeLogger(), api))).toMatch(
      /^Pagefind found no pages to index: is data-pagefind-body missing\?$/,
    );
  });
});
