/*
 * The content loader for the project's YAML files (registries, rules, the changes log). Astro's own file loader logs
 * "Error reading data" and carries on with an empty collection when a file does not parse, and keeps one of two
 * entries with the same id; here either stops the build with the file, the line or entry, and what was expected.
 */
import { readFileSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { parse, YAMLParseError } from 'yaml';
import { ContentError, duplicateIdProblems, type ContentProblem } from '../lib/catalogue-checks.ts';

/** How a YAML file maps to entries: a list keyed by one field, or the whole document as one entry. */
export type YamlShape = { list: { key: string } } | { single: { id: string } };

/** The file's data, or a content problem naming the line and column of a YAML syntax error. */
export function readYaml(file: string, text = readFileSync(file, 'utf8')): unknown {
  try {
    return parse(text);
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const at = error.linePos?.[0];
    const problem: ContentProblem = {
      file,
      field: at ? `line ${at.line}, column ${at.col}` : '',
      message: `expected valid YAML, found ${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
    };
    throw new ContentError([problem]);
  }
}

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

/** An Astro content loader for one YAML file of ours; schema errors are reported by Astro with the entry's id. */
export function yamlLoader(file: string, shape: YamlShape): Loader {
  return {
    name: 'yaml-content',
    load: async ({ store, parseData, generateDigest }) => {
      const text = readFileSync(file, 'utf8');
      const entries = yamlEntries(file, readYaml(file, text), shape);
      store.clear();
      for (const [id, raw] of entries) {
        const data = await parseData({ id, data: raw, filePath: file });
        store.set({ id, data, digest: generateDigest(raw), filePath: file });
      }
    },
  };
}
