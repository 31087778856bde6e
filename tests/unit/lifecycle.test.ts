import { getCollection } from 'astro:content';
import { describe, expect, it, vi } from 'vitest';
import { buildDay, epochOfDay } from '../../src/build/build-date';
import { resolveCertification, type Cert } from '../../src/lib/catalogue/catalogue';
import { lifecycleAt, versionPhase } from '../../src/lib/catalogue/lifecycle';
import {
  dateOrderProblems,
  earliestDay,
  formatLifecycleDate,
  hasEnded,
  hasStarted,
  isCalendarDay,
  lastDayOf,
  latestDay,
} from '../../src/lib/catalogue/lifecycle-dates';
import { makeCertification } from './helpers/certs';

const entries = await getCollection('certifications');
/** The real catalogue as the site builds it on `day`. */
const catalogueOn = (day: string): Map<string, Cert> =>
  new Map(entries.map((e) => [e.id, resolveCertification(e.id, e.data, day)]));

/**
 * The evidence of August to November 2026 (../shared/reference/aws-certification-changes-2026.md): what a reader
 * books, and each certification's status, on three days around the transitions.
 */
describe('the real catalogue follows the calendar', () => {
  const expectations: [day: string, slug: string, status: string, current: string | undefined][] = [
    ['2026-11-30', 'solutions-architect-professional', 'active', 'SAP-C03'],
    ['2026-11-30', 'developer-associate', 'active', 'DVA-C02'],
    ['2026-11-30', 'machine-learning-engineer-associate', 'beta', 'MLA-C02'],
    ['2026-11-30', 'advanced-networking-specialty', 'retiring', 'ANS-C01'],
    ['2026-11-30', 'ai-business-strategist', 'beta', 'AIB-C01'],
    ['2026-12-02', 'solutions-architect-professional', 'active', 'SAP-C03'],
    ['2026-12-02', 'developer-associate', 'active', 'DVA-C03'],
    ['2026-12-02', 'machine-learning-engineer-associate', 'beta', 'MLA-C02'],
    ['2026-12-02', 'advanced-networking-specialty', 'retiring', 'ANS-C01'],
    ['2026-12-02', 'ai-business-strategist', 'beta', 'AIB-C01'],
    ['2027-01-02', 'solutions-architect-professional', 'active', 'SAP-C03'],
    ['2027-01-02', 'developer-associate', 'active', 'DVA-C03'],
    ['2027-01-02', 'machine-learning-engineer-associate', 'beta', 'MLA-C02'],
    ['2027-01-02', 'advanced-networking-specialty', 'retired', undefined],
    ['2027-01-02', 'ai-business-strategist', 'beta', 'AIB-C01'],
  ];
  it.each(expectations)('on %s, %s is %s and a reader books %s', (day, slug, status, current) => {
    const cert = catalogueOn(day).get(slug);
    expect(cert?.status).toBe(status);
    expect(cert?.current?.code).toBe(current);
  });

  it('keeps the replaced codes as previous versions, ended', () => {
    const on = catalogueOn('2026-12-02');
    expect(on.get('solutions-architect-professional')?.previous.map((v) => [v.code, v.phase])).toEqual([
      ['SAP-C02', 'ended'],
      ['SAP-C01', 'ended'],
    ]);
    expect(on.get('developer-associate')?.previous[0]).toMatchObject({ code: 'DVA-C02', phase: 'ended' });
    expect(on.get('machine-learning-engineer-associate')?.previous[0]).toMatchObject({
      code: 'MLA-C01',
      phase: 'ended',
    });
  });

  it('names DVA-C03 as the next version while DVA-C02 is current, and none afterwards', () => {
    expect(catalogueOn('2026-11-30').get('developer-associate')?.next?.code).toBe('DVA-C03');
    expect(catalogueOn('2026-12-02').get('developer-associate')?.next).toBeUndefined();
  });

  it('shows the MLA-C02 beta figures while it is in beta, never MLA-C01’s', () => {
    const mla = catalogueOn('2026-11-30').get('machine-learning-engineer-associate');
    expect(mla?.exam.format).toMatchObject({ minutes: 170, priceUsd: 75, questions: { total: 85 } });
  });

  it('does not copy a new version’s unknown facets from the one before (SAP-C03 weights)', () => {
    const on = catalogueOn('2026-12-02');
    expect(on.get('solutions-architect-professional')?.exam.version.domains).toBeUndefined();
  });

  it('shows DVA-C03 as AWS’s guide gives it, not DVA-C02’s outline', () => {
    const dva = catalogueOn('2026-12-02').get('developer-associate')?.exam;
    expect(dva?.format).toMatchObject({
      questions: { scored: 50, unscored: 15 },
      questionTypes: ['multiple-choice', 'multiple-response'],
      passingScore: 720,
    });
    expect(dva?.version.domains?.map((d) => [d.name, d.weight, d.tasks?.length])).toEqual([
      ['Development with AWS Services', 30, 3],
      ['Security', 26, 3],
      ['Testing and Deployment', 22, 3],
      ['Troubleshooting and Optimization', 22, 3],
    ]);
  });

  it('puts AI Business Strategist in the Business category', () => {
    expect(catalogueOn('2026-11-30').get('ai-business-strategist')?.category).toBe('business');
  });
});

