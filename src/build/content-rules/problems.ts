/*
 * What a content rule reports, and how: one problem per thing wrong, located by file, line (when known) and field,
 * worded "expected …, found …". The rules themselves live beside this file, one module per concern.
 */
import type { z } from 'astro/zod';
import type { Certification } from '../../schemas/certification.ts';
import type { Change } from '../../schemas/change.ts';
import type { PathFinderRules } from '../../schemas/path-finder.ts';
import type { Programme } from '../../schemas/programme.ts';
import type { Role } from '../../schemas/role.ts';
import type { Service } from '../../schemas/service.ts';

/** One thing wrong with the content, located precisely enough for an author to fix it. */
export interface ContentProblem {
  /** The content file, relative to the project root. */
  file: string;
  /** The field path inside the file, e.g. `versions.0.domains` or `versions.1.format.minutes`. */
  field: string;
  /** What was expected and what was found. */
  message: string;
  /** The line the field is on, when the problem was found while reading the file. */
  line?: number | undefined;
}

/** A certification as loaded: its slug (file name), where it came from, and its Markdown body. */
export interface LoadedCertification {
  slug: string;
  file: string;
  data: Certification;
  body?: string | undefined;
}

/** A host the content must never link to, and why (content/blocked-hosts.yaml). */
export interface BlockedHost {
  host: string;
  reason: string;
}

/** Any other content file whose links are checked against the blocked hosts. */
export interface LinkedFile {
  file: string;
  data: unknown;
  body?: string | undefined;
}

/** Everything the cross-entry checks need. */
export interface CatalogueInput {
  certifications: LoadedCertification[];
  services: Service[];
  roles: Role[];
  changes?: Change[];
  /** Hosts no source or link may point to. */
  blockedHosts?: BlockedHost[];
  /** Guides and other files whose links are checked too. */
  otherFiles?: LinkedFile[];
  /** The programme's rules (content/programme.yaml): each exam's standard fee must match its category's. */
  programme?: Programme;
  /** The path finder's rules (content/path-finder.yaml): their role and certification must exist. */
  pathFinderRules?: PathFinderRules;
  /** Where the registries live, for messages. */
  files?: { services: string; roles: string; changes: string; programme?: string; pathFinder?: string };
}

export const defaultFiles = {
  services: 'content/services.yaml',
  roles: 'content/roles.yaml',
  changes: 'content/changes.yaml',
  programme: 'content/programme.yaml',
  pathFinder: 'content/path-finder.yaml',
};

/** Formats problems as one line each: `file › field: message`, or `file:line › field: message` when the line is known. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems
    .map((p) => `${p.file}${p.line === undefined ? '' : `:${p.line}`} › ${p.field || '(file)'}: ${p.message}`)
    .join('\n');
}

/** Thrown when content breaks a rule; the message lists every problem. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(`The content has ${problems.length} problem(s):\n${formatProblems(problems)}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/**
 * One problem for each entry of a YAML list that repeats an earlier entry's id: a loader keyed by id would otherwise
 * keep one of the two without a word.
 */
export function duplicateIdProblems(file: string, items: readonly unknown[], key = 'id'): ContentProblem[] {
  const first = new Map<unknown, number>();
  return items.flatMap((item, i) => {
    const id = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[key] : undefined;
    if (id === undefined) return [];
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, i);
      return [];
    }
    return [
      {
        file,
        field: `${i}.${key}`,
        message: `expected each ${key} once, found ${JSON.stringify(id)} again (first at entry ${earlier})`,
      },
    ];
  });
}

/** Turns a zod error on one file into content problems. */
export function problemsFromZodError(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** Parses one file's data with a schema and reports problems in content-author terms. */
export function parseEntry<T extends z.ZodType>(
  schema: T,
  file: string,
  data: unknown,
): { data: z.output<T>; problems: [] } | { data: undefined; problems: ContentProblem[] } {
  const result = schema.safeParse(data);
  if (result.success) return { data: result.data, problems: [] };
  return { data: undefined, problems: problemsFromZodError(file, result.error) };
}

/** A list of values for a message, cut after `max`. */
export const quoteList = (values: Iterable<string>, max = 8): string => {
  const all = [...values];
  const shown = all.slice(0, max).join(', ');
  return all.length > max ? `${shown}, … (${all.length} in all)` : shown;
};
