import { describe, expect, it } from 'vitest';
import {
  allTasks,
  apportion,
  DEFAULT_HOURS_PER_WEEK,
  MAX_PLAN_WEEKS,
  ignoredMarksNotice,
  parseReadinessQuery,
  taskKeys,
  prepDomains,
  readiness,
  readinessQueryString,
  reviewAdvice,
  sessionsText,
  studyPlan,
  studyPlanEvents,
  weeksUntil,
  type Mark,
  type PrepDomain,
  type ReadinessState,
  type StudyPlan,
} from '../../src/lib/tools/preparation';
import { renderStudyPlan } from '../../src/views/preparation';
import { textFaults, visibleLines } from '../helpers/visible-text';

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
  const tasks = ['a1b2', 'c3d4', 'e5f6', '0a0b', '9c8d'].map((key) => ({ key }));

  it('round-trips marks by task key, and plan settings', () => {
    const state = {
      marks: ['confident', 'unsure', 'not-started', 'confident', 'not-started'] as Mark[],
      examDate: '2027-01-15',
      hoursPerWeek: 8,
    };
    const query = readinessQueryString(state, tasks);
    expect(query).toBe('?t=a1b2c.c3d4u.0a0bc&date=2027-01-15&hours=8');
    expect(parseReadinessQuery(query, tasks)).toEqual({ ...state, weeks: undefined });
  });

  it('keeps each mark on its task when a task is inserted, and applies none to a task that changed', () => {
    const query = readinessQueryString({ marks: ['confident', 'unsure', 'not-started', 'confident', 'unsure'] }, tasks);
    // AWS inserts a task after the first and rewrites the last (its fingerprint, so its key, changes).
    const later = [tasks[0]!, { key: 'ffff' }, tasks[1]!, tasks[2]!, tasks[3]!, { key: '1234' }];
    const state = parseReadinessQuery(query, later);
    expect(state.marks).toEqual(['confident', 'not-started', 'unsure', 'not-started', 'confident', 'not-started']);
    expect(state.ignored).toEqual({ marks: 1, reason: 'tasks-changed' });
    expect(ignoredMarksNotice(state)).toBe(
      "One mark was for a task that AWS's exam guide no longer lists in that form, so it was not applied to another task. Check the tasks below.",
    );
  });

  it('applies no mark of a link in the old one-letter-per-position form, and says so', () => {
    const state = parseReadinessQuery('?m=ccun&date=2027-01-15', tasks);
    expect(state.marks.every((m) => m === 'not-started')).toBe(true);
    expect(state.ignored).toEqual({ marks: 3, reason: 'old-link' });
    expect(ignoredMarksNotice(state)).toMatch(/^3 marks from an older link to this page could not be matched/);
    expect(state.examDate).toBe('2027-01-15');
    expect(ignoredMarksNotice(parseReadinessQuery('?t=a1b2c', tasks))).toBeUndefined();
  });

  it('gives every task of a version a short key that stays when other tasks change', () => {
    const keys = taskKeys([
      { task: 'One', guideTitleHash: 'c927c56f' },
      { task: 'Two', guideTitleHash: 'c927d000' },
      { task: 'Three, with no fingerprint recorded' },
    ]);
    expect(keys[0]).toBe('c927c');
    expect(keys[1]).toBe('c927d');
    expect(keys[2]).toMatch(/^[0-9a-f]{5}$/);
    expect(taskKeys([{ task: 'One', guideTitleHash: 'c927c56f' }])).toEqual(['c927']);
  });

  it('ignores hostile or malformed input instead of guessing', () => {
    const state = parseReadinessQuery('?t=c<img>.zzzzc.a1b2x.a1b2cc&date=2027-13-45&hours=-3&weeks=9999', tasks);
    expect(state.marks).toEqual(['not-started', 'not-started', 'not-started', 'not-started', 'not-started']);
    expect(state.examDate).toBeUndefined();
    expect(state.hoursPerWeek).toBeUndefined();
    expect(state.weeks).toBeUndefined();
    expect(readinessQueryString({ marks: ['not-started'] }, tasks.slice(0, 1))).toBe('');
  });
});

