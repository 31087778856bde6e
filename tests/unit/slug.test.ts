import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSlug } from '../../src/lib/site/slug';
import { slugSchema } from '../../src/schemas/common';
import { pathFinderUrl } from '../../src/lib/tools/path-finder-url';

const samples = ['amazon-s3', 'solutions-architect-associate', 'x', 'Amazon-S3', 'a--b', '-a', 'a-', 'a b', 'a/b', ''];

/** A regular expression literal that spells the slug rule again: words of [a-z0-9] joined by hyphens. */
const SLUG_RULE_COPY = /\[a-z0-9\]\+\(\?:-\[a-z0-9\]\+\)\*/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(astro|ts|mjs|js)$/.test(entry.name))
    .map((entry) => path.relative(process.cwd(), path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

describe('one slug rule (src/lib/site/slug.ts)', () => {
  it('the content schema and the path finder’s address accept and refuse the same slugs', () => {
    for (const sample of samples) {
      const address = pathFinderUrl(new URLSearchParams({ goal: sample, years: '1' }), [{ id: 'any', fromYears: 0 }]);
      expect(slugSchema.safeParse(sample).success, sample).toBe(isSlug(sample));
      expect(address.startsWith(`/path-finder/${sample}/`), sample).toBe(isSlug(sample));
    }
  });

  it('is spelled once: no other source file writes the pattern again', () => {
    const copies = ['src', 'scripts', 'tools']
      .flatMap(sourceFiles)
      .filter((file) => file !== 'src/lib/site/slug.ts' && SLUG_RULE_COPY.test(readFileSync(file, 'utf8')));
    expect(copies).toEqual([]);
  });
});