describe('version phases', () => {
  const version = makeCertification('x').versions[0]!;

  it('counts a first day from its latest reading and a last day until its latest reading', () => {
    const ranged = {
      ...version,
      availableFrom: '2026-01-01',
      lastDay: { between: ['2026-11-16', '2026-11-17'] as [string, string], note: 'Two readings.' },
    };
    expect(versionPhase(ranged, '2026-11-17', false, false)).toBe('standard');
    expect(versionPhase(ranged, '2026-11-18', false, false)).toBe('ended');
    const month = { ...version, availableFrom: '2027-01' };
    expect(versionPhase(month, '2027-01-15', false, false)).toBe('upcoming');
    expect(versionPhase(month, '2027-01-31', false, false)).toBe('standard');
  });

  it('never lets a forecast change the phase', () => {
    const forecast = {
      ...version,
      availableFrom: { expected: '2027-01-14', note: 'Announced only.' },
      beta: { from: '2026-09-29' },
    };
    expect(versionPhase(forecast, '2027-03-01', false, false)).toBe('beta');
  });

  it('closes a beta after its last day, before the standard exam opens', () => {
    const beta = { ...version, availableFrom: '2026-05-01', beta: { from: '2026-01-05', until: '2026-03-31' } };
    expect(versionPhase(beta, '2026-02-01', false, false)).toBe('beta');
    expect(versionPhase(beta, '2026-04-15', false, false)).toBe('beta-closed');
    expect(versionPhase(beta, '2026-05-01', false, false)).toBe('standard');
  });

  it('ends an old version with no recorded last day once a newer one is the standard exam', () => {
    const old = { ...version, availableFrom: undefined };
    expect(versionPhase(old, '2026-01-01', true, false)).toBe('standard');
    expect(versionPhase(old, '2026-01-01', true, true)).toBe('ended');
  });

  it('is upcoming when announced without dates, and the certification with it', () => {
    const state = lifecycleAt(
      { versions: [{ ...version, availableFrom: undefined, announced: '2026-11-01' }] },
      '2026-11-30',
    );
    expect(state.status).toBe('upcoming');
    expect(state.current).toBeUndefined();
    expect(state.headline.code).toBe('TST-C01');
  });

  it('is retiring with a retirement recorded, retired after the last day', () => {
    const data = makeCertification('x', { lastDay: '2026-12-31' });
    expect(lifecycleAt(data, '2026-12-31').status).toBe('retiring');
    expect(lifecycleAt(data, '2027-01-01').status).toBe('retired');
    expect(lifecycleAt(data, '2027-01-01').headline.code).toBe('TST-C01');
  });
});

