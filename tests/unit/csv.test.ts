import { describe, expect, it } from 'vitest';
import { certificationsCsv, csvField } from '../../src/lib/catalogue/csv';
import { feedItems } from '../../src/lib/changes/feeds';
import type { TimelineEvent } from '../../src/lib/changes/timeline';
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

  it('carries category, status and the current version, and leaves a fact AWS has not published empty', () => {
    const csv = certificationsCsv([
      makeCert('a', { category: 'business', code: 'AIB-C01', format: { minutes: undefined } }),
    ]);
    const [header = '', row = ''] = csv.trim().split('\r\n');
    const cell = (name: string) => row.split(',')[header.split(',').indexOf(name)];
    expect(cell('category')).toBe('business');
    expect(cell('status')).toBe('active');
    expect(cell('current_version')).toBe('AIB-C01');
    expect(cell('minutes')).toBe('');
    expect(cell('price_usd')).toBe('150');
  });
});

describe('changes feed', () => {
  const event = (over: Partial<TimelineEvent>): TimelineEvent => ({
    id: 'x',
    date: '2025-09-30',
    kind: 'renamed',
    certification: 'a',
    code: undefined,
    past: true,
    summary: 'A change.',
    sources: [],
    unverified: false,
    ...over,
  });

  it('dates a partial date and a disputed one on their earliest reading, as the calendars do, newest first, and flags unverified ones', () => {
    const items = feedItems(
      [
        event({ id: 'month', date: '2024-04', kind: 'retired', unverified: true }),
        event({
          id: 'range',
          date: { between: ['2026-11-16', '2026-11-17'], note: 'Two readings.' },
          kind: 'last-day',
          code: 'SAP-C02',
        }),
      ],
      new Map([['a', { shortName: 'Alpha' }]]),
    );
    expect(items.map((i) => i.pubDate.toISOString().slice(0, 10))).toEqual(['2026-11-16', '2024-04-01']);
    expect(items.map((i) => i.link)).toEqual(['/changes/#range', '/changes/#month']);
    expect(items[0]?.title).toBe('Alpha: last day of a version (SAP-C02)');
    expect(items[0]?.description).toContain('Sources disagree on the day (16 or 17 November 2026): Two readings.');
    expect(items[1]?.description).toContain('AWS has given only the month. (Date unverified.)');
    expect(items[0]?.description).not.toContain('unverified');
  });
});
