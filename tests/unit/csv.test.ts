import { describe, expect, it } from 'vitest';
import { certificationsCsv, csvField } from '../../src/lib/csv';
import { changeFeedItems, firstDayOf } from '../../src/lib/changes';
import { makeCert } from './helpers/certs';

describe('CSV export', () => {
  it('quotes fields with commas, quotes and line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(undefined)).toBe('');
  });

  it('writes one row per certification and neutralises spreadsheet formulas', () => {
    const csv = certificationsCsv([makeCert('a', { recommendedExperience: '=HYPERLINK("x")' }), makeCert('b')]);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('changes feed', () => {
  it('dates partial dates at their first day and lists newest first', () => {
    expect(firstDayOf('2024-04').toISOString()).toBe('2024-04-01T00:00:00.000Z');
    const items = changeFeedItems(
      [
        {
          id: 'old',
          date: '2023',
          kind: 'launched',
          certification: 'a',
          summary: 'An old change.',
          sources: [],
          unverified: true,
        },
        {
          id: 'new',
          date: '2025-09-30',
          kind: 'renamed',
          certification: 'a',
          summary: 'A new change.',
          sources: [],
          unverified: false,
        },
      ],
      new Map([['a', { shortName: 'Alpha' }]]),
    );
    expect(items.map((i) => i.link)).toEqual(['/changes/#new', '/changes/#old']);
    expect(items[0]?.title).toBe('Alpha: renamed');
    expect(items[1]?.description).toContain('(Date unverified.)');
  });
});
