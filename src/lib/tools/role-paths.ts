/*
 * A role's path as it stands on the build day: a step whose certification has retired is replaced by the step its
 * author recorded for that case, and a step that is retiring says what follows it.
 */
import type { Role } from '../../schemas/role.ts';
import type { Cert } from '../catalogue/catalogue.ts';
import { formatUsd, plural } from '../site/format.ts';

/** One step of a role's path on the build day. */
export interface RolePathStep {
  cert: Cert;
  reason: string;
  /** Set when this step stands in for a retired certification. */
  replaces?: Cert | undefined;
  /** Set when the step's certification is retiring: what the path continues with after its last day. */
  thenTake?: { cert: Cert; reason: string } | undefined;
}

/** The steps of a role's path on the build day, each certification once. */
export function rolePath(role: Role, bySlug: ReadonlyMap<string, Cert>): RolePathStep[] {
  const steps: RolePathStep[] = [];
  for (const step of role.path) {
    const cert = bySlug.get(step.certification);
    if (!cert) continue;
    const after = step.afterRetirement && bySlug.get(step.afterRetirement.certification);
    if (cert.status === 'retired' && after && step.afterRetirement) {
      steps.push({ cert: after, reason: step.afterRetirement.reason, replaces: cert });
    } else if (cert.status === 'retiring' && after && step.afterRetirement) {
      steps.push({ cert, reason: step.reason, thenTake: { cert: after, reason: step.afterRetirement.reason } });
    } else {
      steps.push({ cert, reason: step.reason });
    }
  }
  return steps.filter((step, i) => steps.findIndex((other) => other.cert.slug === step.cert.slug) === i);
}

/** The list-price total of a path's exams, in a sentence that admits any price not yet published. */
export function pathFeesSentence(certs: readonly Cert[]): string {
  const known = certs.flatMap((c) => (c.exam.format.priceUsd === undefined ? [] : [c.exam.format.priceUsd]));
  const unknown = certs.length - known.length;
  const total = formatUsd(known.reduce((sum, p) => sum + p, 0));
  const base = `Exam fees along this path add up to ${total} at list price before tax, with every exam passed first time and no discount voucher applied`;
  return unknown === 0 ? `${base}.` : `${base}, plus ${plural(unknown, 'exam')} whose price AWS has not yet published.`;
}
