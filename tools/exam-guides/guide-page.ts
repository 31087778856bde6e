/*
 * What an AWS exam guide states, read from its pages on docs.aws.amazon.com by their structure: the main page's
 * "Response types" (or "Question types") list, or the list after "There are N types of questions on the exam:" where
 * the types have no heading, its scored and unscored counts (when it states them) and passing score, the "Content outline"
 * list linking the domain pages, and any "this exam is being updated" note; each domain page's "Task 2.1: …" headings.
 * A page without that structure is reported as a problem, never guessed at.
 */
import { DomUtils } from 'htmlparser2';
import { questionTypes, type QuestionType } from '../../src/schemas/enums.ts';
import { articleOf, cleanText, elementsIn, firstLink, linkTarget, sectionText, textOf } from './page-structure.ts';

/** What one page gave, or why it gave nothing usable. */
export type PageReading<T> = { ok: true; facts: T } | { ok: false; problem: string };

/** One entry of the guide's list of question types: AWS's label and our name for it, if we have one. */
export interface QuestionTypeReading {
  label: string;
  type: QuestionType | undefined;
}

/** One line of the content outline: "Content Domain 2: Security (26% of scored content)" and its page. */
export interface OutlineDomain {
  number: number;
  name: string;
  weight: number;
  url: string;
}

/** A dated statement of a "this exam is being updated" note. */
export interface UpdateStatement {
  /** The exam code the sentence names, e.g. DVA-C03. */
  code: string;
  /** Registration or availability of the new version, of its beta, or the last day of the current one. */
  kind: 'opens' | 'beta-opens' | 'last-day';
  /** The day, 'YYYY-MM-DD'. */
  day: string;
  sentence: string;
}

/** A "this exam is being updated" note and the dated statements read from it. */
export interface UpdateNotice {
  text: string;
  statements: UpdateStatement[];
}

/** The facts of a guide's main page. */
export interface GuideFacts {
  /** The page title, e.g. "AWS Certified Developer - Associate (DVA-C03)". */
  title: string;
  questionTypes: QuestionTypeReading[];
  /** "The exam includes N questions that affect your score"; the guide of a new exam may not state it. */
  scored: number | undefined;
  unscored: number | undefined;
  passingScore: number;
  domains: OutlineDomain[];
  updateNotices: UpdateNotice[];
}

/** One task statement of a domain page: its number as we expect it ("2.1") and AWS's title. */
export interface DomainTask {
  number: string;
  title: string;
}

/** The facts of one domain page. */
export interface DomainFacts {
  title: string;
  tasks: DomainTask[];
}

const typeByLabel = new Map<string, QuestionType>(questionTypes.map((type) => [type.replace('-', ' '), type]));

const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "December 1, 2026" in a sentence → '2026-12-01'. */
function dayIn(sentence: string): string | undefined {
  const match = /\b([A-Z][a-z]+) (\d{1,2}), (\d{4})\b/.exec(sentence);
  const month = months.indexOf(match?.[1]?.toLowerCase() ?? '');
  if (!match || month === -1) return undefined;
  return `${match[3]}-${String(month + 1).padStart(2, '0')}-${match[2]?.padStart(2, '0')}`;
}

/** The dated statements of a "being updated" note, sentence by sentence. */
export function readUpdateNotice(text: string): UpdateNotice {
  const statements = text.split(/(?<=\.)\s+/).flatMap((sentence): UpdateStatement[] => {
    const code = /\(([A-Z]{3}-C\d{2})\)/.exec(sentence)?.[1];
    const day = dayIn(sentence);
    if (!code || !day) return [];
    const kind = /\blast day\b/i.test(sentence)
      ? 'last-day'
      : /\bbeta\b/i.test(sentence)
        ? 'beta-opens'
        : /\b(opens|available|begins)\b/i.test(sentence)
          ? 'opens'
          : undefined;
    return kind ? [{ code, kind, day, sentence }] : [];
  });
  return { text, statements };
}

const numberIn = (text: string, pattern: RegExp): number | undefined => {
  const digits = pattern.exec(text)?.[1];
  return digits === undefined ? undefined : Number(digits.replace(/,/g, ''));
};

