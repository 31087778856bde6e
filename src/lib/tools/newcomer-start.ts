/*
 * The home page's start for newcomers: the Foundational exams a reader can book today, who each suits, what it costs
 * and how long it takes, computed from the catalogue so a new, beta or retiring Foundational exam changes it.
 */
import { isAvailable, sortCertifications, type Cert } from '../catalogue/catalogue.ts';
import { examGlance, type ExamGlance } from './exam-glance.ts';
import { routes } from '../site/routes.ts';

/** The guide that helps a reader choose (content/guides/<slug>.mdx), which the home page links newcomers to. */
export const CHOOSING_GUIDE = 'choosing-a-certification';

/** One Foundational exam as the start for newcomers shows it. */
export interface StarterExam extends ExamGlance {
  slug: string;
  href: string;
  name: string;
  code: string;
  /** Who it suits, in AWS's words: the experience it recommends before the exam. */
  suits: string;
}

/**
 * The Foundational exams a reader can book today, at a glance: `first` (the path finder's usual first exam,
 * content/path-finder.yaml) leads, the others follow in catalogue order.
 */
export function starterExams(certs: readonly Cert[], first?: string): StarterExam[] {
  const foundational = sortCertifications(certs.filter((c) => c.category === 'foundational' && isAvailable(c)));
  const ordered = [...foundational.filter((c) => c.slug === first), ...foundational.filter((c) => c.slug !== first)];
  return ordered.map((cert) => ({
    slug: cert.slug,
    href: routes.certification(cert.slug),
    name: cert.shortName,
    code: cert.examCode,
    suits: cert.recommendedExperience,
    ...examGlance(cert),
  }));
}

/**
 * The choosing guide's address, title and description; the guides index where a site has no such guide (a fixture
 * site; the real catalogue's tests check that it has one).
 */
export function choosingGuide(guides: readonly { id: string; data: { title: string; description: string } }[]): {
  href: string;
  title: string;
  description: string;
} {
  const guide = guides.find((g) => g.id === CHOOSING_GUIDE);
  if (!guide) {
    return {
      href: routes.guides,
      title: 'The guides',
      description: 'Long-form guides to choosing a certification, how the exams work and what they cost.',
    };
  }
  return { href: routes.guide(CHOOSING_GUIDE), title: guide.data.title, description: guide.data.description };
}