describe('lifecycle dates', () => {
  it('reads partial dates as the whole period they name', () => {
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(lastDayOf('2019')).toBe('2019-12-31');
    expect(earliestDay('2024-04')).toBe('2024-04-01');
    expect(latestDay({ between: ['2022-07', '2023-07'], note: 'x' })).toBe('2023-07-31');
    expect(hasStarted({ expected: '2020-01-01', note: 'x' }, '2026-01-01')).toBe(false);
    expect(hasEnded('2026-11-30', '2026-11-30')).toBe(false);
    expect(hasEnded('2026-11-30', '2026-12-01')).toBe(true);
  });

  it('writes ranges and forecasts as prose', () => {
    expect(formatLifecycleDate({ between: ['2026-11-16', '2026-11-17'], note: 'x' })).toBe('16 or 17 November 2026');
    expect(formatLifecycleDate({ between: ['2026-11-30', '2026-12-01'], note: 'x' })).toBe(
      '30 November or 1 December 2026',
    );
    expect(formatLifecycleDate({ between: ['2022-07', '2023-07'], note: 'x' })).toBe('July 2022 or July 2023');
    expect(formatLifecycleDate({ expected: '2027-01-14', note: 'x' })).toBe('expected 14 January 2027');
  });

  it('rejects dates that cannot be in that order, but not readings that overlap', () => {
    expect(dateOrderProblems({ availableFrom: '2026-11-17', lastDay: '2026-11-16' })).toEqual([
      {
        path: ['lastDay'],
        message: 'expected lastDay (16 November 2026) on or after availableFrom (17 November 2026)',
      },
    ]);
    expect(
      dateOrderProblems({
        beta: { from: '2026-09' },
        availableFrom: { between: ['2026-09-15', '2026-10-01'], note: 'x' },
      }),
    ).toEqual([]);
  });
});

describe('a calendar day', () => {
  it('is one check for content dates, addresses and the open data: 31 February is no day anywhere', async () => {
    const { calendarDateSchema, partialDateSchema } = await import('../../src/schemas/common');
    const { parseReadinessQuery } = await import('../../src/lib/tools/preparation');
    const { parsePlannerQuery } = await import('../../src/lib/tools/planner');
    expect(isCalendarDay('2028-02-29')).toBe(true);
    for (const bad of ['2027-02-31', '2026-13-01', '2026-1-01', '', undefined]) expect(isCalendarDay(bad)).toBe(false);
    expect(calendarDateSchema.safeParse('2027-02-31').success).toBe(false);
    expect(partialDateSchema.safeParse('2027-02-31').success).toBe(false);
    expect(partialDateSchema.safeParse('2027-02').success).toBe(true);
    expect(parseReadinessQuery('?date=2027-02-31', []).examDate).toBeUndefined();
    expect(parseReadinessQuery('?date=2027-02-28', []).examDate).toBe('2027-02-28');
    const known = new Set(['a']);
    expect(parsePlannerQuery('?c=a:2027-02-31', known).examDates).toEqual([]);
  });
});

describe('the build day', () => {
  it('is SOURCE_DATE_EPOCH when set, the clock otherwise', () => {
    expect(buildDay(epochOfDay('2027-01-02'))).toBe('2027-01-02');
    expect(buildDay('1798761600')).toBe('2027-01-01');
    expect(buildDay('', new Date('2026-11-30T10:00:00Z'))).toBe('2026-11-30');
    // Unset in the environment (the suite itself may run with it set, to test the site as of another day).
    vi.stubEnv('SOURCE_DATE_EPOCH', undefined);
    try {
      expect(buildDay(undefined, new Date('2026-11-30T23:59:00Z'))).toBe('2026-11-30');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('refuses a malformed SOURCE_DATE_EPOCH with a message that shows the expected form', () => {
    expect(() => buildDay('2027-01-02')).toThrow(/whole number of seconds since 1970-01-01 UTC.*found "2027-01-02"/);
  });
});
