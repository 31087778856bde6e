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

/** "expected at least 2 items, found 1 item", "expected more than 0, found -1": one wording for both bounds. */
function sizeMessage(
  origin: string,
  bound: number | bigint,
  inclusive: boolean | undefined,
  side: 'least' | 'most',
  input: unknown,
): string {
  if (origin === 'array')
    return `expected at ${side} ${plural(bound, 'item')}, found ${plural(Array.isArray(input) ? input.length : 0, 'item')}`;
  if (origin === 'string') return `expected at ${side} ${plural(bound, 'character')}, found ${describeFound(input)}`;
  const strict = side === 'least' ? 'more than' : 'less than';
  return `expected ${inclusive ? `at ${side}` : strict} ${String(bound)}, found ${describeFound(input)}`;
}

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
      return sizeMessage(issue.origin, issue.minimum, issue.inclusive, 'least', issue.input);
    case 'too_big':
      return sizeMessage(issue.origin, issue.maximum, issue.inclusive, 'most', issue.input);
    case 'invalid_format':
      return `expected ${issue.format === 'regex' ? 'text in the documented format' : `a valid ${issue.format}`}, found ${found}`;
    case 'invalid_union':
      return `expected one of the documented shapes, found ${found}`;
    default:
      return undefined;
  }
}

z.config({ customError: (issue) => contentErrorMessage(issue) });
