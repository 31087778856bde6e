import { describe, expect, it } from 'vitest';
import { catalogueRow } from '../../src/lib/catalogue-rows';
import { applyCatalogueView, catalogueQueryString, parseCatalogueQuery } from '../../src/lib/catalogue-view';
import { makeCert } from './helpers/certs';

const rows = [
  makeCert('clf', { tier: 'foundational', exam: { ...makeCert('x').exam, priceUsd: 100, minutes: 90 } }),
  makeCert('saa', { exam: { ...makeCert('x').exam, priceUsd: 150 } }),
  makeCert('sap', { tier: 'professional', exam: { ...makeCert('x').exam, priceUsd: 300, minutes: 180 } }),
  makeCert('das', {
    tier: 'specialty',
    status: 'retired',
    retiredOn: '2024-04',
    successors: ['saa'],
    exam: { ...makeCert('x').exam, priceUsd: 300 },
  }),
].map(catalogueRow);

describe('catalogue URL state', () => {
  it('reads tier, status, sort and direction', () => {
    expect(parseCatalogueQuery('?tier=associate&status=active&sort=price&dir=desc')).toEqual({
      tier: 'associate',
      status: 'active',
      sort: 'price',
      dir: 'desc',
    });
  });

  it('ignores unknown or hostile values and falls back to the default view', () => {
    expect(parseCatalogueQuery('?tier=wizard&status=<img>&sort=constructor&dir=sideways')).toEqual({
      tier: undefined,
      status: undefined,
      sort: 'tier',
      dir: 'asc',
    });
  });

  it('writes short links that round-trip', () => {
    const view = parseCatalogueQuery('?tier=associate&sort=price');
    expect(catalogueQueryString(view)).toBe('?tier=associate&sort=price');
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

  it('filters by tier and by status', () => {
    expect(applyCatalogueView(rows, parseCatalogueQuery('tier=specialty')).map((r) => r.slug)).toEqual(['das']);
    expect(applyCatalogueView(rows, parseCatalogueQuery('status=active')).map((r) => r.slug)).toEqual([
      'clf',
      'saa',
      'sap',
    ]);
  });
});
