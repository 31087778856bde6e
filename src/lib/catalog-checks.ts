import type { z } from 'astro/zod';
import type { Certification } from '../schemas/certification';
import type { Change } from '../schemas/change';
import type { Role } from '../schemas/role';
import type { Service } from '../schemas/service';

/** One thing wrong with the content, located precisely enough for an author to fix it. */
export interface ContentProblem {
  /** The content file, relative to the project root. */
  file: string;
  /** The field path inside the file, e.g. `domains` or `exam.minutes`. */
  field: string;
  /** What was expected and what was found. */
  message: string;
}

/** A certification as loaded: its slug (file name) and where it came from. */
export interface LoadedCertification {
  slug: string;
  file: string;
  data: Certification;
}

/** Everything the cross-entry checks need. */
export interface CatalogueInput {
  certifications: LoadedCertification[];
  services: Service[];
  roles: Role[];
  changes?: Change[];
  /** Where the registries live, for messages. */
  files?: { services: string; roles: string; changes: string };
}

const defaultFiles = {
  services: 'content/services.yaml',
  roles: 'content/roles.yaml',
  changes: 'content/changes.yaml',
};

/** Formats problems as one line each: `file › field: message`. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `${p.file} › ${p.field || '(file)'}: ${p.message}`).join('\n');
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

const quoteList = (values: Iterable<string>, max = 8): string => {
  const all = [...values];
  const shown = all.slice(0, max).join(', ');
  return all.length > max ? `${shown}, … (${all.length} in all)` : shown;
};

/** Finds a cycle in "recommend before" edges; returns the slugs along it, or undefined. */
export function findRecommendationCycle(edges: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'visiting') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'visiting');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of edges.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

/** Field paths whose text still holds a TODO placeholder (left by `npm run new:cert`). */
export function placeholderFields(value: unknown, at = ''): string[] {
  if (typeof value === 'string') return /\bTODO\b/.test(value) ? [at] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => placeholderFields(item, at ? `${at}.${i}` : String(i)));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => placeholderFields(item, at ? `${at}.${key}` : key));
  }
  return [];
}

/** Cross-entry rules no single-file schema can check: references, unique codes, cycles. */
export function checkCatalogue(input: CatalogueInput): ContentProblem[] {
  const files = { ...defaultFiles, ...input.files };
  const problems: ContentProblem[] = [];
  const certBySlug = new Map(input.certifications.map((c) => [c.slug, c]));
  const serviceIds = new Set(input.services.map((s) => s.id));
  const roleIds = new Set(input.roles.map((r) => r.id));

  const checkCertRefs = (cert: LoadedCertification, field: string, slugs: readonly string[]) => {
    slugs.forEach((slug, i) => {
      if (!certBySlug.has(slug)) {
        problems.push({
          file: cert.file,
          field: `${field}.${i}`,
          message: `expected the slug of an existing certification, found "${slug}" (known: ${quoteList(certBySlug.keys())})`,
        });
      }
    });
  };

  const codeOwners = new Map<string, string>();
  for (const cert of input.certifications) {
    const { data } = cert;
    for (const field of placeholderFields(data)) {
      problems.push({
        file: cert.file,
        field,
        message: 'expected real content, found a TODO placeholder; fill it in from a source (see CONTRIBUTING.md)',
      });
    }
    data.coveredServices.forEach((id, i) => {
      if (!serviceIds.has(id)) {
        problems.push({
          file: cert.file,
          field: `coveredServices.${i}`,
          message: `expected a service id from ${files.services}, found "${id}"; add it to the registry or fix the spelling`,
        });
      }
    });
    data.roles.forEach((id, i) => {
      if (!roleIds.has(id)) {
        problems.push({
          file: cert.file,
          field: `roles.${i}`,
          message: `expected a role id from ${files.roles} (${quoteList(roleIds)}), found "${id}"`,
        });
      }
    });
    checkCertRefs(cert, 'successors', data.successors);
    checkCertRefs(cert, 'recommendedPrior', data.recommendedPrior);
    checkCertRefs(cert, 'recertification.renewedBy', data.recertification.renewedBy);

    if (data.recommendedPrior.includes(cert.slug)) {
      problems.push({
        file: cert.file,
        field: 'recommendedPrior',
        message: `expected other certifications, found "${cert.slug}" recommending itself`,
      });
    }
    if (data.successors.includes(cert.slug)) {
      problems.push({
        file: cert.file,
        field: 'successors',
        message: `expected other certifications, found "${cert.slug}" naming itself as its successor`,
      });
    }
    data.successors.forEach((slug, i) => {
      if (certBySlug.get(slug)?.data.status === 'retired') {
        problems.push({
          file: cert.file,
          field: `successors.${i}`,
          message: `expected a successor a reader can still take, found "${slug}", which is retired`,
        });
      }
    });
    for (const [field, code] of [
      ['examCode', data.examCode] as const,
      ...data.earlierCodes.map((c, i) => [`earlierCodes.${i}`, c] as const),
    ]) {
      const owner = codeOwners.get(code);
      if (owner && owner !== cert.slug) {
        problems.push({
          file: cert.file,
          field,
          message: `expected exam codes to be unique, found ${code}, which ${owner} already uses`,
        });
      } else {
        codeOwners.set(code, cert.slug);
      }
    }
    data.formerNames.forEach((former, i) => {
      if (former.slug && certBySlug.has(former.slug)) {
        problems.push({
          file: cert.file,
          field: `formerNames.${i}.slug`,
          message: `expected a slug no current certification uses, found "${former.slug}"`,
        });
      }
    });
  }

  const edges = new Map(input.certifications.map((c) => [c.slug, c.data.recommendedPrior] as const));
  const cycle = findRecommendationCycle(edges);
  if (cycle) {
    const first = certBySlug.get(cycle[0] ?? '');
    problems.push({
      file: first?.file ?? 'content/certifications',
      field: 'recommendedPrior',
      message: `expected recommendations without cycles, found ${cycle.join(' → ')}`,
    });
  }

  input.roles.forEach((role, r) => {
    role.path.forEach((step, s) => {
      const cert = certBySlug.get(step.certification);
      const field = `${r}.path.${s}.certification (role ${role.id})`;
      if (!cert) {
        problems.push({
          file: files.roles,
          field,
          message: `expected the slug of an existing certification, found "${step.certification}"`,
        });
      } else if (cert.data.status === 'retired') {
        problems.push({
          file: files.roles,
          field,
          message: `expected a certification a reader can still take, found "${step.certification}", which is retired`,
        });
      }
    });
  });

  (input.changes ?? []).forEach((change, i) => {
    if (!certBySlug.has(change.certification)) {
      problems.push({
        file: files.changes,
        field: `${i}.certification (change ${change.id})`,
        message: `expected the slug of an existing certification, found "${change.certification}"`,
      });
    }
  });

  return problems;
}
