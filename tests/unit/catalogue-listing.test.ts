import { describe, expect, it } from 'vitest';
import { catalogueCells, catalogueRow, priceText } from '../../src/lib/catalogue/catalogue-rows';
import {
  applyCatalogueListing,
  catalogueQueryString,
  parseCatalogueQuery,
} from '../../src/lib/catalogue/catalogue-listing';
import { formatUsd } from '../../src/lib/site/format';
import { makeCert, makeCertification } from './helpers/certs';

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
    expect(applyCatalogueListing(rows, parseCatalogueQuery('sort=price')).map((r) => r.slug)).toEqual([
      'clf',
      'saa',
      'sap',
      'das',
    ]);
    // The retired das comes after the exams a reader can book (see below).
    expect(applyCatalogueListing(rows, parseCatalogueQuery('sort=price&dir=desc')).map((r) => r.slug)).toEqual([
      'sap',
      'saa',
      'clf',
      'das',
    ]);
  });

  it('puts a fact AWS has not published last, whichever the direction', () => {
    const unknown = catalogueRow(makeCert('new', { format: { priceUsd: undefined } }));
    const withUnknown = [unknown, ...rows].filter((r) => r.status !== 'retired');
    expect(applyCatalogueListing(withUnknown, parseCatalogueQuery('sort=price')).at(-1)?.slug).toBe('new');
    expect(applyCatalogueListing(withUnknown, parseCatalogueQuery('sort=price&dir=desc')).at(-1)?.slug).toBe('new');
  });

  it('filters by category and by status', () => {
    expect(applyCatalogueListing(rows, parseCatalogueQuery('category=specialty')).map((r) => r.slug)).toEqual(['das']);
    expect(applyCatalogueListing(rows, parseCatalogueQuery('status=active')).map((r) => r.slug)).toEqual([
      'clf',
      'saa',
      'sap',
    ]);
  });
});

/** A certification in beta on TEST_DAY: its beta costs `betaUsd`, its standard exam `standardUsd`. */
function inBeta(slug: string, betaUsd: number, standardUsd: number | undefined) {
  const [version] = makeCertification(slug).versions;
  if (!version) throw new Error('no version');
  return makeCert(slug, {
    versions: [
      {
        ...version,
        availableFrom: undefined,
        format: { ...version.format, priceUsd: standardUsd },
        beta: { from: '2026-09-29', format: { priceUsd: betaUsd } },
      },
    ],
  });
}

describe('sorting by price, as a reader can book', () => {
  const clf = makeCert('clf', { category: 'foundational', format: { priceUsd: 100 } });
  const saa = makeCert('saa', { format: { priceUsd: 150 } });
  const mla = inBeta('mla', 75, 150);
  const aib = inBeta('aib', 50, 100);
  const sap = makeCert('sap', { category: 'professional', format: { priceUsd: 300 } });
  const das = makeCert('das', { category: 'specialty', lastDay: '2024-04', format: { priceUsd: 300 } });
  const pas = makeCert('pas', { category: 'specialty', lastDay: '2024-04', format: { priceUsd: 300 } });
  const unpriced = makeCert('new', { format: { priceUsd: undefined } });
  const table = [das, aib, sap, mla, unpriced, clf, pas, saa].map(catalogueRow);
  const sorted = (query: string) => applyCatalogueListing(table, parseCatalogueQuery(query)).map((r) => r.slug);

  it('uses the standard price, never a beta’s temporary one', () => {
    expect(mla.status).toBe('beta');
    // Ties (aib and clf at 100, mla and saa at 150) keep the order the rows came in.
    expect(sorted('sort=price')).toEqual(['aib', 'clf', 'mla', 'saa', 'sap', 'new', 'das', 'pas']);
  });

  it('puts retired exams after the ones a reader can book, whatever the direction', () => {
    expect(sorted('sort=price&dir=desc')).toEqual(['sap', 'mla', 'saa', 'aib', 'clf', 'new', 'das', 'pas']);
    expect(sorted('sort=name').slice(-2)).toEqual(['das', 'pas']);
    expect(sorted('sort=name&dir=desc').slice(-2)).toEqual(['pas', 'das']);
    expect(sorted('').slice(-2)).toEqual(['das', 'pas']);
  });

  it('lets a reader sorting by status put the retired ones first', () => {
    expect(sorted('sort=status&dir=desc').slice(0, 2)).toEqual(['das', 'pas']);
  });

  it('labels a beta’s price and never shows a retired exam’s price as if it could be bought', () => {
    expect(priceText(mla)).toBe('75 (beta; 150 standard)');
    expect(priceText(mla, formatUsd)).toBe('USD 75 (beta; USD 150 standard)');
    expect(priceText(inBeta('odd', 75, undefined))).toBe('75 (beta; standard price not yet published)');
    expect(priceText(das)).toBe('was 300');
    expect(priceText(saa)).toBe('150');
    expect(priceText(unpriced)).toBeUndefined();
    expect(catalogueCells(mla).map((c) => [c.fact, c.text])).toEqual([
      ['minutes', '130'],
      ['questions', '65'],
      ['priceUsd', '75 (beta; 150 standard)'],
      ['passingScore', '720'],
    ]);
  });
});
