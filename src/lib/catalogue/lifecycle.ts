/*
 * Where a certification and each of its exam versions stand on a given day, computed from the dates in the content.
 * Nothing here is typed by hand: build the site with SOURCE_DATE_EPOCH set and it shows that day's state.
 */
import type { ExamFormat, ExamVersion } from '../../schemas/certification.ts';
import type { Status, VersionPhase } from '../../schemas/enums.ts';
import { hasEnded, hasStarted, type Day, type LifecycleDate } from './lifecycle-dates.ts';

/** What a certification needs for its lifecycle: its versions (newest first) and any announced retirement. */
export interface LifecycleInput {
  versions: readonly ExamVersion[];
  retirement?: { announced?: LifecycleDate | undefined } | undefined;
}

/** One exam version on a given day. */
export interface VersionState {
  /** The exam code, e.g. "SAP-C03". */
  code: string;
  phase: VersionPhase;
  /** The format a candidate sits in this phase: in beta, the beta's own figures where they differ. */
  format: ExamFormat;
  version: ExamVersion;
}

/** A certification on a given day. */
export interface LifecycleState {
  status: Status;
  /** The version a reader would sit today; undefined when nothing is bookable. */
  current: VersionState | undefined;
  /** The version a page leads with: the current one, else the next one announced, else the last one offered. */
  headline: VersionState;
  /** A version newer than the current one that is not yet the standard exam (announced or in beta). */
  next: VersionState | undefined;
  /** Versions older than the headline one, newest first. */
  previous: VersionState[];
  /** Every version, newest first. */
  versions: VersionState[];
}

/** The format in force during a phase: a beta's own figures over the same version's standard format. */
export function formatInPhase(version: ExamVersion, phase: VersionPhase): ExamFormat {
  return phase === 'beta' && version.beta?.format ? { ...version.format, ...version.beta.format } : version.format;
}

/**
 * The phase of one version. `isOlder` says a newer version is recorded; `superseded` that a newer one has already
 * been the standard exam (it is, or it has ended), which ends an old version whose last day was never recorded.
 */
export function versionPhase(version: ExamVersion, today: Day, isOlder: boolean, superseded: boolean): VersionPhase {
  if (hasEnded(version.lastDay, today)) return 'ended';
  if (!version.lastDay && superseded) return 'ended';
  if (hasStarted(version.availableFrom, today)) return 'standard';
  // An old version whose first day we never learned counts as offered until its last day or its successor.
  if (!version.availableFrom && !version.beta && (isOlder || version.lastDay)) return 'standard';
  if (version.beta) {
    if (hasEnded(version.beta.until, today)) return 'beta-closed';
    if (hasStarted(version.beta.from, today)) return 'beta';
  }
  return 'upcoming';
}

/** Every version's state on a day, newest first. */
export function versionStates(versions: readonly ExamVersion[], today: Day): VersionState[] {
  const states: VersionState[] = [];
  versions.forEach((version, i) => {
    const superseded = states.some((newer) => newer.phase === 'standard' || newer.phase === 'ended');
    const phase = versionPhase(version, today, i > 0, superseded);
    states.push({ code: version.code, phase, format: formatInPhase(version, phase), version });
  });
  return states;
}

/** The certification's status, current, next and previous versions on the given day. */
export function lifecycleAt(cert: LifecycleInput, today: Day): LifecycleState {
  const versions = versionStates(cert.versions, today);
  const current = versions.find((v) => v.phase === 'standard') ?? versions.find((v) => v.phase === 'beta');
  const currentIndex = current ? versions.indexOf(current) : -1;
  const pending = versions.filter((v, i) => (currentIndex < 0 || i < currentIndex) && v.phase !== 'ended');
  const next = current ? pending.at(-1) : undefined;
  const headline = current ?? pending.at(-1) ?? versions.find((v) => v.phase === 'ended') ?? versions[0];
  if (!headline) throw new Error('a certification needs at least one exam version');
  let status: Status;
  if (current?.phase === 'beta') status = 'beta';
  else if (current) status = cert.retirement ? 'retiring' : 'active';
  else status = pending.length > 0 ? 'upcoming' : 'retired';
  return {
    status,
    current,
    headline,
    next,
    previous: versions.slice(versions.indexOf(headline) + 1),
    versions,
  };
}

/** True while a reader can book the certification's exam (standard or beta). */
export const isBookable = (status: Status): boolean =>
  status === 'active' || status === 'retiring' || status === 'beta';
