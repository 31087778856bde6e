/*
 * References between entries: every slug, service id and role id a file names exists; no certification names itself
 * or recommends itself in a cycle; exam codes are unique; a former slug is not a current one.
 */
import { quoteList, type CatalogueInput, type ContentProblem, type LoadedCertification } from './problems.ts';

/** Files the messages name. */
interface Files {
  services: string;
  roles: string;
  changes: string;
}

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

/** Each id of a list that is not in `known`, as a problem at `field.<i>`. */
function unknownIds(
  file: string,
  field: string,
  ids: readonly string[],
  known: ReadonlySet<string>,
  expected: (id: string) => string,
): ContentProblem[] {
  return ids.flatMap((id, i) => (known.has(id) ? [] : [{ file, field: `${field}.${i}`, message: expected(id) }]));
}

/** A certification's references: services, roles and other certifications it names, and never itself. */
function certificationReferenceProblems(
  cert: LoadedCertification,
  known: { certs: ReadonlySet<string>; services: ReadonlySet<string>; roles: ReadonlySet<string> },
  files: Files,
): ContentProblem[] {
  const { data, file } = cert;
  const certSlug = (slug: string) =>
    `expected the slug of an existing certification, found "${slug}" (known: ${quoteList(known.certs)})`;
  const problems = [
    ...unknownIds(
      file,
      'coveredServices',
      data.coveredServices,
      known.services,
      (id) => `expected a service id from ${files.services}, found "${id}"; add it to the registry or fix the spelling`,
    ),
    ...unknownIds(
      file,
      'roles',
      data.roles,
      known.roles,
      (id) => `expected a role id from ${files.roles} (${quoteList(known.roles)}), found "${id}"`,
    ),
    ...unknownIds(file, 'successors', data.successors, known.certs, certSlug),
    ...unknownIds(file, 'alternatives', data.alternatives, known.certs, certSlug),
    ...unknownIds(file, 'recommendedPrior', data.recommendedPrior, known.certs, certSlug),
    ...unknownIds(file, 'recertification.renewedBy', data.recertification.renewedBy, known.certs, certSlug),
    ...unknownIds(
      file,
      'recertification.contested',
      data.recertification.contested.map((c) => c.by),
      known.certs,
      certSlug,
    ),
  ];
  for (const field of ['recommendedPrior', 'successors', 'alternatives'] as const) {
    if (data[field].includes(cert.slug)) {
      problems.push({ file, field, message: `expected other certifications, found "${cert.slug}" naming itself` });
    }
  }
  data.formerNames.forEach((former, i) => {
    if (former.slug && known.certs.has(former.slug)) {
      problems.push({
        file,
        field: `formerNames.${i}.slug`,
        message: `expected a slug no current certification uses, found "${former.slug}"`,
      });
    }
  });
  return problems;
}

/** Exam and booking codes each belong to one certification. */
function codeUniquenessProblems(input: CatalogueInput): ContentProblem[] {
  const owners = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const cert of input.certifications) {
    cert.data.versions.forEach((version, v) => {
      const codes: [string, string][] = [[`versions.${v}.code`, version.code]];
      if (version.appointmentCode) codes.push([`versions.${v}.appointmentCode`, version.appointmentCode]);
      for (const [field, code] of codes) {
        const owner = owners.get(code);
        if (owner && owner !== cert.slug) {
          problems.push({
            file: cert.file,
            field,
            message: `expected exam codes to be unique, found ${code}, which ${owner} already uses`,
          });
        } else {
          owners.set(code, cert.slug);
        }
      }
    });
  }
  return problems;
}

/** Recommendations never loop back ("take A before B" and "B before A"). */
function recommendationCycleProblems(input: CatalogueInput): ContentProblem[] {
  const cycle = findRecommendationCycle(
    new Map(input.certifications.map((c) => [c.slug, c.data.recommendedPrior] as const)),
  );
  if (!cycle) return [];
  const first = input.certifications.find((c) => c.slug === cycle[0]);
  return [
    {
      file: first?.file ?? 'content/certifications',
      field: 'recommendedPrior',
      message: `expected recommendations without cycles, found ${cycle.join(' → ')}`,
    },
  ];
}

/** Role path steps and recorded changes name existing certifications. */
function registryReferenceProblems(input: CatalogueInput, certs: ReadonlySet<string>, files: Files): ContentProblem[] {
  const problems: ContentProblem[] = [];
  input.roles.forEach((role, r) => {
    role.path.forEach((step, s) => {
      const named: [string, string][] = [[`${r}.path.${s}.certification`, step.certification]];
      if (step.afterRetirement) {
        named.push([`${r}.path.${s}.afterRetirement.certification`, step.afterRetirement.certification]);
      }
      for (const [field, slug] of named) {
        if (!certs.has(slug)) {
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
    if (!certs.has(change.certification)) {
      problems.push({
        file: files.changes,
        field: `${i}.certification (change ${change.id})`,
        message: `expected the slug of an existing certification, found "${change.certification}"`,
      });
    }
  });
  return problems;
}

/** Every reference rule. */
export function referenceProblems(input: CatalogueInput, files: Files): ContentProblem[] {
  const known = {
    certs: new Set(input.certifications.map((c) => c.slug)),
    services: new Set(input.services.map((s) => s.id)),
    roles: new Set(input.roles.map((r) => r.id)),
  };
  return [
    ...input.certifications.flatMap((cert) => certificationReferenceProblems(cert, known, files)),
    ...codeUniquenessProblems(input),
    ...recommendationCycleProblems(input),
    ...registryReferenceProblems(input, known.certs, files),
  ];
}