/** Reads the main page of an exam guide. */
export function readGuidePage(html: string, url: string): PageReading<GuideFacts> {
  const article = articleOf(html);
  if (!article) return { ok: false, problem: 'the page has no article body (<div id="main-col-body">)' };
  const title = article.headings().find((h) => h.level === 1)?.text;
  if (!title) return { ok: false, problem: 'the page has no title heading (h1)' };

  // Most guides list the question types under a "Response types" (or "Question types") heading; some give them no
  // heading, only the sentence "There are two types of questions on the exam:" before the list.
  const typesHeading = article.heading((text) => /^(response|question) types$/i.test(text));
  const typeItems = typesHeading
    ? elementsIn(article.section(typesHeading), 'li')
    : article.listAfterParagraph((text) => /\b(types of questions|question types)\b/i.test(text));
  if (typeItems.length === 0) {
    return {
      ok: false,
      problem: 'no "Response types" heading or "… types of questions on the exam:" sentence followed by a list',
    };
  }
  const questionTypeReadings = typeItems.map((item): QuestionTypeReading => {
    const bold = DomUtils.findOne((e) => e.name === 'b' || e.name === 'strong', item.children);
    const label = cleanText((bold ? textOf(bold) : textOf(item).split(':')[0]) ?? '').replace(/:$/, '');
    return { label, type: typeByLabel.get(label.toLowerCase().replace(/-/g, ' ')) };
  });

  const text = sectionText(article.nodes);
  const passingScore = numberIn(text, /\bminimum passing score is (\d[\d,]*)\b/i);
  if (passingScore === undefined) return { ok: false, problem: 'no sentence "The minimum passing score is N"' };

  const outlineHeading = article.heading((text) => /^content outline$/i.test(text));
  const domains: OutlineDomain[] = [];
  for (const item of outlineHeading ? elementsIn(article.section(outlineHeading), 'li') : []) {
    const match = /^Content Domain (\d+): (.+) \((\d+(?:\.\d+)?)% of scored content\)$/i.exec(textOf(item));
    const link = firstLink(item);
    const target = link && linkTarget(link, url);
    if (!match || !target) continue;
    domains.push({ number: Number(match[1]), name: match[2] ?? '', weight: Number(match[3]), url: target });
  }
  if (domains.length === 0) {
    return { ok: false, problem: 'no "Content outline" list of "Content Domain N: name (N% of scored content)" links' };
  }

  return {
    ok: true,
    facts: {
      title,
      questionTypes: questionTypeReadings,
      scored: numberIn(text, /\bincludes (\d+) questions that affect your score\b/i),
      unscored: numberIn(text, /\bincludes (\d+) unscored questions\b/i),
      passingScore,
      domains,
      updateNotices: article
        .notes()
        .filter((note) => /\bbeing updated\b/i.test(note))
        .map(readUpdateNotice),
    },
  };
}

/**
 * Reads one domain page: its "Task 2.1: …" headings (older guides write "Task 1: …" and number tasks within the domain,
 * or "Task Statement 2.1: …").
 */
export function readDomainPage(html: string, domainNumber: number): PageReading<DomainFacts> {
  const article = articleOf(html);
  if (!article) return { ok: false, problem: 'the page has no article body (<div id="main-col-body">)' };
  const headings = article.headings();
  const title = headings.find((h) => h.level === 1)?.text;
  if (!title) return { ok: false, problem: 'the page has no title heading (h1)' };
  const tasks = headings.flatMap((heading): DomainTask[] => {
    if (heading.level < 2) return [];
    const match = /^Task(?: Statement)? (\d+)(?:\.(\d+))?\s*[:.]\s*(.+)$/i.exec(heading.text);
    if (!match) return [];
    const number = match[2] === undefined ? `${domainNumber}.${match[1]}` : `${match[1]}.${match[2]}`;
    return [{ number, title: match[3] ?? '' }];
  });
  if (tasks.length === 0) return { ok: false, problem: 'no "Task N.N: …" headings' };
  return { ok: true, facts: { title, tasks } };
}
