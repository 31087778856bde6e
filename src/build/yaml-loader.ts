/*
 * The content loader for the project's YAML files (registries, rules, the changes log). Astro's own file loader logs
 * "Error reading data" and carries on with an empty collection when a file does not parse, and keeps one of two
 * entries with the same id; here either stops the build with the file, the line or entry, and what was expected.
 */
import { readFileSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError, duplicateIdProblems, parseEntry, type ContentProblem } from './content-rules/index.ts';

/** How a YAML file maps to entries: a list keyed by one field, or the whole document as one entry. */
export type YamlShape = { list: { key: string } } | { single: { id: string } };

/** A YAML text's data, and the line each field path starts on (for messages that name the line). */
export interface ReadYaml {
  data: unknown;
  /** The 1-based line of the value at a field path such as `versions.0.domains`, when it exists. */
  lineOf(field: string): number | undefined;
}

/**
 * Parses YAML, throwing a content problem that names the file, line and column of a syntax error. `firstLine` is the
 * file line the text starts on (2 for Markdown frontmatter after its opening `---`).
 */
export function readYaml(file: string, text = readFileSync(file, 'utf8'), firstLine = 1): ReadYaml {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: true });
  const error = document.errors[0];
  if (error) {
    const at = error.linePos?.[0];
    const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code;
    throw new ContentError([
      {
        file,
        field: at ? `line ${at.line + firstLine - 1}, column ${at.col}` : '',
        message: `expected valid YAML, found ${reason}`,
      },
    ]);
  }
  return {
    data: document.toJS(),
    lineOf(field) {
      const path = field === '' ? [] : field.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key));
      // The deepest node that exists on the path: a missing field is reported on its parent's line.
      for (let depth = path.length; depth >= 0; depth--) {
        const node = document.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
        const start = node && typeof node === 'object' && 'range' in node ? node.range?.[0] : undefined;
        if (start !== undefined) return lines.linePos(start).line + firstLine - 1;
      }
      return undefined;
    },
  };
}

/** Content problems with the line of their field added, where the YAML has it. */
export const withLines = (problems: readonly ContentProblem[], yaml: ReadYaml): ContentProblem[] =>
  problems.map((p) => (p.line === undefined && /^[\w.]*$/.test(p.field) ? { ...p, line: yaml.lineOf(p.field) } : p));

/** The entries of a YAML file as [id, data] pairs, or a content error (not a list, a missing or repeated id). */
export function yamlEntries(file: string, data: unknown, shape: YamlShape): [string, Record<string, unknown>][] {
  if ('single' in shape) return [[shape.single.id, (data ?? {}) as Record<string, unknown>]];
  const { key } = shape.list;
  if (!Array.isArray(data)) {
    throw new ContentError([{ file, field: '', message: `expected a list of entries, found ${typeof data}` }]);
  }
  const problems: ContentProblem[] = [...duplicateIdProblems(file, data, key)];
  data.forEach((item, i) => {
    const id = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[key] : undefined;
    if (typeof id !== 'string' || id === '') {
      problems.push({ file, field: `${i}.${key}`, message: `expected the field "${key}" on every entry, found none` });
    }
  });
  if (problems.length > 0) throw new ContentError(problems);
  return data.map((item) => [String((item as Record<string, unknown>)[key]), item as Record<string, unknown>]);
}

/**
 * An Astro content loader for one YAML file of ours. Each entry is checked against `schema` here first, so a wrong
 * type or an unknown key stops the build with the file, the line and the field (Astro would name only the entry).
 */
export function yamlLoader(file: string, shape: YamlShape, schema?: z.ZodType): Loader {
  return {
    name: 'yaml-content',
    load: async ({ store, parseData, generateDigest }) => {
      const yaml = readYaml(file);
      const entries = yamlEntries(file, yaml.data, shape);
      if (schema) {
        const problems = entries.flatMap(([, raw], i) =>
          parseEntry(schema, file, raw).problems.map((p) => ({
            ...p,
            field: 'single' in shape ? p.field : [i, p.field].filter((part) => part !== '').join('.'),
          })),
        );
        if (problems.length > 0) throw new ContentError(withLines(problems, yaml));
      }
      store.clear();
      for (const [id, raw] of entries) {
        const data = await parseData({ id, data: raw, filePath: file });
        store.set({ id, data, digest: generateDigest(raw), filePath: file });
      }
    },
  };
}
