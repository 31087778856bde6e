/*
 * What changed between two consecutive exam versions, computed from their outlines and formats. Only facts both
 * versions publish are compared: an unknown weight or format of a new version is never read as a change.
 */
import type { ExamFormat, ExamVersion } from '../../schemas/certification.ts';
import { totalQuestions } from './catalogue.ts';
import { formatUsd, questionTypeLabels } from '../site/format.ts';

/** The differences between an older and a newer version; empty lists where nothing changed or nothing is known. */
export interface VersionDiff {
  older: string;
  newer: string;
  /** False when either outline is unknown, so domains could not be compared. */
  outlinesKnown: boolean;
  domainsAdded: string[];
  domainsRemoved: string[];
  reweighted: { name: string; from: number; to: number }[];
  questionTypesAdded: string[];
  questionTypesRemoved: string[];
  /** Format facts both versions publish that differ, e.g. "Length: 130 → 170 minutes". */
  formatChanges: { label: string; from: string; to: string }[];
}

const formatFacts: { label: string; read: (f: ExamFormat) => string | undefined }[] = [
  { label: 'Length', read: (f) => (f.minutes === undefined ? undefined : `${f.minutes} minutes`) },
  {
    label: 'Questions',
    read: (f) => {
      const total = totalQuestions(f);
      return total === undefined ? undefined : String(total);
    },
  },
  { label: 'Price', read: (f) => (f.priceUsd === undefined ? undefined : formatUsd(f.priceUsd)) },
  { label: 'Passing score', read: (f) => (f.passingScore === undefined ? undefined : String(f.passingScore)) },
];

/** Compares two versions of one exam, older first. */
export function versionDiff(older: ExamVersion, newer: ExamVersion): VersionDiff {
  const olderDomains = older.domains ?? [];
  const newerDomains = newer.domains ?? [];
  const outlinesKnown = olderDomains.length > 0 && newerDomains.length > 0;
  const olderNames = new Set(olderDomains.map((d) => d.name));
  const newerNames = new Set(newerDomains.map((d) => d.name));
  const reweighted = outlinesKnown
    ? newerDomains.flatMap((d) => {
        const before = olderDomains.find((o) => o.name === d.name);
        return before?.weight !== undefined && d.weight !== undefined && before.weight !== d.weight
          ? [{ name: d.name, from: before.weight, to: d.weight }]
          : [];
      })
    : [];
  const olderTypes = older.format.questionTypes;
  const newerTypes = newer.format.questionTypes;
  const typesKnown = olderTypes !== undefined && newerTypes !== undefined;
  return {
    older: older.code,
    newer: newer.code,
    outlinesKnown,
    domainsAdded: outlinesKnown ? newerDomains.filter((d) => !olderNames.has(d.name)).map((d) => d.name) : [],
    domainsRemoved: outlinesKnown ? olderDomains.filter((d) => !newerNames.has(d.name)).map((d) => d.name) : [],
    reweighted,
    questionTypesAdded: typesKnown
      ? newerTypes.filter((t) => !olderTypes.includes(t)).map((t) => questionTypeLabels[t])
      : [],
    questionTypesRemoved: typesKnown
      ? olderTypes.filter((t) => !newerTypes.includes(t)).map((t) => questionTypeLabels[t])
      : [],
    formatChanges: formatFacts.flatMap(({ label, read }) => {
      const from = read(older.format);
      const to = read(newer.format);
      return from !== undefined && to !== undefined && from !== to ? [{ label, from, to }] : [];
    }),
  };
}

/** True when the comparison found anything to say. */
export const hasChanges = (diff: VersionDiff): boolean =>
  diff.domainsAdded.length +
    diff.domainsRemoved.length +
    diff.reweighted.length +
    diff.questionTypesAdded.length +
    diff.questionTypesRemoved.length +
    diff.formatChanges.length >
  0;