describe('study plan', () => {
  const today = '2026-11-30';
  const slicesOf = (plan: StudyPlan) => plan.weeks.flatMap((w) => w.slices);

  it('fills exactly the weeks until the exam, every week to the full, in whole hours', () => {
    expect(weeksUntil(today, '2027-01-11')).toBe(6);
    expect(weeksUntil(today, '2026-12-01')).toBe(1);
    const plan = studyPlan(domains, { marks: [], examDate: '2027-01-11', hoursPerWeek: 10 }, today);
    expect(plan.basis).toBe('exam-date');
    expect(plan.weeks).toHaveLength(6);
    expect(plan.weeks[1]?.starts).toBe('2026-12-07');
    for (const week of plan.weeks) expect(week.slices.reduce((sum, s) => sum + s.hours, 0)).toBe(10);
  });

  it('gives time in proportion to weight when nothing is marked, heaviest first', () => {
    const plan = studyPlan(domains, { marks: [], weeks: 5, hoursPerWeek: 10 }, today, { minutes: 120 });
    expect(plan.order.map((o) => o.domain.name)).toEqual(['Heavy domain', 'Light domain']);
    // 50 hours, 2 for the practice exam: 48 split 60:40, a tenth of it review.
    expect(plan.order.map((o) => [o.studyHours, o.reviewHours])).toEqual([
      [26, 3],
      [17, 2],
    ]);
    expect(plan.weeks[0]?.slices.map((s) => s.kind === 'study' && s.domain.name)).toEqual(['Heavy domain']);
  });

  it('assumes a stated number of hours a week when the reader gives none', () => {
    const plan = studyPlan(domains, { marks: [] }, today);
    expect(plan.hoursPerWeek).toBe(DEFAULT_HOURS_PER_WEEK);
    expect(plan.hoursGiven).toBe(false);
    expect(plan.basis).toBe('default');
  });

  it('moves time to the reader’s gaps: a confident heavy domain is studied after nothing and only reviewed', () => {
    const plan = studyPlan(domains, { marks: ['confident', 'confident', 'confident'], weeks: 4 }, today);
    expect(plan.order.map((o) => o.domain.name)).toEqual(['Light domain', 'Heavy domain']);
    const heavy = slicesOf(plan).filter((s) => s.kind !== 'practice-exam' && s.domain.number === 1);
    expect(heavy.map((s) => s.kind)).toEqual(heavy.map(() => 'review'));
    expect(
      slicesOf(plan).flatMap((s) =>
        s.kind === 'study' && s.domain.number === 2 ? s.tasks.filter((t) => !t.continued).map((t) => t.id) : [],
      ),
    ).toEqual(['2.1', '2.2']);
  });

  it('lists unsure tasks before those not started, each once, and leaves confident ones out', () => {
    const plan = studyPlan(domains, { marks: ['not-started', 'confident', 'unsure'], hoursPerWeek: 3 }, today);
    const heavy = slicesOf(plan).filter((s) => s.kind === 'study' && s.domain.number === 1);
    expect(heavy.length).toBeGreaterThan(1);
    const ids = heavy.flatMap((s) => (s.kind === 'study' ? s.tasks.filter((t) => !t.continued).map((t) => t.id) : []));
    expect(ids).toEqual(['1.3', '1.1']);
  });

  it('says how the hours split into sessions, never as a share of the week', () => {
    expect(sessionsText(1)).toBe('1 hour');
    expect(sessionsText(2)).toBe('2 hours');
    expect(sessionsText(3)).toBe('3 hours (1 session of 2 hours and 1 of 1 hour)');
    expect(sessionsText(6)).toBe('6 hours (3 sessions of 2 hours)');
    expect(sessionsText(7)).toBe('7 hours (3 sessions of 2 hours and 1 of 1 hour)');
  });
});

/** Three domains (50, 30 and 20%) with four, three and two tasks. */
const three = prepDomains({
  domains: [
    { name: 'Design', weight: 50, tasks: [task('D1'), task('D2'), task('D3'), task('D4')] },
    { name: 'Operate', weight: 30, tasks: [task('O1'), task('O2'), task('O3')] },
    { name: 'Secure', weight: 20, tasks: [task('S1'), task('S2')] },
  ],
}) as PrepDomain[];

const c = 'confident' as const;
const u = 'unsure' as const;
const n = 'not-started' as const;
const profiles: Record<string, Mark[]> = {
  'all unsure': [u, u, u, u, u, u, u, u, u],
  'all confident': [c, c, c, c, c, c, c, c, c],
  'nothing marked': [n, n, n, n, n, n, n, n, n],
  mixed: [c, u, n, n, c, c, u, n, u],
  'one domain empty (all confident), the rest not started': [n, n, n, n, c, c, c, n, n],
  'one domain untouched, the rest confident': [c, c, c, c, c, c, c, n, n],
};
const settings: Record<string, Omit<ReadinessState, 'marks'>> = {
  'one week': { weeks: 1 },
  'two weeks at 3 hours': { weeks: 2, hoursPerWeek: 3 },
  'six weeks (default) at 8 hours': { hoursPerWeek: 8 },
  'many weeks': { weeks: 40, hoursPerWeek: 10 },
  'the most weeks at 1 hour': { weeks: MAX_PLAN_WEEKS, hoursPerWeek: 1 },
  'an exam date': { examDate: '2027-02-01', hoursPerWeek: 5 },
};

