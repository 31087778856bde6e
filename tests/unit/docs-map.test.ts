// README's map of the code must match the tree: a folder added, moved or renamed without a row in README's layout
// table, or a path README or CONTRIBUTING names that is gone, fails here rather than misleading a newcomer.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const LAYOUT_HEADING = '## How the project is laid out';

/** README's layout section: from its heading to the next heading of the same level. */
function layoutSection(markdown: string): string {
  const start = markdown.indexOf(`\n${LAYOUT_HEADING}\n`);
  if (start < 0) return '';
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

/** The cells of every table row in a piece of Markdown. */
const tableCells = (markdown: string): string[] =>
  markdown
    .split('\n')
    .filter((line) => line.trimStart().startsWith('|'))
    .flatMap((line) => line.split('|').map((cell) => cell.trim()));

/** The folders directly inside `dir`, as `dir/name`. */
const foldersIn = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${dir}/${entry.name}`);

/** The folders a newcomer must find in README: the source tree's top level and the groups inside src/lib and tests. */
const mappedFolders = (): string[] =>
  [
    ...foldersIn('src'),
    ...foldersIn('src/lib'),
    ...['content', 'public', 'tests', 'tools', 'scripts'],
    ...foldersIn('tests'),
  ].sort();

/** Paths the docs name in backticks, within the project's own folders. */
const NAMED_PATH = /`((?:src|tests|tools|scripts|content|public|docs)\/[^`\s]*)[^`]*`/g;

/** A segment with a placeholder (`<slug>`, `…`) or a glob (`*`, `{a,b}`) stands for any name it matches. */
const WILDCARD = /[*<…{]/;

const segmentPattern = (segment: string): RegExp =>
  new RegExp(
    `^${segment
      .split(/(\*|<[^>]*>|…|\{[^}]*\})/)
      .map((part) => {
        if (part === '*') return '[^/]*';
        if (part === '…') return '.*';
        if (part.startsWith('<')) return '[^/]+';
        if (part.startsWith('{'))
          return `(?:${part
            .slice(1, -1)
            .split(',')
            .map((p) => p.replace(/[.+?^$()|[\]\\]/g, '\\$&'))
            .join('|')})`;
        return part.replace(/[.+?^$()|[\]\\]/g, '\\$&');
      })
      .join('')}$`,
  );

const isFolder = (p: string): boolean => existsSync(p) && statSync(p).isDirectory();

/** True when some file or folder matches the named path; a name ending in `/` must be a folder. */
function pathExists(named: string): boolean {
  let candidates = ['.'];
  for (const segment of named.replace(/\/$/, '').split('/')) {
    candidates = WILDCARD.test(segment)
      ? candidates.flatMap((dir) =>
          isFolder(dir)
            ? readdirSync(dir)
                .filter((name) => segmentPattern(segment).test(name))
                .map((name) => path.join(dir, name))
            : [],
        )
      : candidates.map((dir) => path.join(dir, segment)).filter((p) => existsSync(p));
  }
  return named.endsWith('/') ? candidates.some(isFolder) : candidates.length > 0;
}

describe('the map of the code in README', () => {
  const readme = readFileSync('README.md', 'utf8');

  it('names every source folder in its layout table', () => {
    const section = layoutSection(readme);
    expect(section, `README has a "${LAYOUT_HEADING}" section`).not.toBe('');
    const cells = tableCells(section);
    const missing = mappedFolders().filter((folder) => !cells.some((cell) => cell.includes(`\`${folder}/\``)));
    expect(missing, 'folders without a row in README\u2019s layout table').toEqual([]);
  });

  it.each(['README.md', 'CONTRIBUTING.md'])('%s names only paths that exist', (file) => {
    const named = [...readFileSync(file, 'utf8').matchAll(NAMED_PATH)].map((m) => m[1] ?? '');
    expect(named.length).toBeGreaterThan(0);
    expect([...new Set(named.filter((p) => !pathExists(p)))], `paths ${file} names that do not exist`).toEqual([]);
  });

  it('reads placeholders and globs in a named path as any name', () => {
    expect(pathExists('content/certifications/<slug>.mdx')).toBe(true);
    expect(pathExists('tests/fixtures/sites/<name>/content')).toBe(true);
    expect(pathExists('src/scripts/*-element.ts')).toBe(true);
    expect(pathExists('src/build/')).toBe(true);
    expect(pathExists('src/build/catalogue.ts/')).toBe(false);
    expect(pathExists('src/lib/routes.ts')).toBe(false);
    expect(pathExists('content/certifications/<slug>.yaml')).toBe(false);
  });
});
