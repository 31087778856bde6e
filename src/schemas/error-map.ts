/*
 * One wording for every content error zod reports without a message of its own: "expected …, found …", so a
 * missing field, an unknown key or a wrong type reads like the schema's own messages (`file › field: expected …`).
 * Installed once, by src/schemas/common.ts, which every schema imports.
 */
import { z } from 'astro/zod';

/** A value as an author would recognise it in their YAML. */
export function describeFound(input: unknown): string {
  if (input === undefined) return 'nothing (the field is missing)';
  if (input === null) return 'an empty value';
  if (Array.isArray(input)) return `a list of ${input.length}`;
  if (typeof input === 'object') return 'a group of fields';
  if (typeof input === 'string') return JSON.stringify(input.length > 60 ? `${input.slice(0, 57)}…` : input);
  return String(input);
}

type Issue = z.core.$ZodRawIssue;

const plural = (n: number | bigint, one: string) => `${n} ${one}${Number(n) === 1 ? '' : 's'}`;

/** The message for one issue; undefined leaves zod's own (never reached for the codes below). */
export function contentErrorMessage(issue: Issue): string | undefined {
  const found = describeFound(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected === 'array' ? 'a list' : issue.expected}, found ${found}`;
    case 'unrecognized_keys':
      return `expected only the fields the schema defines, found ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling, or see CONTRIBUTING.md)`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, found ${found}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `expected at least ${plural(issue.minimum, 'item')}, found ${plural(Array.isArray(issue.input) ? issue.input.length : 0, 'item')}`
        : issue.origin === 'string'
          ? `expected at least ${plural(issue.minimum, 'character')}, found ${found}`
          : `expected ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}, found ${found}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `expected at most ${plural(issue.maximum, 'item')}, found ${plural(Array.isArray(issue.input) ? issue.input.length : 0, 'item')}`
        : issue.origin === 'string'
          ? `expected at most ${plural(issue.maximum, 'character')}, found ${found}`
          : `expected ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}, found ${found}`;
    case 'invalid_format':
      return `expected ${issue.format === 'regex' ? 'text in the documented format' : `a valid ${issue.format}`}, found ${found}`;
    case 'invalid_union':
      return `expected one of the documented shapes, found ${found}`;
    default:
      return undefined;
  }
}

z.config({ customError: (issue) => contentErrorMessage(issue) });
