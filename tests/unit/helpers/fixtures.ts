import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parseFrontmatter } from '../../../src/lib/frontmatter';
import { certificationSchema } from '../../../src/schemas/certification';
import { roleSchema } from '../../../src/schemas/role';
import { serviceSchema } from '../../../src/schemas/service';
import {
  checkCatalogue,
  formatProblems,
  parseEntry,
  type ContentProblem,
  type LoadedCertification,
} from '../../../src/lib/catalog-checks';

export const fixturesDir = path.resolve('tests/fixtures');

/** The YAML frontmatter of an .mdx file, parsed as the content loader would. */
export function readFrontmatter(file: string): unknown {
  const data = parseFrontmatter(readFileSync(file, 'utf8'));
  if (data === undefined) throw new Error(`${file} has no frontmatter`);
  return data;
}

/** Parses certification files (schema), reporting problems with project-relative paths. */
export function loadCertifications(files: string[]): { loaded: LoadedCertification[]; problems: ContentProblem[] } {
  const loaded: LoadedCertification[] = [];
  const problems: ContentProblem[] = [];
  for (const file of files) {
    const relative = path.relative(process.cwd(), file);
    const result = parseEntry(certificationSchema, relative, readFrontmatter(file));
    if (result.data) loaded.push({ slug: path.basename(file, '.mdx'), file: relative, data: result.data });
    problems.push(...result.problems);
  }
  return { loaded, problems };
}

const listMdx = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => path.join(dir, f));

/** Runs the whole check (schema, then cross-entry) over the valid fixture catalogue plus `extra` files or folders. */
export function checkFixtureCatalogue(extra: string[] = []): string {
  const base = path.join(fixturesDir, 'catalogue');
  const extraFiles = extra.flatMap((p) => (statSync(p).isDirectory() ? listMdx(p) : [p]));
  const { loaded, problems } = loadCertifications([...listMdx(path.join(base, 'certifications')), ...extraFiles]);
  const services = (parse(readFileSync(path.join(base, 'services.yaml'), 'utf8')) as unknown[]).map((s) =>
    serviceSchema.parse(s),
  );
  const roles = (parse(readFileSync(path.join(base, 'roles.yaml'), 'utf8')) as unknown[]).map((r) =>
    roleSchema.parse(r),
  );
  problems.push(...checkCatalogue({ certifications: loaded, services, roles }));
  return formatProblems(problems);
}
