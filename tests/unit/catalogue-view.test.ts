import { describe, expect, it } from 'vitest';
import { catalogueRow } from '../../src/lib/catalogue-rows';
import { applyCatalogueView, catalogueQueryString, parseCatalogueQuery } from '../../src/lib/catalogue-view';
import { makeCert } from './helpers/certs';

const rows = [
  makeCert('clf', { category: 'foundational', format: { priceUsd: 100, minutes: 90 } }),
  makeCert('saa', { format: { priceUsd: 150 } }),
  makeCert('sap', { category: 'professional', format: { priceUsd: 300, minutes: 180 } }),
  makeCert('das', { category: 'specialty', lastDay: '2024-04', successors: ['saa'], format: { priceUsd: 300 } }),
].map(catalogueRow);

describe('catalogue URL state', () => {
  it('reads category, status, sort and direction', () => {
    expect(parseCatalogueQuery('?category=business&status=beta&sort=price&dir=desc')).toEqual({
      category: 'business',
      status: 'beta',
      sort: 'price',
      dir: 'desc',
    });
  });

  it('keeps links made before the Business category working (?tier=, sort=tier)', () => {
    expect(parseCatalogueQuery('?tier=associate&sort=tier')).toEqual({
      category: 'associate',
      status: undefined,
      sort: 'category',
      dir: 'asc',
    });
  });

  it('ignores unknown or hostile values and falls back to the default view', () => {
    expect(parseCatalogueQuery('?category=wizard&status=<img>&sort=constructor&dir=sideways')).toEqual({
      category: undefined,
      status: undefined,
      sort: 'category',
      dir: 'asc',
    });
  });

  it('writes short links that round-trip', () => {
    const view = parseCatalogueQuery('?category=associate&sort=price');
    expect(catalogueQueryString(view)).toBe('?category=associate&sort=price');
    expect(catalogueQueryString(parseCatalogueQuery(''))).toBe('');
  });
});

describe('sorting and filtering the table', () => {
  it('sorts numerically by price, ties in catalogue order', () => {
    expect(applyCatalogueView(rows, parseCatalogueQuery('sort=price')).map((r) => r.slug)).toEqual([
      'clf',
      'saa',
      'sap',
      'das',
    ]);
    expect(applyCatalogueView(rows, parseCatalogueQuery('sort=price&dir=desc')).map((r) => r.slug)).toEqual([
      'sap',
      'das',
      'saa',
      'clf',
    ]);
  });

  it('puts a fact AWS has not published last, whichever the direction', () => {
    const unknown = catalogueRow(makeCert('new', { format: { priceUsd: undefined } }));
    const withUnknown = [unknown, ...rows];
    expect(applyCatalogueView(withUnknown, parseCatalogueQuery('sort=price')).at(-1)?.slug).toBe('new');
    expect(applyCatalogueView(withUnknown, parseCatalogueQuery('sort=price&dir=desc')).at(-1)?.slug).toBe('new');
  });

  it('filters by category and by status', () => {
    expect(applyCatalogueView(rows, parseCatalogueQuery('category=specialty')).map((r) => r.slug)).toEqual(['das']);
    expect(applyCatalogueView(rows, parseCatalogueQuery('status=active')).map((r) => r.slug)).toEqual([
      'clf',
      'saa',
      'sap',
    ]);
  });
});
