import { describe, expect, it } from 'vitest';
import { factRows } from '../../src/lib/facts';
import { formatPartialDate, formatUsd, joinWords } from '../../src/lib/format';
import { daysBetween, latestVerification, staleEntries } from '../../src/lib/freshness';
import { nextTheme, readTheme } from '../../src/lib/theme';
import { makeCert } from './helpers/certs';

describe('formatting', () => {
  it('writes dates only as precisely as they are known', () => {
    expect(formatPartialDate('2025-09-30')).toBe('30 September 2025');
    expect(formatPartialDate('2024-04')).toBe('April 2024');
    expect(formatPartialDate('2019')).toBe('2019');
  });

  it('formats prices and word lists', () => {
    expect(formatUsd(300)).toBe('USD 300');
    expect(joinWords(['a'])).toBe('a');
    expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('fact rows', () => {
  it('flags exactly the facts the entry lists as unverified', () => {
    const cert = makeCert('aip', { unverified: [{ fact: 'exam.minutes', note: 'Sources say 170 or 180.' }] });
    const rows = factRows(cert);
    expect(rows.find((r) => r.key === 'minutes')).toMatchObject({
      value: '130 minutes',
      unverified: 'Sources say 170 or 180.',
    });
    expect(rows.filter((r) => r.unverified)).toHaveLength(1);
  });

  it('shows question counts, languages and dates in words', () => {
    const rows = factRows(makeCert('x', { launchedOn: '2023-09', exam: { ...makeCert('x').exam, languages: [] } }));
    const value = (key: string) => rows.find((r) => r.key === key)?.value;
    expect(value('questions')).toBe('65 (50 scored, 15 unscored)');
    expect(value('languages')).toBe('Not confirmed');
    expect(value('launchedOn')).toBe('September 2023');
    expect(value('questionTypes')).toBe('Multiple choice and multiple response');
  });
});

describe('freshness', () => {
  const today = new Date('2026-11-26T12:00:00Z');

  it('lists entries verified more than 180 days ago, oldest first', () => {
    const entries = [
      { slug: 'fresh', lastVerified: '2026-11-01' },
      { slug: 'old', lastVerified: '2026-01-01' },
      { slug: 'older', lastVerified: '2025-06-01' },
      { slug: 'edge', lastVerified: '2026-05-30' },
    ];
    expect(daysBetween('2026-05-30', today)).toBe(180);
    expect(staleEntries(entries, today).map((e) => e.slug)).toEqual(['older', 'old']);
    expect(latestVerification(entries)).toBe('2026-11-01');
  });
});

describe('theme choice', () => {
  it('cycles auto → light → dark and treats junk as auto', () => {
    expect(nextTheme('auto')).toBe('light');
    expect(nextTheme('light')).toBe('dark');
    expect(nextTheme('dark')).toBe('auto');
    expect(readTheme('purple')).toBe('auto');
    expect(readTheme('dark')).toBe('dark');
  });
});
