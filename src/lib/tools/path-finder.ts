import type { ExperienceLevel, PathFinderRules } from '../../schemas/path-finder.ts';
import type { Role } from '../../schemas/role.ts';
import { isAvailable, type Cert } from '../catalogue/catalogue.ts';
import { examGlance, type ExamGlance } from './exam-glance.ts';
import { categoryLabels, inSentence, joinWords } from '../site/format.ts';
import { rolePath } from './role-paths.ts';
import { routes } from '../site/routes.ts';

/** What the reader tells the path finder. */
export interface ReaderProfile {
  /** The role id the reader is aiming at (their goal); an unknown or missing one falls back to the rules' role. */
  goal?: string | undefined;
  /** Years of hands-on AWS work. */
  years: number;
  /** Slugs of certifications already held. */
  held: readonly string[];
}

/** One recommended exam with the reason it comes at this point. */
export interface PathStep {
  cert: Cert;
  reason: string;
}

export interface PathRecommendation {
  /** The role whose path the recommendation follows. */
  role: Role;
  /** Two to four steps where the catalogue allows; fewer when the reader already holds the rest. */
  steps: PathStep[];
}

/**
 * Recommends an ordered path from the role paths, categories, recommended experience and prior certifications, by the
 * rules of content/path-finder.yaml. Never recommends a retired exam or one the reader holds.
 */
export function recommendPath(
  profile: ReaderProfile,
  certs: readonly Cert[],
  roles: readonly Role[],
  rules: PathFinderRules,
): PathRecommendation | undefined {
  const bySlug = new Map(certs.map((c) => [c.slug, c]));
  const roleById = new Map(roles.map((r) => [r.id, r]));
  const role = roleById.get(profile.goal ?? '') ?? roleById.get(rules.fallbackRole) ?? roles[0];
  if (!role) return undefined;
  const held = new Set(profile.held);
  const experienced = profile.years >= rules.skipFoundationalFromYears;
  const steps: PathStep[] = [];
  const add = (cert: Cert | undefined, reason: string, atStart = false) => {
    if (!cert || !isAvailable(cert) || held.has(cert.slug) || steps.some((s) => s.cert.slug === cert.slug)) return;
    if (atStart) steps.unshift({ cert, reason });
    else steps.push({ cert, reason });
  };
  // A plan made today should not end in an exam that is about to disappear: a retiring step gives way to the step
  // its role records for after the retirement.
  const path = rolePath(role, bySlug).map((step) =>
    step.thenTake
      ? {
          cert: step.thenTake.cert,
          reason: `${step.thenTake.reason} It stands in for ${step.cert.shortName}, which AWS is retiring.`,
        }
      : { cert: step.cert, reason: step.reason },
  );
  const startsBeyondFoundational = path.some((s) => s.cert.category !== 'foundational');

  for (const { cert, reason } of path) {
    if (cert.category === 'foundational' && experienced && role.id !== rules.fallbackRole && startsBeyondFoundational) {
      continue;
    }
    for (const priorSlug of cert.recommendedPrior) {
      const prior = bySlug.get(priorSlug);
      if (prior && !(prior.category === 'foundational' && experienced)) {
        add(prior, `We recommend it before ${cert.shortName}, which builds on it.`);
      }
    }
    const needsYears = cert.category === 'professional' && profile.years < rules.professionalExperienceFromYears;
    add(cert, needsYears ? `${reason} AWS recommends: ${cert.recommendedExperience}` : reason);
  }

  const holdsFoundational = [...held].some((slug) => bySlug.get(slug)?.category === 'foundational');
  const first = steps[0];
  const { foundationalFirst } = rules;
  if (
    profile.years < foundationalFirst.belowYears &&
    !holdsFoundational &&
    first &&
    first.cert.category !== 'foundational'
  ) {
    const onPath = path.find((s) => s.cert.category === 'foundational')?.cert;
    add(onPath ?? bySlug.get(foundationalFirst.certification), foundationalFirst.reason, true);
  }
  return { role, steps: steps.slice(0, rules.maxSteps) };
}

/**
 * The pre-rendered result pages: one per role and experience level of content/path-finder.yaml, at
 * /path-finder/<goal>/<level>/ (and its /yours/ page), each handed its level.
 */
export const pathFinderPages = (roles: readonly Role[], levels: readonly ExperienceLevel[]) =>
  roles.flatMap((role) => levels.map((level) => ({ params: { goal: role.id, level: level.id }, props: { level } })));

/** One step of a path, ready to render. */
export interface PathStepData {
  href: string;
  title: string;
  /** "Associate · SAA-C03". */
  facts: string;
  /** The exam's fee, length and status on the build day (a beta's own fee, a retiring exam's last day). */
  glance: ExamGlance;
  reason: string;
}

/** The steps of a recommendation as the one path template needs them. */
export const pathStepsData = (steps: readonly PathStep[]): PathStepData[] =>
  steps.map((step) => ({
    href: routes.certification(step.cert.slug),
    title: step.cert.title,
    facts: `${categoryLabels[step.cert.category]} · ${step.cert.examCode}`,
    glance: examGlance(step.cert),
    reason: step.reason,
  }));

/**
 * The sentence above a path, for the pre-rendered pages and the reader's own answers alike: "For network engineer
 * goals, with 3 years of hands-on AWS experience, already holding Cloud Practitioner and AI Practitioner."
 */
export function pathSummary(roleName: string, experience: string, heldNames: readonly string[]): string {
  const held = heldNames.length > 0 ? `, already holding ${joinWords(heldNames)}` : ' and no certification yet';
  return `For ${inSentence(roleName)} goals, with ${experience} of hands-on AWS experience${held}.`;
}

/** "1 year", "2.5 years": the reader's own figure, in words that fit pathSummary. */
export const yearsInWords = (years: number): string => `${years} year${years === 1 ? '' : 's'}`;
