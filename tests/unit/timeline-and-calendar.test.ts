import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { planCalendarEvents, timelineCalendarEvent } from '../../src/lib/changes/calendar';
import { feedItems } from '../../src/lib/changes/feeds';
import { escapeText, foldLine, icsCalendar } from '../../src/lib/changes/ical';
import { addYears } from '../../src/lib/tools/planner';
import {
  buildTimeline,
  certificationEvents,
  pastEvents,
  transitionDays,
  upcomingEvents,
} from '../../src/lib/changes/timeline';
import { makeCert, makeCertification, TEST_DAY } from './helpers/certs';

const site = new URL('https://guide.example/');
const names = new Map([
  ['dva', { shortName: 'Developer' }],
  ['saa', { shortName: 'Architect' }],
]);

/** A certification in the middle of a version change: C02 ends on 30 Nov or 1 Dec, C03 from 1 Dec. */
const dva = makeCertification('dva', {
  shortName: 'Developer',
  versions: [
    {
      ...makeCertification('dva').versions[0]!,
      code: 'DVA-C03',
      announced: '2026-10-27',
      availableFrom: '2026-12-01',
      changeNote: 'Adds AI-assisted development to every domain.',
    },
    {
      ...makeCertification('dva').versions[0]!,
      code: 'DVA-C02',
      availableFrom: '2023-02',
      lastDay: { between: ['2026-11-30', '2026-12-01'], note: 'The announcement and the exam page disagree.' },
    },
  ],
});

describe('the timeline computed from version dates', () => {
  const events = certificationEvents({ slug: 'dva', data: dva }, names, TEST_DAY);

  it('records the announcement, the new version and the old version’s last day, with stable ids', () => {
    expect(events.map((e) => [e.id, e.past])).toEqual([
      ['dva-dva-c03-announced', true],
      ['dva-dva-c03-new-version', false],
      ['dva-dva-c02-launched', true],
      ['dva-dva-c02-last-day', false],
    ]);
  });

  it('writes in the tense the build day calls for, and changes tense when the day passes', () => {
    expect(events.find((e) => e.kind === 'announced')?.summary).toBe(
      'AWS announced DVA-C03, the next Developer exam after DVA-C02. It becomes the standard exam on 1 December 2026. Adds AI-assisted development to every domain.',
    );
    const before = events.find((e) => e.kind === 'new-version' && e.code === 'DVA-C03');
    expect(before?.summary).toBe('DVA-C03 becomes the standard Developer exam, replacing DVA-C02.');
    const after = certificationEvents({ slug: 'dva', data: dva }, names, '2026-12-02').find(
      (e) => e.kind === 'new-version' && e.code === 'DVA-C03',
    );
    expect(after?.past).toBe(true);
    expect(after?.summary).toContain('DVA-C03 became the standard Developer exam');
  });

  it('counts a last day as past only after the latest reading of it', () => {
    const lastDay = (day: string) =>
      certificationEvents({ slug: 'dva', data: dva }, names, day).find((e) => e.kind === 'last-day')?.past;
    expect(lastDay('2026-12-01')).toBe(false);
    expect(lastDay('2026-12-02')).toBe(true);
  });

  it('announces a retirement with where to go, and names no successor AWS did not name', () => {
    const ans = makeCertification('ans', { shortName: 'Networking', lastDay: '2026-12-31', alternatives: ['saa'] });
    const retired = certificationEvents({ slug: 'ans', data: ans }, names, TEST_DAY).find((e) => e.kind === 'retired');
    expect(retired?.summary).toBe(
      'Last day to sit TST-C01: Networking retires. AWS names no successor; we suggest Architect.',
    );
  });

  it('puts renames on the day after the old name’s last day', () => {
    const renamed = makeCertification('soa', {
      formerNames: [{ name: 'AWS Certified SysOps Administrator – Associate', until: '2025-09-29' }],
    });
    const event = certificationEvents({ slug: 'soa', data: renamed }, names, TEST_DAY).find(
      (e) => e.kind === 'renamed',
    );
    expect(event?.date).toBe('2025-09-30');
  });

  it('splits past from coming events, soonest first, and finds the days a rebuild changes the site', () => {
    const all = buildTimeline([{ slug: 'dva', data: dva }], [], names, TEST_DAY);
    expect(pastEvents(all).map((e) => e.id)).toEqual(['dva-dva-c03-announced', 'dva-dva-c02-launched']);
    expect(upcomingEvents(all).map((e) => e.id)).toEqual(['dva-dva-c02-last-day', 'dva-dva-c03-new-version']);
    expect(transitionDays(all, TEST_DAY)).toEqual(['2026-12-01', '2026-12-02']);
  });
});