describe('study plan rules, on every readiness profile', () => {
  const today = '2026-11-30';
  for (const [profile, marksGiven] of Object.entries(profiles)) {
    for (const [setting, rest] of Object.entries(settings)) {
      it(`${profile}, ${setting}`, () => {
        const state = { marks: marksGiven, ...rest };
        const plan = studyPlan(three, state, today, { minutes: 130 });
        const slices = plan.weeks.flatMap((w) => w.slices);
        const markOf = new Map(allTasks(three).map((t, i) => [t.id, marksGiven[i] ?? 'not-started']));

        // Whole hours, every week full.
        for (const week of plan.weeks) {
          expect(week.slices.reduce((sum, s) => sum + s.hours, 0)).toBe(plan.hoursPerWeek);
          for (const slice of week.slices) expect(Number.isInteger(slice.hours) && slice.hours >= 1).toBe(true);
        }

        // It ends with a full practice exam in the last week, and has only that one.
        expect(plan.weeks.at(-1)?.slices.at(-1)?.kind).toBe('practice-exam');
        expect(slices.filter((s) => s.kind === 'practice-exam')).toHaveLength(1);

        // It studies before it reviews: no study once any review has begun.
        const firstReview = slices.findIndex((s) => s.kind === 'review');
        if (firstReview >= 0) expect(slices.slice(firstReview).some((s) => s.kind === 'study')).toBe(false);

        // Every open task is studied, in a slice that names it, and no confident one is; unless the plan is too
        // short, and then it says which domains it could not reach.
        const studied = slices.flatMap((s) => (s.kind === 'study' ? s.tasks.map((t) => t.id) : []));
        expect(studied.filter((id) => markOf.get(id) === 'confident')).toEqual([]);
        for (const slice of slices) if (slice.kind === 'study') expect(slice.tasks.length).toBeGreaterThan(0);
        const open = [...markOf].filter(([, mark]) => mark !== 'confident').map(([id]) => id);
        const unreached = new Set(plan.unplanned.map((d) => d.number));
        expect([...new Set(studied)].sort()).toEqual(open.filter((id) => !unreached.has(Number(id[0]))).sort());

        // Review advice matches the marks: never "what you marked confident" where nothing is.
        for (const slice of slices) {
          if (slice.kind !== 'review') continue;
          const inDomain = slice.domain.tasks.map((t) => markOf.get(t.id));
          expect(slice.confident).toBe(inDomain.filter((m) => m === 'confident').length);
          if (slice.confident === 0) expect(reviewAdvice(slice)).not.toMatch(/confident/);
          else expect(reviewAdvice(slice)).toMatch(/you marked confident/);
        }

        // What the reader reads: hours and sessions, never a percentage of the week, and no text faults.
        const text = visibleLines(
          renderStudyPlan({ plan, code: 'TST-C01', resources: [], examDate: state.examDate, today, ics: '' }).value,
        );
        expect(text.join('\n')).not.toMatch(/% of the week|\d+%/);
        expect(textFaults(text)).toEqual([]);
      });
    }
  }

  it('gives the practice exam the whole last week when the week is shorter than the exam, and says what is left out', () => {
    const plan = studyPlan(three, { marks: profiles['mixed'] ?? [], weeks: 1, hoursPerWeek: 2 }, today, {
      minutes: 180,
    });
    expect(plan.weeks[0]?.slices).toEqual([{ kind: 'practice-exam', hours: 2, minutes: 180 }]);
    expect(plan.unplanned.map((d) => d.number)).toEqual([1, 2, 3]);
    const text = visibleLines(
      renderStudyPlan({ plan, code: 'TST-C01', resources: [], examDate: undefined, today, ics: '' }).value,
    ).join(' ');
    expect(text).toContain('1 week at 2 hours a week leave no hour for domain 1, domain 2 and domain 3.');
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

  it('keeps its UIDs when the plan is exported again on a later day, so a calendar updates instead of duplicating', () => {
    const exam = { code: 'TST-C01', name: 'Test', date: '2026-12-28', url: 'https://example.org/prepare/' };
    const uids = (today: string) =>
      studyPlanEvents(studyPlan(domains, { marks: [], examDate: exam.date }, today), exam).map((e) => e.uid);
    const first = uids('2026-11-30');
    const again = uids('2026-12-02');
    expect(again.filter((uid) => first.includes(uid))).toEqual(again);
  });
});
