import type { z } from 'astro/zod';
import type { Certification } from '../schemas/certification.ts';
import type { Change } from '../schemas/change.ts';
import type { PathFinderRules } from '../schemas/path-finder.ts';
import type { Programme } from '../schemas/programme.ts';
import type { Role } from '../schemas/role.ts';
import type { Service } from '../schemas/service.ts';
import { allCodes, resolveCertification, type Cert } from './catalogue.ts';
import { formatLifecycleDate, type Day } from './lifecycle-dates.ts';

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

const defaultFiles = {
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

/** Every web address in a value (at its field path) and in a Markdown body (field `body`). */
export function linksIn(value: unknown, body?: string, at = ''): { field: string; url: string }[] {
  const found: { field: string; url: string }[] = [];
  const walk = (item: unknown, path: string) => {
    if (typeof item === 'string') {
      for (const url of item.match(/https?:\/\/[^\s)\]>"'`]+/g) ?? []) found.push({ field: path, url });
    } else if (Array.isArray(item)) item.forEach((v, i) => walk(v, path ? `${path}.${i}` : String(i)));
    else if (item && typeof item === 'object')
      for (const [key, v] of Object.entries(item)) walk(v, path ? `${path}.${key}` : key);
  };
  walk(value, at);
  if (body) walk(body, 'body');
  return found;
}

/** The blocked host a URL points to, if any (the host itself or any subdomain of it). */
export function blockedHostOf(url: string, blocked: readonly BlockedHost[]): BlockedHost | undefined {
  let hostname: string;
  try {
    hostname = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return blocked.find((b) => hostname === b.host || hostname.endsWith(`.${b.host}`));
}

/** Hosts AWS publishes its own study material on; a study resource must live on one of them (or a subdomain). */
export const officialResourceHosts = [
  'aws.amazon.com',
  'docs.aws.amazon.com',
  'd1.awsstatic.com',
  'awsstatic.com',
  'skillbuilder.aws',
  'amazon.com',
] as const;

const isOfficialHost = (url: string): boolean => {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return officialResourceHosts.some((h) => host === h || host.endsWith(`.${h}`));
  } catch {
    return false;
  }
};

/** Task statements name registered services; resources are AWS's own and point at domains the version has. */
function preparationProblems(
  file: string,
  at: string,
  version: Certification['versions'][number],
  serviceIds: ReadonlySet<string>,
  servicesFile: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  (version.domains ?? []).forEach((domain, d) => {
    (domain.tasks ?? []).forEach((task, t) => {
      task.services.forEach((id, i) => {
        if (!serviceIds.has(id)) {
          problems.push({
            file,
            field: `${at}.domains.${d}.tasks.${t}.services.${i}`,
            message: `expected a service id from ${servicesFile}, found "${id}"; add it to the registry or fix the spelling`,
          });
        }
      });
    });
  });
  const domainCount = version.domains?.length ?? 0;
  version.resources.forEach((resource, r) => {
    if (!isOfficialHost(resource.url)) {
      problems.push({
        file,
        field: `${at}.resources.${r}.url`,
        message: `expected an official AWS address (${officialResourceHosts.join(', ')}), found ${resource.url}; third-party courses are out of scope`,
      });
    }
    (resource.domains ?? []).forEach((n, i) => {
      if (n > domainCount) {
        problems.push({
          file,
          field: `${at}.resources.${r}.domains.${i}`,
          message: `expected a domain number from 1 to ${domainCount} (${version.code} has ${domainCount} domains), found ${n}`,
        });
      }
    });
  });
  return problems;
}

/** A reader preparing for a bookable exam gets at least this many official resources. */
export const MIN_OFFICIAL_RESOURCES = 3;

/** Rules on the content as written, whatever the day: references, unique codes, cycles, blocked hosts. */
export function checkCatalogue(input: CatalogueInput): ContentProblem[] {
  const files = { ...defaultFiles, ...input.files };
  const problems: ContentProblem[] = [];
  const certBySlug = new Map(input.certifications.map((c) => [c.slug, c]));
  const serviceIds = new Set(input.services.map((s) => s.id));
  const roleIds = new Set(input.roles.map((r) => r.id));
  const blocked = input.blockedHosts ?? [];

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
  const checkLinks = (file: string, data: unknown, body?: string) => {
    for (const { field, url } of linksIn(data, body)) {
      const host = blockedHostOf(url, blocked);
      if (host) {
        problems.push({
          file,
          field,
          message: `expected a source that does not sell or host exam dumps, found ${url} (${host.host}: ${host.reason}); cite AWS's own page or an independent study source instead`,
        });
      }
    }
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
    checkLinks(cert.file, data, cert.body);
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
    checkCertRefs(cert, 'alternatives', data.alternatives);
    checkCertRefs(cert, 'recommendedPrior', data.recommendedPrior);
    checkCertRefs(cert, 'recertification.renewedBy', data.recertification.renewedBy);
    checkCertRefs(
      cert,
      'recertification.contested',
      data.recertification.contested.map((c) => c.by),
    );

    for (const field of ['recommendedPrior', 'successors', 'alternatives'] as const) {
      if (data[field].includes(cert.slug)) {
        problems.push({
          file: cert.file,
          field,
          message: `expected other certifications, found "${cert.slug}" naming itself`,
        });
      }
    }
    data.versions.forEach((version, v) => {
      problems.push(...preparationProblems(cert.file, `versions.${v}`, version, serviceIds, files.services));
      for (const [field, code] of [
        [`versions.${v}.code`, version.code] as const,
        ...(version.appointmentCode ? [[`versions.${v}.appointmentCode`, version.appointmentCode] as const] : []),
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
    });
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
      for (const [field, slug] of [
        [`${r}.path.${s}.certification`, step.certification],
        ...(step.afterRetirement
          ? [[`${r}.path.${s}.afterRetirement.certification`, step.afterRetirement.certification]]
          : []),
      ] as const) {
        if (!certBySlug.has(slug)) {
          problems.push({
            file: files.roles,
            field: `${field} (role ${role.id})`,
            message: `expected the slug of an existing certification, found "${slug}"`,
          });
        }
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
    checkLinks(files.changes, { [String(i)]: change });
  });
  for (const other of input.otherFiles ?? []) checkLinks(other.file, other.data, other.body);

  problems.push(...standardFeeProblems(input, files.programme));
  problems.push(...pathFinderRuleProblems(input, files.pathFinder));
  return problems;
}

/**
 * Rules on the state of the catalogue on one day, computed from the dates: a retiring or retired certification
 * says where to go, successors can still be taken, and no role path sends a reader to a retired exam.
 */
export function checkStateOn(
  input: Pick<CatalogueInput, 'certifications' | 'roles' | 'files'>,
  day: Day,
): ContentProblem[] {
  const files = { ...defaultFiles, ...input.files };
  const problems: ContentProblem[] = [];
  const certs = new Map<string, { loaded: LoadedCertification; cert: Cert }>(
    input.certifications.map((c) => [c.slug, { loaded: c, cert: resolveCertification(c.slug, c.data, day) }]),
  );
  const on = `on ${formatLifecycleDate(day)}`;
  for (const { loaded, cert } of certs.values()) {
    if (
      (cert.status === 'retired' || cert.status === 'retiring') &&
      [...cert.successors, ...cert.alternatives].length === 0
    ) {
      problems.push({
        file: loaded.file,
        field: 'alternatives',
        message: `expected successors (named by AWS) or alternatives (our suggestion) because ${cert.shortName} is ${cert.status} ${on}, found neither`,
      });
    }
    for (const field of ['successors', 'alternatives'] as const) {
      cert[field].forEach((slug, i) => {
        if (certs.get(slug)?.cert.status === 'retired') {
          problems.push({
            file: loaded.file,
            field: `${field}.${i}`,
            message: `expected a certification a reader can still take, found "${slug}", which is retired ${on}`,
          });
        }
      });
    }
  }
  for (const { loaded, cert } of certs.values()) problems.push(...preparationStateProblems(loaded, cert, on));
  input.roles.forEach((role, r) => {
    role.path.forEach((step, s) => {
      const cert = certs.get(step.certification)?.cert;
      const field = `${r}.path.${s} (role ${role.id})`;
      if (!cert || (cert.status !== 'retired' && cert.status !== 'retiring')) return;
      if (!step.afterRetirement) {
        problems.push({
          file: files.roles,
          field: `${field}.afterRetirement`,
          message: `expected an afterRetirement step because "${step.certification}" is ${cert.status} ${on}, found none`,
        });
        return;
      }
      if (certs.get(step.afterRetirement.certification)?.cert.status === 'retired') {
        problems.push({
          file: files.roles,
          field: `${field}.afterRetirement.certification`,
          message: `expected a certification a reader can still take, found "${step.afterRetirement.certification}", which is retired ${on}`,
        });
      }
    });
  });
  return problems;
}

/**
 * A reader can prepare for every exam they can still sit: each domain of a version that has not ended and whose
 * exam guide is out has task statements, and the version a reader would sit today, once its guide is out, lists at
 * least MIN_OFFICIAL_RESOURCES official resources.
 */
function preparationStateProblems(loaded: LoadedCertification, cert: Cert, on: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const state of cert.versionStates) {
    // A version whose exam guide is not out yet (no `guide`) has no task statements to give.
    if (state.phase === 'ended' || !state.version.guide) continue;
    const v = loaded.data.versions.findIndex((version) => version.code === state.code);
    (state.version.domains ?? []).forEach((domain, d) => {
      if (!domain.tasks || domain.tasks.length === 0) {
        problems.push({
          file: loaded.file,
          field: `versions.${v}.domains.${d}.tasks`,
          message: `expected the task statements of "${domain.name}" because ${state.code} can be sat or is coming ${on} and its exam guide is out, found none; list them in your own words with the services each leans on`,
        });
      }
    });
  }
  const current = cert.current;
  if (current?.version.guide && current.version.resources.length < MIN_OFFICIAL_RESOURCES) {
    const v = loaded.data.versions.findIndex((version) => version.code === current.code);
    problems.push({
      file: loaded.file,
      field: `versions.${v}.resources`,
      message: `expected at least ${MIN_OFFICIAL_RESOURCES} official study resources for ${current.code}, which can be sat ${on}, found ${current.version.resources.length}`,
    });
  }
  return problems;
}

/** Every exam code in the catalogue, for messages and search. */
export const catalogueCodes = (certs: readonly LoadedCertification[]): string[] =>
  certs.flatMap((c) => allCodes(c.data));

/**
 * Each exam version's standard fee (`format.priceUsd`) must be its category's fee in the programme file, so the fee
 * table in the guides and the fee on each exam's page cannot disagree. Beta fees are the beta's own and not checked.
 */
export function standardFeeProblems(input: CatalogueInput, programmeFile: string): ContentProblem[] {
  const fees = input.programme?.standardFees.byCategory;
  if (!fees) return [];
  return input.certifications.flatMap((cert) => {
    const fee = fees.find((f) => f.category === cert.data.category);
    return cert.data.versions.flatMap((version, v) => {
      const price = version.format.priceUsd;
      if (price === undefined || price === fee?.usd) return [];
      return [
        {
          file: cert.file,
          field: `versions.${v}.format.priceUsd`,
          message: fee
            ? `expected the standard fee of ${cert.data.category} exams in ${programmeFile} (USD ${fee.usd}), found USD ${price}; if AWS has changed the fee, change it there`
            : `expected a standard fee for ${cert.data.category} exams in ${programmeFile}, found none`,
        },
      ];
    });
  });
}

/** The path finder's fallback role and default Foundational certification must exist (the latter Foundational). */
export function pathFinderRuleProblems(input: CatalogueInput, file: string): ContentProblem[] {
  const rules = input.pathFinderRules;
  if (!rules) return [];
  const problems: ContentProblem[] = [];
  if (!input.roles.some((r) => r.id === rules.fallbackRole)) {
    problems.push({
      file,
      field: 'fallbackRole',
      message: `expected the id of a role in content/roles.yaml, found "${rules.fallbackRole}" (known: ${quoteList(input.roles.map((r) => r.id))})`,
    });
  }
  const start = input.certifications.find((c) => c.slug === rules.foundationalFirst.certification);
  if (start?.data.category !== 'foundational') {
    problems.push({
      file,
      field: 'foundationalFirst.certification',
      message: start
        ? `expected a Foundational certification, found "${start.slug}" (${start.data.category})`
        : `expected the slug of an existing certification, found "${rules.foundationalFirst.certification}"`,
    });
  }
  return problems;
}
