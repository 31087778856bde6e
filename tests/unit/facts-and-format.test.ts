import { describe, expect, it } from 'vitest';
import { sourceSegments } from '../../src/lib/catalogue/evidence';
import { factRows, formatFigure, unverifiedFacts } from '../../src/lib/catalogue/facts';
import { examVersionSchema } from '../../src/schemas/certification';
import { sourceSchema } from '../../src/schemas/common';
import { formatPartialDate, formatUsd, joinWords } from '../../src/lib/site/format';
import { evidenceAgeDays, freshnessIssues, type FreshnessInput } from '../../src/lib/catalogue/freshness';
import { nextTheme, readTheme, storedTheme, storeTheme, type ThemeStorage } from '../../src/lib/site/theme';
import { makeCert, makeCertification } from './helpers/certs';

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
  it('formats one figure as the facts table shows it, or nothing while AWS has not published it', () => {
    expect(formatFigure('questions', { questions: { scored: 50, unscored: 15 } })).toBe('65 (50 scored, 15 unscored)');
    expect(formatFigure('questions', { questions: { total: 85 } })).toBe('85');
    expect(formatFigure('minutes', { minutes: 130 })).toBe('130 minutes');
    expect(formatFigure('passingScore', {})).toBeUndefined();
  });

  it('flags exactly the facts the entry lists as unverified, with their reader labels', () => {
    const cert = makeCert('aip', {
      versions: [
        {
          ...makeCertification('aip').versions[0]!,
          unverified: [{ fact: 'minutes', note: 'Sources say 170 or 180.' }],
        },
      ],
    });
    const rows = factRows(cert);
    expect(rows.find((r) => r.key === 'minutes')).toMatchObject({
      label: 'Length',
      value: '130 minutes',
      unverified: 'Sources say 170 or 180.',
    });
    expect(rows.filter((r) => r.unverified)).toHaveLength(1);
    expect(unverifiedFacts(cert)).toEqual([{ label: 'TST-C01: length', note: 'Sources say 170 or 180.' }]);
  });

  it('shows question counts and dates in words, and "Not yet confirmed" for what AWS has not published', () => {
    const rows = factRows(makeCert('x', { format: { languages: undefined, priceUsd: undefined } }));
    const value = (key: string) => rows.find((r) => r.key === key)?.value;
    expect(value('questions')).toBe('65 (50 scored, 15 unscored)');
    expect(value('languages')).toBe('Not yet confirmed');
    expect(value('priceUsd')).toBe('Not yet confirmed');
    expect(value('availableFrom')).toBe('15 January 2024');
    expect(value('questionTypes')).toBe('Multiple choice and multiple response');
  });

  it('reads "Not recorded", not "Not yet confirmed", for what was never recorded of an exam that has ended', () => {
    const retired = makeCert('das', { lastDay: '2024-04-08', format: { languages: undefined, priceUsd: undefined } });
    expect(retired.exam.phase).toBe('ended');
    const value = (key: string) => factRows(retired).find((r) => r.key === key)?.value;
    expect(value('languages')).toBe('Not recorded');
    expect(value('priceUsd')).toBe('Not recorded');
    expect(value('minutes')).toBe('130 minutes');
    expect(factRows(retired).map((r) => r.value)).not.toContain('Not yet confirmed');
    // A price it had reads as history, never as an offer.
    const priced = makeCert('dbs', { lastDay: '2024-04', format: { priceUsd: 300 } });
    expect(factRows(priced).find((r) => r.key === 'priceUsd')?.value).toBe('Was USD 300');
  });

  it("gives a beta's own figures during the beta, beside the standard exam's", () => {
    const beta = makeCert('mla', {
      versions: [
        {
          ...makeCertification('mla').versions[0]!,
          availableFrom: { expected: '2027-01-14', note: 'Announced, not on the exam page.' },
          beta: { from: '2026-09-29', format: { minutes: 170, questions: { total: 85 }, priceUsd: 75 } },
          format: { questions: { scored: 50, unscored: 15 }, priceUsd: 150 },
        },
      ],
    });
    expect(beta.status).toBe('beta');
    const value = (key: string) => factRows(beta).find((r) => r.key === key)?.value;
    expect(value('priceUsd')).toBe('USD 75 in beta; USD 150 once standard');
    expect(value('minutes')).toBe('170 minutes in beta; standard exam not yet confirmed');
    expect(value('questions')).toBe('85 in beta; 65 (50 scored, 15 unscored) once standard');
  });
});

