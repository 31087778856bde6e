/*
 * Everything a certification page shows, decided from the catalogue on the build day: which sections appear, which
 * exam version each one describes, and the sentences and links around them. The page and the section components in
 * src/components/certification/ only render it.
 */
import type { ExamDomain, StudyResource } from '../../schemas/certification.ts';
import type { Source } from '../../schemas/common.ts';
import type { Programme } from '../../schemas/programme.ts';
import type { Role } from '../../schemas/role.ts';
import type { Service } from '../../schemas/service.ts';
import { categoryLabels, formatPartialDate, phaseLabels, statusLabels } from '../site/format.ts';
import { routes } from '../site/routes.ts';
import { comparisonLinks, type ComparisonPair } from '../tools/compare.ts';
import {
  prepDomains,
  preparedVersions,
  tasksUnverified,
  versionToPrepare,
  type PrepDomain,
} from '../tools/preparation.ts';
import { nextSteps, pick, searchTerms, servicesOf, type Cert } from './catalogue.ts';
import { evidenceSentence } from './evidence.ts';
import { unverifiedFacts, unverifiedNote } from './facts.ts';
import type { Day } from './lifecycle-dates.ts';
import { certificationNotices, type Notice } from './notices.ts';
import { yearsSpelledOut } from './programme.ts';
import { versionHistory } from './version-history.ts';

/** A link with its text. */
export interface Link {
  label: string;
  href: string;
}

/** The parts of the catalogue a certification page looks things up in. */
export interface PageCatalogue {
  /** The day the page describes. */
  today: Day;
  certifications: readonly Cert[];
  certificationBySlug: ReadonlyMap<string, Cert>;
  roles: readonly Role[];
  roleById: ReadonlyMap<string, Role>;
  serviceById: ReadonlyMap<string, Service>;
  comparisonPairs: readonly ComparisonPair[];
  programme: Pick<Programme, 'validity'>;
}

/** The header: name, focus, and what search indexes the page under. */
export interface HeaderSection {
  cert: Cert;
  /** Every code, former name and alias, comma-separated. */
  terms: string;
  category: string;
  status: string;
  /** Names of the roles it suits, each a search filter. */
  roles: string[];
}

/** The exam facts of the headline version. */
export interface FactsSection {
  cert: Cert;
  heading: string;
  note: string | undefined;
  evidence: string;
}

/** The headline version's domains, or a sentence saying its outline is not published. */
export interface DomainsSection {
  unverified: string | undefined;
  outline: { domains: readonly ExamDomain[]; label: string } | string;
  outlineNote: string | undefined;
}

/** What each domain asks: the task statements of the version to prepare for. */
export interface TasksSection {
  heading: string;
  /** Why the headline version's task statements are missing, when they are. */
  missing: string | undefined;
  prepared:
    | {
        code: string;
        intro: string;
        unverified: string | undefined;
        domains: PrepDomain[];
        readiness: Link;
      }
    | undefined;
  /** The readiness checks of the other versions a reader can prepare for. */
  others: Link[];
  serviceById: ReadonlyMap<string, Service>;
}

/** AWS's study resources, of the headline version or else of the version to sit today. */
export interface ResourcesSection {
  heading: string;
  resources: readonly StudyResource[];
  domains: PrepDomain[] | undefined;
}

export interface ServicesSection {
  unverified: string | undefined;
  services: Link[];
}

export interface BeforeSection {
  /** Certifications we suggest holding first. */
  prior: Link[];
  roles: Link[];
}

/** One exam version in the history, newest first. */
export interface VersionItem {
  id: string;
  heading: string;
  dates: { label: string; value: string; unverified?: string | undefined }[];
  changeNote: string | undefined;
  note: string | undefined;
  /** What changed against the version before, one sentence a line; undefined when nothing comparable changed. */
  changes: string[] | undefined;
  /** Why nothing can be said about what changed, when its outline is missing. */
  noOutline: string | undefined;
}

export interface VersionsSection {
  versions: VersionItem[];
  /** The feed and calendar that follow the exam. */
  follow: Link[];
}

export interface NextStep extends Link {
  code: string;
}

export interface RecertificationSection {
  unverified: string | undefined;
  lead: string;
  renewers: (Link & { retired: boolean })[];
  /** Renewals reported but not confirmed, each with what was reported. */
  contested: { by: Link; note: string }[];
  otherOptions: string[];
}

