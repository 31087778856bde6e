/*
 * Counts, lists and superlatives about the catalogue, computed on the build day, for prose that would otherwise
 * type them in ("twelve active", "the newest certification") and go stale on the next change.
 */
import { categories, type Category, type Status } from '../../schemas/enums.ts';
import { isAvailable, sortCertifications, type Cert } from './catalogue.ts';
import { categoryLabels, countInWords, joinWords } from '../site/format.ts';
import { earliestDay, hasStarted, type Day } from './lifecycle-dates.ts';

/** Which certifications a count or list takes: `bookable` means active, retiring or in beta. */
export interface CertFilter {
  status?: Status | 'bookable' | undefined;
  category?: Category | undefined;
}

/** The certifications a filter takes, in catalogue order. */
export function certsMatching(certs: readonly Cert[], filter: CertFilter = {}): Cert[] {
  return sortCertifications(
    certs.filter(
      (c) =>
        (!filter.category || c.category === filter.category) &&
        (!filter.status || (filter.status === 'bookable' ? isAvailable(c) : c.status === filter.status)),
    ),
  );
}

/** "two Foundational, five Associate, three Professional, two Specialty and one Business": bookable ones by category. */
export function countsByCategory(
  certs: readonly Cert[],
  filter: Omit<CertFilter, 'category'> = { status: 'bookable' },
): string {
  const parts = categories.flatMap((category) => {
    const n = certsMatching(certs, { ...filter, category }).length;
    return n > 0 ? [`${countInWords(n)} ${categoryLabels[category]}`] : [];
  });
  return joinWords(parts);
}

/** The first day a certification could be sat at all: its oldest version's beta or standard start. */
function firstOpened(cert: Cert): Day | undefined {
  const starts = cert.versions.flatMap((v) => [v.beta?.from, v.availableFrom].filter((d) => d !== undefined));
  const days = starts.map((d) => earliestDay(d)).sort();
  return days[0];
}

/** The certification that opened most recently (in beta or standard) on or before the build day. */
export function newestCertification(certs: readonly Cert[], today: Day): Cert | undefined {
  return [...certs]
    .filter((c) => {
      const opened = firstOpened(c);
      return opened !== undefined && opened <= today;
    })
    .sort((a, b) => (firstOpened(b) ?? '').localeCompare(firstOpened(a) ?? ''))[0];
}

/** The betas that began most recently, on or before the build day (several when they opened the same day). */
export function latestBetas(certs: readonly Cert[], today: Day): { cert: Cert; code: string }[] {
  const betas = certs.flatMap((cert) =>
    cert.versions.flatMap((v) =>
      v.beta?.from && hasStarted(v.beta.from, today) ? [{ cert, code: v.code, from: earliestDay(v.beta.from) }] : [],
    ),
  );
  const latest = betas.reduce((max, b) => (b.from > max ? b.from : max), '');
  return sortCertifications(betas.filter((b) => b.from === latest).map((b) => b.cert)).map((cert) => ({
    cert,
    code: betas.find((b) => b.cert === cert && b.from === latest)?.code ?? cert.examCode,
  }));
}
