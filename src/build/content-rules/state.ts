/*
 * Rules on the catalogue as it stands on one day, computed from the dates: a retiring or retired certification says
 * where to go, successors can still be taken, and no role path sends a reader to a retired exam.
 */
import { resolveCertification, type Cert } from '../../lib/catalogue/catalogue.ts';
import { formatLifecycleDate, type Day } from '../../lib/catalogue/lifecycle-dates.ts';
import { preparationStateProblems } from './preparation.ts';
import { defaultFiles, type CatalogueInput, type ContentProblem, type LoadedCertification } from './problems.ts';

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
