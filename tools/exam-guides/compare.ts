/*
 * Our content against what AWS's exam guide states, fact by fact. Pure: the pages are read elsewhere. Each difference
 * is a finding with both values and the page that shows AWS's; a fact our content leaves out that the guide states is
 * a finding too, except task statements (not required of versions that have ended).
 */
import {
  earliestDay,
  formatLifecycleDate,
  formatPartialDate,
  isExpected,
  latestDay,
  type LifecycleDate,
} from '../../src/lib/catalogue/lifecycle-dates.ts';
import type { QuestionType } from '../../src/schemas/enums.ts';
import type { DomainFacts, GuideFacts, UpdateStatement } from './guide-page.ts';
import { taskTitleHash } from './title-hash.ts';

/** The facts our content records for one exam version that names its guide (a narrow view of ExamVersion). */
export interface ContentVersion {
  /** The certification's slug and short name, for the report. */
  slug: string;
  certification: string;
  code: string;
  /** The guide's address as the content gives it (guide.url). */
  guideUrl: string;
  format: {
    questionTypes?: readonly QuestionType[] | undefined;
    questions?: { scored?: number | undefined; unscored?: number | undefined; total?: number | undefined } | undefined;
    passingScore?: number | undefined;
  };
  domains?:
    | readonly {
        name: string;
        weight?: number | undefined;
        tasks?: readonly { guideTitleHash?: string | undefined }[] | undefined;
      }[]
    | undefined;
  conflicts: readonly { fact: string; readings: readonly { value: number; where: string }[] }[];
  /** Every version of the certification with its dates, this one included, for "this exam is being updated" notes. */
  versions: readonly { code: string; availableFrom?: LifecycleDate | undefined; lastDay?: LifecycleDate | undefined }[];
}

/** What the guide's pages gave: the main page and the domain pages that could be read, by domain number. */
export interface GuideReading {
  url: string;
  facts: GuideFacts;
  domainPages: ReadonlyMap<number, { url: string; facts: DomainFacts }>;
}

/** One difference between our content and AWS's guide. */
export interface Finding {
  /** Which fact, in words ("passing score", "domain 2 weight"). */
  field: string;
  /** Our value, or "not recorded". */
  ours: string;
  /** AWS's value, or "not stated". */
  aws: string;
  /** The page that shows AWS's value. */
  url: string;
  /** What to do about it, where that is not obvious. */
  note?: string;
}

const NOT_RECORDED = 'not recorded';
const NOT_STATED = 'not stated';

/** A domain name in one spelling: case, dashes and spacing ignored. */
export const normaliseDomainName = (name: string): string =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2010-\u2015-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const show = (value: number | undefined): string => (value === undefined ? NOT_RECORDED : String(value));

/**
 * How a date AWS states compares with the one we record: undefined when ours allows it (a day inside a partial date or
 * a `between` range), otherwise what to report.
 */
export function dateDisagreement(
  ours: LifecycleDate | undefined,
  day: string,
): { ours: string; note?: string } | undefined {
  if (ours === undefined) return { ours: NOT_RECORDED };
  if (isExpected(ours)) {
    return {
      ours: formatLifecycleDate(ours),
      note: 'AWS now states this date: record it as confirmed (no longer expected)',
    };
  }
  return earliestDay(ours) <= day && day <= latestDay(ours) ? undefined : { ours: formatLifecycleDate(ours) };
}

const statementWords: Record<UpdateStatement['kind'], string> = {
  opens: 'opens',
  'beta-opens': 'beta opens',
  'last-day': 'last day',
};

function compareFormat(ours: ContentVersion, facts: GuideFacts, url: string): Finding[] {
  const findings: Finding[] = [];
  const theirs = facts.questionTypes.map((t) => t.type ?? `"${t.label}"`).sort();
  const mine = ours.format.questionTypes ? [...ours.format.questionTypes].sort() : undefined;
  if (mine === undefined || mine.join() !== theirs.join()) {
    findings.push({ field: 'question types', ours: mine?.join(', ') ?? NOT_RECORDED, aws: theirs.join(', '), url });
  }

  // A count the guide does not state (the guide of a new exam may give none) is "not stated", and differs from ours
  // only when ours records one.
  const questions = ours.format.questions;
  if (questions?.scored === undefined && questions?.total !== undefined) {
    const total = facts.scored === undefined ? undefined : facts.scored + (facts.unscored ?? 0);
    if (questions.total !== total) {
      findings.push({
        field: 'questions in all',
        ours: String(questions.total),
        aws: total === undefined ? NOT_STATED : `${total} (${facts.scored} scored + ${facts.unscored ?? 0} unscored)`,
        url,
      });
    }
  } else {
    if (questions?.scored !== facts.scored) {
      findings.push({
        field: 'scored questions',
        ours: show(questions?.scored),
        aws: facts.scored === undefined ? NOT_STATED : String(facts.scored),
        url,
      });
    }
    if (questions?.unscored !== facts.unscored) {
      findings.push({
        field: 'unscored questions',
        ours: show(questions?.unscored),
        aws: facts.unscored === undefined ? NOT_STATED : String(facts.unscored),
        url,
      });
    }
  }

  if (ours.format.passingScore !== facts.passingScore) {
    const conflict = ours.conflicts.find((c) => c.fact === 'passingScore');
    findings.push({
      field: 'passing score',
      ours: show(ours.format.passingScore),
      aws: String(facts.passingScore),
      url,
      ...(conflict && {
        note: `disputed in our content (${conflict.readings.map((r) => `${r.value} on ${r.where}`).join(', ')}); format.passingScore holds the guide's reading`,
      }),
    });
  }
  return findings;
}

