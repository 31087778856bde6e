import { describe, expect, it } from 'vitest';
import { coveringPages, markupKeysOf } from '../e2e/template-cover';

const page = (body: string) => `<!doctype html><html lang="en"><body>${body}</body></html>`;

describe('the pages of a template the accessibility sweep runs axe on (tests/e2e/template-cover.ts)', () => {
  it('reads element names, classes, roles, ARIA attributes and input types, never words', () => {
    const keys = markupKeysOf(
      page(
        '<nav aria-label="Pages"><a class="badge beta" aria-current="page" role="link">Words</a></nav><input type="radio">',
      ),
    );
    expect([...keys]).toEqual(
      expect.arrayContaining([
        'nav',
        'nav[aria-label]',
        'a.badge',
        'a.beta',
        'a[aria-current]',
        'a[role=link]',
        'input[type=radio]',
      ]),
    );
    expect([...keys].some((key) => key.includes('Words'))).toBe(false);
    expect(markupKeysOf(page('<p>One</p>'))).toEqual(markupKeysOf(page('<p>Two, longer</p>')));
  });

  it('keeps every page of a small template, and of a large one each page that alone uses some markup', () => {
    const html: Record<string, string> = {
      '/about/': page('<p>About</p>'),
      '/services/a/': page('<ul><li>A</li></ul>'),
      '/services/b/': page('<ul><li>B</li></ul>'),
      '/services/c/': page('<ul><li>C</li></ul><span class="badge">Retiring</span>'),
      '/services/d/': page('<ul><li>D</li></ul><table role="grid"></table>'),
    };
    const chosen = coveringPages(Object.keys(html), (p) => html[p] ?? '', 2);
    // /about/ is its template's only page; of the services, c and d each use markup no other page does, and together
    // they use everything a and b use.
    expect([...chosen].sort()).toEqual(['/about/', '/services/c/', '/services/d/']);
    // Up to the size of a whole template, every page is kept.
    expect(coveringPages(Object.keys(html), (p) => html[p] ?? '', 4).size).toBe(5);
  });
});