/** Sources of one version, under its own heading. */
export interface VersionSources {
  id: string;
  code: string;
  evidence: string;
  guide: Link | undefined;
  sources: Source[];
}

export interface SourcesSection {
  lastVerified: string;
  official: Link;
  versions: VersionSources[];
  retirement: Source[] | undefined;
  certification: Source[];
  unverified: { label: string; note: string }[];
}

/** A certification page, every section decided; an optional section is undefined when it has nothing to show. */
export interface CertificationPage {
  title: string;
  crumbs: Link[];
  feed: Link;
  header: HeaderSection;
  notices: Notice[];
  facts: FactsSection;
  domains: DomainsSection;
  /** Omitted once the certification has retired: there is nothing left to prepare for. */
  tasks: TasksSection | undefined;
  resources: ResourcesSection | undefined;
  services: ServicesSection;
  before: BeforeSection;
  versions: VersionsSection;
  next: NextStep[];
  recertification: RecertificationSection;
  compare: Link[];
  sources: SourcesSection;
}

const certLink = (cert: Cert): Link => ({ label: cert.shortName, href: routes.certification(cert.slug) });

function tasksSection(cert: Cert, serviceById: ReadonlyMap<string, Service>): TasksSection {
  const headline = cert.exam;
  // Task statements of the headline version, or of the version still sittable while the headline's guide is not out.
  const headlineHasTasks = prepDomains(headline.version) !== undefined;
  const prepared = headlineHasTasks ? versionToPrepare({ ...cert, current: headline }) : versionToPrepare(cert);
  const notYet = `AWS's task statements for ${headline.code} are not yet in a source we could read`;
  return {
    heading: prepared ? `What each domain of ${prepared.code} asks` : 'What each domain asks',
    missing: headlineHasTasks
      ? undefined
      : prepared
        ? `${notYet}; those of ${prepared.code}, which can still be sat, follow.`
        : `${notYet}.`,
    prepared: prepared && {
      code: prepared.code,
      intro: `The task statements of AWS's exam guide for ${prepared.code}, in our own words, with the services each one leans on.`,
      unverified: tasksUnverified(prepared.version),
      domains: prepared.domains,
      readiness: {
        label: `Check your readiness for ${prepared.code} and build a study plan`,
        href: routes.prepare(cert.slug, prepared.code),
      },
    },
    others: preparedVersions(cert)
      .filter((p) => p.code !== prepared?.code)
      .map((p) => ({
        label: `the readiness check for ${p.code} (${phaseLabels[p.phase].toLowerCase()})`,
        href: routes.prepare(cert.slug, p.code),
      })),
    serviceById,
  };
}

function resourcesSection(cert: Cert): ResourcesSection | undefined {
  const version = cert.exam.version.resources.length > 0 ? cert.exam : cert.current;
  if (!version || version.version.resources.length === 0) return undefined;
  return {
    heading: `Official study resources for ${version.code}`,
    resources: version.version.resources,
    domains: prepDomains(version.version),
  };
}

function versionsSection(cert: Cert): VersionsSection {
  return {
    versions: versionHistory(cert).map(({ state, phaseLabel, dates, diff }) => ({
      id: `version-${state.code.toLowerCase()}`,
      heading: `${state.code}: ${phaseLabel}`,
      dates,
      changeNote: state.version.changeNote,
      note: state.version.note,
      changes: diff && [
        ...(diff.domainsAdded.length > 0 ? [`New domains: ${diff.domainsAdded.join('; ')}.`] : []),
        ...(diff.domainsRemoved.length > 0
          ? [`Domains dropped since ${diff.older}: ${diff.domainsRemoved.join('; ')}.`]
          : []),
        ...diff.reweighted.map((r) => `${r.name}: ${r.from}% in ${diff.older}, ${r.to}% now.`),
        ...(diff.questionTypesAdded.length > 0 ? [`New question types: ${diff.questionTypesAdded.join(', ')}.`] : []),
        ...(diff.questionTypesRemoved.length > 0
          ? [`Question types dropped: ${diff.questionTypesRemoved.join(', ')}.`]
          : []),
        ...diff.formatChanges.map((c) => `${c.label}: ${c.from} in ${diff.older}, ${c.to} in ${state.code}.`),
      ],
      noOutline:
        diff || state.version.domains !== undefined
          ? undefined
          : state.phase === 'ended'
            ? `We hold no outline for ${state.code}.`
            : `Its outline is not yet published in a source we could read, so we cannot say what changed.`,
    })),
    follow: [
      { label: 'its changes as an RSS feed', href: routes.certificationFeed(cert.slug) },
      { label: 'its dates as a calendar (.ics)', href: routes.certificationCalendar(cert.slug) },
    ],
  };
}