function compareTasks(
  ours: readonly { guideTitleHash?: string | undefined }[],
  domainNumber: number,
  page: { url: string; facts: DomainFacts },
): Finding[] {
  const findings: Finding[] = [];
  const tasks = page.facts.tasks;
  if (tasks.length !== ours.length) {
    const added = tasks.slice(ours.length).map((t) => `Task ${t.number}: ${t.title}`);
    findings.push({
      field: `domain ${domainNumber} task statements`,
      ours: String(ours.length),
      aws: String(tasks.length),
      url: page.url,
      note:
        added.length > 0
          ? `AWS's page adds ${added.join('; ')}. Write each in our own words and record its guideTitleHash`
          : 'AWS lists fewer tasks: check which one went',
    });
  }
  const numbers = tasks.map((t) => t.number);
  const expected = tasks.map((_, i) => `${domainNumber}.${i + 1}`);
  if (numbers.join() !== expected.join()) {
    findings.push({
      field: `domain ${domainNumber} task numbering`,
      ours: expected.join(', '),
      aws: numbers.join(', '),
      url: page.url,
      note: "our tasks are matched to AWS's by position, so check them one by one",
    });
  }
  ours.forEach((task, i) => {
    const theirs = tasks[i];
    if (!task.guideTitleHash || !theirs) return;
    const hash = taskTitleHash(theirs.title);
    if (hash !== task.guideTitleHash) {
      findings.push({
        field: `task ${domainNumber}.${i + 1} title`,
        ours: `fingerprint ${task.guideTitleHash}`,
        aws: `fingerprint ${hash}: "${theirs.title}"`,
        url: page.url,
        note: 'AWS reworded the task: reword ours in our own words and set guideTitleHash to the new fingerprint',
      });
    }
  });
  return findings;
}

function compareDomains(ours: ContentVersion, reading: GuideReading): Finding[] {
  const theirs = reading.facts.domains;
  const url = reading.url;
  const mine = ours.domains;
  if (mine === undefined) {
    return [
      { field: 'domains', ours: NOT_RECORDED, aws: theirs.map((d) => `${d.name} (${d.weight}%)`).join('; '), url },
    ];
  }
  const findings: Finding[] = [];
  if (mine.length !== theirs.length) {
    findings.push({ field: 'number of domains', ours: String(mine.length), aws: String(theirs.length), url });
  }
  for (let i = 0; i < Math.max(mine.length, theirs.length); i++) {
    const domain = mine[i];
    const aws = theirs[i];
    const n = i + 1;
    if (!domain || !aws) {
      findings.push({
        field: `domain ${n}`,
        ours: domain ? domain.name : 'none',
        aws: aws ? `${aws.name} (${aws.weight}%)` : 'none',
        url,
      });
      continue;
    }
    if (normaliseDomainName(domain.name) !== normaliseDomainName(aws.name)) {
      findings.push({ field: `domain ${n} name`, ours: domain.name, aws: aws.name, url });
    }
    if (domain.weight !== aws.weight) {
      findings.push({ field: `domain ${n} weight`, ours: show(domain.weight), aws: String(aws.weight), url });
    }
    const page = reading.domainPages.get(aws.number);
    if (domain.tasks && page) findings.push(...compareTasks(domain.tasks, n, page));
  }
  return findings;
}

function compareNotices(ours: ContentVersion, reading: GuideReading): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const statement of reading.facts.updateNotices.flatMap((notice) => notice.statements)) {
    const key = `${statement.code} ${statement.kind} ${statement.day}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const aws = `${statementWords[statement.kind]} ${formatPartialDate(statement.day)}`;
    const version = ours.versions.find((v) => v.code === statement.code);
    if (!version) {
      findings.push({
        field: `version ${statement.code}`,
        ours: NOT_RECORDED,
        aws,
        url: reading.url,
        note: `AWS's "being updated" note names it: "${statement.sentence}"`,
      });
      continue;
    }
    if (statement.kind === 'beta-opens') continue; // Beta registration is not a date our content records.
    const field = statement.kind === 'opens' ? 'availableFrom' : 'lastDay';
    const disagreement = dateDisagreement(version[field], statement.day);
    if (disagreement) {
      findings.push({ field: `${statement.code} ${field}`, aws, url: reading.url, ...disagreement });
    }
  }
  return findings;
}

/** Every difference between a content version and its guide's pages; empty when they agree. */
export function compareVersion(ours: ContentVersion, reading: GuideReading): Finding[] {
  const findings: Finding[] = [];
  const titleCode = /\(([A-Z]{3}-C\d{2})\)/.exec(reading.facts.title)?.[1];
  if (titleCode && titleCode !== ours.code) {
    findings.push({
      field: 'guide',
      ours: ours.code,
      aws: reading.facts.title,
      url: reading.url,
      note: 'the page is the guide of another exam version: check guide.url',
    });
  }
  return [
    ...findings,
    ...compareFormat(ours, reading.facts, reading.url),
    ...compareDomains(ours, reading),
    ...compareNotices(ours, reading),
  ];
}
