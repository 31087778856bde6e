import { describe, expect, it } from 'vitest';
import { firstOf, pagedRoutes, pageHref, pageParam, pagerItems, paginate } from '../../src/lib/site/pagination';

describe('paginate', () => {
  it('splits a list into full pages and a shorter last page, each knowing its number and the count', () => {
    const pages = paginate(
      Array.from({ length: 250 }, (_, i) => i),
      100,
    );
    expect(pages.map((p) => [p.number, p.count, p.items.length])).toEqual([
      [1, 3, 100],
      [2, 3, 100],
      [3, 3, 50],
    ]);
    expect(pages.flatMap((p) => p.items)).toEqual(Array.from({ length: 250 }, (_, i) => i));
  });

  it('keeps a short list on one page and an empty one as a single empty page', () => {
    expect(paginate([1, 2, 3], 100)).toEqual([{ number: 1, count: 1, items: [1, 2, 3] }]);
    expect(paginate([], 100)).toEqual([{ number: 1, count: 1, items: [] }]);
  });

  it('rejects a page size that would loop forever or split nothing', () => {
    expect(() => paginate([1], 0)).toThrow(/page size/);
    expect(() => paginate([1], 2.5)).toThrow(/page size/);
  });
});

describe('page addresses', () => {
  it('serves page 1 at the list itself and later pages under page/N/', () => {
    expect(pageHref('/certifications/', 1)).toBe('/certifications/');
    expect(pageHref('/certifications/', 3)).toBe('/certifications/page/3/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('page/2');
  });
});

describe('pagedRoutes', () => {
  it('gives each page its route parameters and the page itself as a prop', () => {
    const routes = pagedRoutes(['a', 'b', 'c'], { tier: 'associate' }, 2);
    expect(routes.map((r) => r.params)).toEqual([
      { tier: 'associate', page: undefined },
      { tier: 'associate', page: 'page/2' },
    ]);
    expect(routes.map((r) => r.props.page.items)).toEqual([['a', 'b'], ['c']]);
  });
});

describe('pagerItems', () => {
  const render = (current: number, count: number) =>
    pagerItems(current, count)
      .map((item) => (item.kind === 'gap' ? '…' : item.current ? `[${item.number}]` : String(item.number)))
      .join(' ');

  it('lists every page of a short list', () => {
    expect(render(2, 4)).toBe('1 [2] 3 4');
  });

  it('keeps the first, the last and the neighbours of the current page, with gaps between', () => {
    expect(render(10, 40)).toBe('1 … 8 9 [10] 11 12 … 40');
    expect(render(1, 40)).toBe('[1] 2 3 … 40');
    expect(render(40, 40)).toBe('1 … 38 39 [40]');
  });

  it('has the same number of entries however many pages there are', () => {
    expect(pagerItems(500, 1000)).toHaveLength(pagerItems(50, 100).length);
  });
});

describe('firstOf', () => {
  it('returns the first items and how many it left out', () => {
    expect(firstOf([1, 2, 3, 4, 5], 3)).toEqual({ shown: [1, 2, 3], more: 2 });
    expect(firstOf([1, 2], 3)).toEqual({ shown: [1, 2], more: 0 });
  });
});