function recertificationSection(cert: Cert, catalogue: PageCatalogue): RecertificationSection {
  const validFor = `A certification is valid for ${yearsSpelledOut(catalogue.programme.validity.years)}.`;
  return {
    unverified: unverifiedNote(cert, 'recertification'),
    lead:
      cert.status === 'retired'
        ? `${validFor} While its exam existed, it could be renewed by passing the latest exam of:`
        : `${validFor} It can be renewed by passing the latest exam of:`,
    renewers: pick(catalogue.certificationBySlug, cert.recertification.renewedBy).map((r) => ({
      ...certLink(r),
      retired: r.status === 'retired',
    })),
    contested: cert.recertification.contested.flatMap((c) => {
      const by = catalogue.certificationBySlug.get(c.by);
      return by ? [{ by: certLink(by), note: c.note }] : [];
    }),
    otherOptions: cert.recertification.otherOptions,
  };
}

function sourcesSection(cert: Cert): SourcesSection {
  return {
    lastVerified: cert.lastVerified
      ? `Facts last verified against evidence dated ${formatPartialDate(cert.lastVerified)}: the newest source below. Check AWS's page before you book.`
      : 'None of the sources below carries a date; check AWS’s page before you book.',
    official: { label: `AWS's page for ${cert.shortName}`, href: cert.links.officialPage },
    versions: cert.versionStates.map(({ code, version }) => ({
      id: `sources-${code.toLowerCase()}`,
      code,
      evidence: evidenceSentence(version.sources),
      guide: version.guide && {
        label: `Exam guide${version.guide.revision ? `, revision ${version.guide.revision}` : ''}`,
        href: version.guide.url,
      },
      sources: version.sources,
    })),
    retirement: cert.retirement?.sources,
    certification: cert.sources,
    unverified: unverifiedFacts(cert),
  };
}

/** What the page of `cert` shows on the catalogue's day, section by section. */
export function certificationPage(cert: Cert, catalogue: PageCatalogue): CertificationPage {
  const headline = cert.exam;
  const roles = pick(catalogue.roleById, cert.roles);
  const prior = pick(catalogue.certificationBySlug, cert.recommendedPrior);
  const tasks = cert.status === 'retired' ? undefined : tasksSection(cert, catalogue.serviceById);
  return {
    title: `${cert.shortName} (${cert.examCode})`,
    crumbs: [{ label: 'Certifications', href: routes.catalogue }, certLink(cert)],
    feed: { label: `${cert.shortName}: changes`, href: routes.certificationFeed(cert.slug) },
    header: {
      cert,
      terms: searchTerms(cert).join(', '),
      category: categoryLabels[cert.category],
      status: statusLabels[cert.status],
      roles: roles.map((role) => role.name),
    },
    notices: certificationNotices(
      cert,
      catalogue.certificationBySlug,
      catalogue.today,
      catalogue.programme.validity.years,
    ),
    facts: {
      cert,
      heading: `The exam: ${headline.code}`,
      note: headline.version.note,
      evidence: evidenceSentence(headline.version.sources),
    },
    domains: {
      unverified: unverifiedNote(cert, 'domains'),
      outline: headline.version.domains
        ? { domains: headline.version.domains, label: `Exam domains of ${headline.code} with their weights` }
        : `AWS has not yet published the outline of ${headline.code} in a source we could read.`,
      outlineNote: headline.version.outlineNote,
    },
    tasks,
    resources: resourcesSection(cert),
    services: {
      unverified: unverifiedNote(cert, 'coveredServices'),
      services: servicesOf(cert, catalogue.serviceById).map((s) => ({ label: s.name, href: routes.service(s.id) })),
    },
    before: {
      prior: prior.map(certLink),
      roles: roles.map((role) => ({ label: role.name, href: routes.role(role.id) })),
    },
    versions: versionsSection(cert),
    next: nextSteps(cert, catalogue.certifications, catalogue.roles).map((n) => ({ ...certLink(n), code: n.examCode })),
    recertification: recertificationSection(cert, catalogue),
    compare: comparisonLinks(cert, catalogue.comparisonPairs).map((link) => ({
      label: `${cert.shortName} vs ${link.other.shortName}`,
      href: link.href,
    })),
    sources: sourcesSection(cert),
  };
}
