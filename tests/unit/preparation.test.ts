import { describe, expect, it } from 'vitest';
import {
  apportion,
  parseReadinessQuery,
  prepDomains,
  readiness,
  readinessQueryString,
  REVIEW_SHARE,
  studyPlan,
  studyPlanEvents,
  weeksUntil,
  type Mark,
  type PrepDomain,
} from '../../src/lib/preparation';

const task = (text: string, services = ['amazon-s3']) => ({ task: `${text} in a sentence of our own.`, services });

/** Two domains: 60% with three tasks, 40% with two. */
const version = {
  domains: [
    { name: 'Heavy domain', weight: 60, tasks: [task('First'), task('Second'), task('Third')] },
    { name: 'Light domain', weight: 40, tasks: [task('Fourth'), task('Fifth')] },
  ],
};
const domains = prepDomains(version) as PrepDomain[];

describe('task statements', () => {
  it('are numbered as the exam guide numbers them: domain, then task', () => {
    expect(domains.flatMap((d) => d.tasks.map((t) => t.id))).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2']);
    expect(domains.map((d) => d.share)).toEqual([0.6, 0.4]);
  });

  it('are not offered for a version with a domain that has none', () => {
    expect(prepDomains({ domains: [{ name: 'Only', weight: 100 }] })).toBeUndefined();
    expect(prepDomains({})).toBeUndefined();
  });

  it('share the exam equally when AWS publishes no weights', () => {
    const unweighted = prepDomains({ domains: version.domains.map(({ weight: _w, ...d }) => d) }) as PrepDomain[];
    expect(unweighted.map((d) => d.share)).toEqual([0.5, 0.5]);
    expect(readiness(unweighted, []).weighted).toBe(false);
  });
});

describe('readiness', () => {
  it('weights each domain by its share: the same marks count more in the heavier domain', () => {
    const heavyDone = readiness(domains, ['confident', 'confident', 'confident']);
    const lightDone = readiness(domains, ['not-started', 'not-started', 'not-started', 'confident', 'confident']);
    expect(heavyDone.overall).toBeCloseTo(0.6);
    expect(lightDone.overall).toBeCloseTo(0.4);
    expect(heavyDone.domains.map((d) => d.coverage)).toEqual([1, 0]);
  });

  it('counts an unsure task as half covered', () => {
    const result = readiness(domains, ['unsure', 'unsure', 'unsure', 'unsure', 'unsure']);
    expect(result.overall).toBeCloseTo(0.5);
    expect(result.domains[0]?.counts).toEqual({ confident: 0, unsure: 3, 'not-started': 0 });
  });
});

describe('readiness in the URL', () => {
  it('round-trips marks and plan settings', () => {
    const state = {
      marks: ['confident', 'unsure', 'not-started', 'confident', 'not-started'] as Mark[],
      examDate: '2027-01-15',
      hoursPerWeek: 8,
    };
    const query = readinessQueryString(state);
    expect(query).toBe('?m=cunc&date=2027-01-15&hours=8');
    expect(parseReadinessQuery(query, 5)).toEqual({ ...state, weeks: undefined });
  });

  it('ignores hostile or malformed input instead of guessing', () => {
    const state = parseReadinessQuery(
      '?m=c<img>xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx&date=2027-13-45&hours=-3&weeks=9999',
      5,
    );
    expect(state.marks).toEqual(['not-started', 'not-started', 'not-started', 'not-started', 'not-started']);
    // Too many marks: the extra ones are dropped.
    expect(parseReadinessQuery('?m=cccccccc', 2).marks).toEqual(['confident', 'confident']);
    expect(state.examDate).toBeUndefined();
    expect(state.hoursPerWeek).toBeUndefined();
    expect(state.weeks).toBeUndefined();
    expect(readinessQueryString({ marks: ['not-started'] })).toBe('');
  });
});

describe('study plan', () => {
  const today = '2026-11-30';

  it('fills exactly the weeks until the exam, every week to the full', () => {
    expect(weeksUntil(today, '2027-01-11')).toBe(6);
    expect(weeksUntil(today, '2026-12-01')).toBe(1);
    const plan = studyPlan(domains, { marks: [], examDate: '2027-01-11', hoursPerWeek: 10 }, today);
    expect(plan.basis).toBe('exam-date');
    expect(plan.weeks).toHaveLength(6);
    expect(plan.weeks[1]?.starts).toBe('2026-12-07');
    for (const week of plan.weeks) {
      expect(week.slices.reduce((sum, s) => sum + s.ofWeek, 0)).toBeCloseTo(1);
      expect(week.slices.reduce((sum, s) => sum + (s.hours ?? 0), 0)).toBeCloseTo(10, 0);
    }
  });

  it('gives time in proportion to weight when nothing is marked, heaviest first', () => {
    const plan = studyPlan(domains, { marks: [], weeks: 5 }, today);
    expect(plan.order.map((o) => o.domain.name)).toEqual(['Heavy domain', 'Light domain']);
    expect(plan.order.map((o) => o.ofPlan)).toEqual([0.6, 0.4].map((x) => expect.closeTo(x, 5)));
    expect(plan.weeks[0]?.slices.map((s) => s.domain.name)).toEqual(['Heavy domain']);
    expect(plan.weeks[0]?.slices[0]?.hours).toBeUndefined();
  });

  it('moves time to the reader’s gaps: a confident heavy domain goes after a weak light one and keeps only review time', () => {
    const plan = studyPlan(domains, { marks: ['confident', 'confident', 'confident'], weeks: 4 }, today);
    expect(plan.order.map((o) => o.domain.name)).toEqual(['Light domain', 'Heavy domain']);
    const heavy = plan.order.find((o) => o.domain.number === 1);
    expect(heavy?.need).toBeCloseTo(0.6 * REVIEW_SHARE);
    expect(
      plan.weeks.flatMap((w) => w.slices.filter((s) => s.domain.number === 2).flatMap((s) => s.tasks.map((t) => t.id))),
    ).toEqual(['2.1', '2.2']);
    expect(plan.weeks.at(-1)?.slices.find((s) => s.domain.number === 1)?.tasks).toEqual([]);
  });

  it('lists unsure tasks before those not started, and leaves confident ones out', () => {
    const plan = studyPlan(domains, { marks: ['not-started', 'confident', 'unsure'] }, today);
    expect(plan.basis).toBe('default');
    const heavy = plan.weeks.flatMap((w) => w.slices).filter((s) => s.domain.number === 1);
    expect(heavy.length).toBeGreaterThan(1);
    // Spread over the domain's weeks in order, each open task once.
    expect(heavy.flatMap((s) => s.tasks.map((t) => t.id))).toEqual(['1.3', '1.1']);
    expect(heavy[0]?.tasks.map((t) => t.id)).toEqual(['1.3']);
  });
});

describe('apportion', () => {
  it('splits whole slots in proportion and always adds up', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(7, [0.6, 0.4])).toEqual([4, 3]);
    expect(apportion(5, [0, 0])).toEqual([0, 0]);
  });
});

describe('study plan calendar', () => {
  it('has one event a week with its tasks, and the exam day', () => {
    const plan = studyPlan(domains, { marks: [], examDate: '2026-12-28' }, '2026-11-30');
    const events = studyPlanEvents(plan, {
      code: 'TST-C01',
      name: 'Test',
      date: '2026-12-28',
      url: 'https://example.org/prepare/',
    });
    expect(events.map((e) => e.day)).toEqual(['2026-11-30', '2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28']);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(events[0]?.description).toContain('1.1 First in a sentence of our own.');
    expect(events.at(-1)?.summary).toBe('Test exam (TST-C01)');
  });
});
