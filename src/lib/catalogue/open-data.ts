import type { Certification } from '../../schemas/certification.ts';
import type { Status, VersionPhase } from '../../schemas/enums.ts';
import type { Service } from '../../schemas/service.ts';
import { resolveCertification, type Cert } from './catalogue.ts';
import type { Day } from './lifecycle-dates.ts';
import type { ProgrammeFigures } from './programme.ts';

/** Bumped when the shape of the published data changes incompatibly. */
export const OPEN_DATA_VERSION = '2.0.0';

export const DATA_LICENCE = 'CC-BY-4.0';

/** One certification as published: its content, plus what the build computed for its day. */
export type PublishedCertification = Omit<Certification, 'versions'> & {
  slug: string;
  /** Where it stands on the build day. */
  status: Status;
  /** The code a reader would book on the build day, or null when nothing can be booked. */
  currentVersion: string | null;
  /** A newer version announced but not yet the standard exam, or null. */
  nextVersion: string | null;
  /** The date of the newest dated evidence, or null. */
  lastVerified: string | null;
  /** Every version, newest first, with its dates, format and phase on the build day. */
  versions: (Certification['versions'][number] & { phase: VersionPhase })[];
};

/** The published catalogue. */
export interface CertificationsDocument {
  version: string;
  generatedOn: Day;
  licence: string;
  certifications: PublishedCertification[];
}

/** A certification in its published shape: content fields only, no page-rendering helpers. */
export function publishedCertification(cert: Cert): PublishedCertification {
  const {
    slug,
    status,
    current,
    next,
    lastVerified,
    versionStates,
    exam: _headline,
    examCode: _code,
    previous: _previous,
    versions: _versions,
    ...content
  } = cert;
  return {
    ...content,
    slug,
    status,
    currentVersion: current?.code ?? null,
    nextVersion: next?.code ?? null,
    lastVerified: lastVerified ?? null,
    versions: versionStates.map((state) => ({ ...state.version, phase: state.phase })),
  };
}

/** The document behind /data/certifications.json. */
export function certificationsDocument(certs: readonly Cert[], generatedOn: Day): CertificationsDocument {
  return {
    version: OPEN_DATA_VERSION,
    generatedOn,
    licence: DATA_LICENCE,
    certifications: certs.map(publishedCertification),
  };
}

/** What the planner fetches: the catalogue without what it never reads, and each exam's readiness check. */
export interface PlannerDocument extends CertificationsDocument {
  /** The exam version to prepare for and the address of its readiness check, by slug, where there is one. */
  prepare: Record<string, { code: string; url: string }>;
  /** The programme's figures the planner computes with: validity and the voucher (content/programme.yaml). */
  programme: ProgrammeFigures;
}

/**
 * The catalogue for /data/planner.json: fees, dates, renewals and names stay; outlines, task statements, resources,
 * sources and prose go, so the planner loads a fraction of /data/certifications.json.
 */
export function plannerDocument(
  certs: readonly Cert[],
  generatedOn: Day,
  prepare: PlannerDocument['prepare'],
  programme: ProgrammeFigures,
): PlannerDocument {
  const full = certificationsDocument(certs, generatedOn);
  return {
    ...full,
    prepare,
    programme,
    certifications: full.certifications.map((cert) => ({
      ...cert,
      description: '',
      focus: '',
      aliases: [],
      coveredServices: [],
      recommendedExperience: '',
      sources: [],
      unverified: [],
      versions: cert.versions.map(
        ({
          domains: _domains,
          resources: _resources,
          note: _note,
          outlineNote: _outline,
          changeNote: _change,
          guide: _guide,
          ...version
        }) => ({ ...version, sources: [], unverified: [], resources: [] }),
      ),
    })),
  };
}

/** The document behind /data/services.json. */
export function servicesDocument(services: readonly Service[], certs: readonly Cert[], generatedOn: Day) {
  return {
    version: OPEN_DATA_VERSION,
    generatedOn,
    licence: DATA_LICENCE,
    services: services.map((service) => ({
      ...service,
      coveredBy: certs.filter((c) => c.coveredServices.includes(service.id)).map((c) => c.slug),
    })),
  };
}

/**
 * The certifications of a published document as pages see them, recomputed for the document's own day, so browser
 * code shows exactly the state the static pages show.
 */
export function certsFromDocument(doc: CertificationsDocument): Cert[] {
  return doc.certifications.map((published) => {
    const {
      slug,
      status: _status,
      currentVersion: _current,
      nextVersion: _next,
      lastVerified: _verified,
      versions,
      ...content
    } = published;
    return resolveCertification(
      slug,
      { ...content, versions: versions.map(({ phase: _phase, ...version }) => version) },
      doc.generatedOn,
    );
  });
}
