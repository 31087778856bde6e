import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { frontmatterAndBody } from '../../../src/build/frontmatter';
import { blockedHostSchema } from '../../../src/schemas/blocked-host';
import { certificationSchema } from '../../../src/schemas/certification';
import { roleSchema } from '../../../src/schemas/role';
import { serviceSchema } from '../../../src/schemas/service';
import {
  checkCatalogue,
  checkStateOn,
  formatProblems,
  parseEntry,
  type ContentProblem,
  type LoadedCertification,
} from '../../../src/build/content-rules';
import { TEST_DAY } from './certs';

export const fixturesDir = path.resolve('tests/fixtures');

/** Parses certification files (schema), reporting problems with project-relative paths. */
export function loadCertifications(files: string[]): { loaded: LoadedCertification[]; problems: ContentProblem[] } {
  const loaded: LoadedCertification[] = [];
  const problems: ContentProblem[] = [];
  for (const file of files) {
    const relative = path.relative(process.cwd(), file);
    const { data, body } = frontmatterAndBody(readFileSync(file, 'utf8'));
    const result = parseEntry(certificationSchema, relative, data);
    if (result.data) loaded.push({ slug: path.basename(file, '.mdx'), file: relative, data: result.data, body });
    problems.push(...result.problems);
  }
  return { loaded, problems };
}

const listMdx = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => path.join(dir, f));

const readList = <T>(file: string, parseOne: (item: unknown) => T): T[] =>
  (parse(readFileSync(file, 'utf8')) as unknown[]).map(parseOne);

/**
 * Runs the whole check over the valid fixture catalogue plus `extra` files or folders: schema, cross-entry rules,
 * and the rules on the catalogue's state on `day`.
 */
export function checkFixtureCatalogue(extra: string[] = [], day: string = TEST_DAY): string {
  const base = path.join(fixturesDir, 'catalogue');
  const extraFiles = extra.flatMap((p) => (statSync(p).isDirectory() ? listMdx(p) : [p]));
  const { loaded, problems } = loadCertifications([...listMdx(path.join(base, 'certifications')), ...extraFiles]);
  const input = {
    certifications: loaded,
    services: readList(path.join(base, 'services.yaml'), (s) => serviceSchema.parse(s)),
    roles: readList(path.join(base, 'roles.yaml'), (r) => roleSchema.parse(r)),
    blockedHosts: readList(path.join(base, 'blocked-hosts.yaml'), (b) => blockedHostSchema.parse(b)),
  };
  problems.push(...checkCatalogue(input), ...checkStateOn(input, day));
  return formatProblems(problems);
}