describe('the feeds and the calendars', () => {
  const events = certificationEvents({ slug: 'dva', data: dva }, names, TEST_DAY);

  it('date every event on the same day, and both say when the sources give more than one', () => {
    const feed = new Map(feedItems(events, names).map((item) => [item.link.split('#')[1], item]));
    const calendar = new Map(
      events.map((e) => [e.id, timelineCalendarEvent(e, { shortName: 'Developer', slug: 'dva' }, site)]),
    );
    for (const event of events) {
      expect(feed.get(event.id)?.pubDate.toISOString().slice(0, 10), event.id).toBe(calendar.get(event.id)?.day);
    }
    expect(calendar.get('dva-dva-c02-last-day')?.day).toBe('2026-11-30');
    const caveat =
      'Sources disagree on the day (30 November or 1 December 2026): The announcement and the exam page disagree.';
    expect(feed.get('dva-dva-c02-last-day')?.description).toContain(caveat);
    expect(calendar.get('dva-dva-c02-last-day')?.description).toContain(caveat);
  });
});

describe('iCalendar files', () => {
  it('escapes text and folds long lines at 75 octets without splitting a character', () => {
    expect(escapeText('a, b; c\\d\nnext')).toBe('a\\, b\\; c\\\\d\\nnext');
    const folded = foldLine(`SUMMARY:${'é'.repeat(60)}`);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'é'.repeat(60)}`);
  });

  it('writes a calendar that a maintained iCalendar library parses back, event for event', () => {
    const events = certificationEvents({ slug: 'dva', data: dva }, names, TEST_DAY).map((event) =>
      timelineCalendarEvent(event, { slug: 'dva', shortName: 'Developer, Associate; test' }, site),
    );
    const ics = icsCalendar('Coming changes', events, TEST_DAY);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Coming changes');
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/AWS Certification Guide/);
    const parsed = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(parsed.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    const lastDay = parsed.find((e) => e.uid.startsWith('dva-dva-c02-last-day'));
    expect(lastDay?.startDate.toString()).toBe('2026-11-30');
    expect(lastDay?.startDate.isDate).toBe(true);
    expect(lastDay?.endDate.toString()).toBe('2026-12-01');
    expect(lastDay?.description).toContain('Sources disagree on the day (30 November or 1 December 2026)');
    expect(lastDay?.summary).toBe('Developer, Associate; test: last day of a version (DVA-C02)');
    expect(parsed.every((e) => e.uid.endsWith('@aws-certification-guide'))).toBe(true);
  });
});

describe('the planner’s calendar export', () => {
  const retiring = makeCert('ans', { shortName: 'Networking', lastDay: '2026-12-31', alternatives: ['saa'] });
  const current = makeCert('saa', { shortName: 'Architect' });
  const bySlug = new Map([
    ['ans', retiring],
    ['saa', current],
  ]);

  it('holds the planned exam days, a renewal three years after each earned date, and last days still ahead', () => {
    const events = planCalendarEvents(
      { exams: [{ slug: 'saa', on: '2027-02-10' }, { slug: 'ans' }], held: [{ slug: 'saa', earnedOn: '2024-02-29' }] },
      bySlug,
      TEST_DAY,
      site,
      3,
    );
    expect(events.map((e) => [e.day, e.summary])).toEqual([
      ['2026-12-31', 'Last day to sit TST-C01 (Networking)'],
      ['2027-02-10', 'Exam: Architect (TST-C01)'],
      [addYears('2024-02-29', 3), 'Renewal deadline: Architect'],
    ]);
    expect(addYears('2024-02-29', 3)).toBe('2027-02-28');
    const parsed = new ICAL.Component(ICAL.parse(icsCalendar('My plan', events, TEST_DAY)));
    const renewal = parsed
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
      .find((e) => e.summary.startsWith('Renewal'));
    expect(renewal?.startDate.toString()).toBe('2027-02-28');
  });

  it('leaves out a last day that has passed and anything without a date', () => {
    const events = planCalendarEvents(
      { exams: [{ slug: 'ans' }], held: [{ slug: 'saa' }] },
      bySlug,
      '2027-01-05',
      site,
      3,
    );
    expect(events).toEqual([]);
  });
});