describe('figures AWS disagrees on, and pages read through a mirror', () => {
  const guide = 'https://docs.aws.amazon.com/aws-certification/latest/x-01/x-01.html';
  const page = 'https://aws.amazon.com/certification/certified-x/';
  const disputed = (passingScore: number) =>
    makeCert('ans', {
      versions: [
        {
          ...makeCertification('ans').versions[0]!,
          format: { ...makeCertification('ans').versions[0]!.format, passingScore },
          conflicts: [
            {
              fact: 'passingScore',
              readings: [
                { value: 700, where: "AWS's exam guide", url: guide },
                { value: 750, where: "AWS's exam page", url: page },
              ],
            },
          ],
        },
      ],
    });

  it('shows every reading with the page that gives it, instead of one chosen silently', () => {
    const row = factRows(disputed(700)).find((r) => r.key === 'passingScore');
    expect(row?.value).toBe("700 of 1000 (AWS's exam guide) or 750 of 1000 (AWS's exam page)");
    expect(row?.readings).toEqual([
      { value: '700 of 1000', where: "AWS's exam guide", url: guide },
      { value: '750 of 1000', where: "AWS's exam page", url: page },
    ]);
    expect(factRows(disputed(700)).filter((r) => r.readings)).toHaveLength(1);
  });

  it("rejects a conflict whose first reading is not the figure the version's format records", () => {
    const version = { ...makeCertification('ans').versions[0]!, format: { passingScore: 750 } };
    const result = examVersionSchema.safeParse({
      ...version,
      conflicts: disputed(700).versions[0]!.conflicts,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      'expected the first reading to be the one format.passingScore records (750), found 700',
    );
  });

  it('names the mirror an AWS page was read in, and the day, and accepts it only on AWS pages', () => {
    const read = {
      url: guide,
      confirms: 'the outline',
      origin: 'aws',
      asOf: '2026-12-07',
      readIn: 'https://github.com/owner/mirror',
    } as const;
    expect(sourceSegments(read)).toEqual([
      { label: 'docs.aws.amazon.com', href: guide },
      ' (AWS, as read on 7 December 2026 in ',
      { label: 'a mirror', href: 'https://github.com/owner/mirror' },
      '): the outline',
    ]);
    expect(sourceSegments({ ...read, readIn: undefined })).toEqual([
      { label: 'docs.aws.amazon.com', href: guide },
      ' (AWS, 7 December 2026): the outline',
    ]);
    expect(sourceSchema.safeParse(read).success).toBe(true);
    expect(sourceSchema.safeParse({ ...read, origin: 'independent' }).error?.issues[0]?.message).toMatch(
      /^expected readIn only on an AWS page/,
    );
    expect(sourceSchema.safeParse({ ...read, asOf: 'undated' }).error?.issues[0]?.message).toMatch(
      /^expected the day the page was read in the mirror/,
    );
  });
});

describe('freshness', () => {
  const input = (over: Partial<FreshnessInput> & { versions?: FreshnessInput['data']['versions'] }) => {
    const { versions, ...rest } = over;
    return {
      slug: 'x',
      status: 'active' as const,
      lastVerified: '2026-11-01',
      data: { versions: versions ?? makeCertification('x').versions, retirement: undefined },
      ...rest,
    };
  };

  it('lists evidence older than 180 days, counted from the first day a partial date can mean', () => {
    expect(evidenceAgeDays('2026-05-30', '2026-11-26')).toBe(180);
    expect(evidenceAgeDays('2026', '2026-11-26')).toBe(329);
    const issues = freshnessIssues(
      [
        input({ slug: 'fresh' }),
        input({ slug: 'edge', lastVerified: '2026-05-30' }),
        input({ slug: 'old', lastVerified: '2026-01' }),
        input({ slug: 'undated', lastVerified: undefined }),
        input({ slug: 'retired-old', status: 'retired', lastVerified: '2020' }),
      ],
      '2026-11-26',
    );
    expect(issues.map((i) => i.slug)).toEqual(['old', 'undated']);
  });

  it('lists an ended beta with no standard date, a passed forecast, an announcement with no dates and a newest version ending with nothing after it', () => {
    const base = makeCertification('x').versions[0]!;
    const issues = freshnessIssues(
      [
        input({
          slug: 'beta-ended',
          versions: [{ ...base, availableFrom: undefined, beta: { from: '2026-01-05', until: '2026-03-31' } }],
        }),
        input({
          slug: 'forecast',
          versions: [
            { ...base, availableFrom: { expected: '2026-10-01', note: 'A forecast.' }, beta: { from: '2026-06-01' } },
          ],
        }),
        input({ slug: 'no-dates', versions: [{ ...base, code: 'NEW-C02', availableFrom: undefined }, base] }),
        input({ slug: 'ends', versions: [{ ...base, lastDay: '2026-12-31' }] }),
      ],
      '2026-11-26',
    );
    expect(issues.map((i) => i.slug)).toEqual(['beta-ended', 'forecast', 'no-dates', 'ends']);
    expect(issues[0]?.message).toContain('no standard-exam date');
    expect(issues[3]?.message).toContain('no newer version or retirement');
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

  it('keeps working when the browser blocks storage: auto is read, nothing is kept, nothing throws', () => {
    const blocked: ThemeStorage = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      removeItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    const throwingAccess = (): ThemeStorage => {
      throw new DOMException('blocked', 'SecurityError');
    };
    for (const storage of [() => blocked, throwingAccess, () => undefined]) {
      expect(storedTheme(storage)).toBe('auto');
      expect(storeTheme(storage, 'dark')).toBe(false);
    }
  });

  it('stores a forced choice and forgets it on auto', () => {
    const kept = new Map<string, string>();
    const storage: ThemeStorage = {
      getItem: (key) => kept.get(key) ?? null,
      setItem: (key, value) => void kept.set(key, value),
      removeItem: (key) => void kept.delete(key),
    };
    expect(storeTheme(() => storage, 'dark')).toBe(true);
    expect(storedTheme(() => storage)).toBe('dark');
    storeTheme(() => storage, 'auto');
    expect(kept.has('theme')).toBe(false);
  });
});
