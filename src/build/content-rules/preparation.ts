/*
 * Preparation: task statements name registered services, study resources are AWS's own and point at domains the
 * version has; and on a given day, every exam a reader can sit has its task statements and enough official resources.
 */
import type { Certification } from '../../schemas/certification.ts';
import type { Cert } from '../../lib/catalogue/catalogue.ts';
import type { CatalogueInput, ContentProblem, LoadedCertification } from './problems.ts';

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

/** The preparation rules on every version of every certification, as written. */
export const preparationContentProblems = (input: CatalogueInput, servicesFile: string): ContentProblem[] => {
  const serviceIds = new Set(input.services.map((s) => s.id));
  return input.certifications.flatMap((cert) =>
    cert.data.versions.flatMap((version, v) =>
      preparationProblems(cert.file, `versions.${v}`, version, serviceIds, servicesFile),
    ),
  );
};

/**
 * A reader can prepare for every exam they can still sit: each domain of a version that has not ended and whose
 * exam guide is out has task statements, and the version a reader would sit today, once its guide is out, lists at
 * least MIN_OFFICIAL_RESOURCES official resources.
 */
export function preparationStateProblems(loaded: LoadedCertification, cert: Cert, on: string): ContentProblem[] {
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
