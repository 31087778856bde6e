import type { Source } from '../../schemas/common.ts';
import type { Cert } from './catalogue.ts';
import { factLabels } from './facts.ts';
import { formatLifecycleDate, phaseLabels } from '../site/format.ts';
import type { VersionState } from './lifecycle.ts';
import { hasChanges, versionDiff, type VersionDiff } from './version-diff.ts';

/** One version in a certification's history, ready to render. */
export interface VersionEntry {
  state: VersionState;
  /** "Current", "In beta", "Ended"… on the build day. */
  phaseLabel: string;
  /** Its dates as label/value pairs, in the order they happen. */
  dates: { label: string; value: string; unverified?: string | undefined }[];
  /** What changed against the version before it, where both outlines are known. */
  diff: VersionDiff | undefined;
  sources: Source[];
}

/** Every version of a certification, newest first, with its dates and what changed against the one before. */
export function versionHistory(cert: Cert): VersionEntry[] {
  return cert.versionStates.map((state, i) => {
    const { version } = state;
    const older = cert.versionStates[i + 1];
    const note = (fact: 'announced' | 'beta' | 'availableFrom' | 'lastDay') =>
      version.unverified.find((u) => u.fact === fact)?.note;
    const dates: VersionEntry['dates'] = [];
    if (version.announced)
      dates.push({
        label: factLabels.announced,
        value: formatLifecycleDate(version.announced),
        unverified: note('announced'),
      });
    if (version.beta?.from)
      dates.push({ label: 'Beta from', value: formatLifecycleDate(version.beta.from), unverified: note('beta') });
    if (version.beta?.until)
      dates.push({ label: 'Beta until', value: formatLifecycleDate(version.beta.until), unverified: note('beta') });
    if (version.availableFrom)
      dates.push({
        label: factLabels.availableFrom,
        value: formatLifecycleDate(version.availableFrom),
        unverified: note('availableFrom'),
      });
    if (version.lastDay)
      dates.push({
        label: factLabels.lastDay,
        value: formatLifecycleDate(version.lastDay),
        unverified: note('lastDay'),
      });
    const diff = older ? versionDiff(older.version, version) : undefined;
    return {
      state,
      phaseLabel:
        state === cert.current
          ? state.phase === 'beta'
            ? 'in beta, the exam to sit today'
            : 'the exam to sit today'
          : state.phase === 'standard'
            ? 'still offered until its last day'
            : phaseLabels[state.phase].toLowerCase(),
      dates,
      diff: diff && hasChanges(diff) ? diff : undefined,
      sources: version.sources,
    };
  });
}
