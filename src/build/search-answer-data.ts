/*
 * The data search answers read (/data/search-answers/index.json): built from the catalogue on the build day, so adding a
 * certification or changing a fee changes the answers with no code edit. The browser-side reading of it is
 * answers.ts, which must not import this module (it pulls in routes and the catalogue code).
 */
import type { CategoryInfo } from '../schemas/category.ts';
import type { Programme } from '../schemas/programme.ts';
import { allCodes, isAvailable, totalQuestions, type Cert } from '../lib/catalogue/catalogue.ts';
import { MAX_COMPARED, type ComparisonPair } from '../lib/tools/compare.ts';
import type { Day } from '../lib/catalogue/lifecycle-dates.ts';
import type { Catalogue } from './catalogue.ts';
import { standardFeeOf } from '../lib/catalogue/programme.ts';
import { routes } from '../lib/site/routes.ts';
import { nameKey, type AnswerExam, type AnswerLinks, type SearchAnswerDocument } from '../lib/search/answers.ts';

/** Names that read the same to the query reader once ("AWS Certified X" and "X"), the shorter kept. */
function distinctNames(names: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const name of [...names].sort((a, b) => a.length - b.length))
    if (!byKey.has(nameKey(name))) byKey.set(nameKey(name), name);
  return [...byKey.values()];
}

/** The guides the answers send readers to, by slug; a catalogue without one of them links elsewhere. */
export const answerGuides = {
  choosing: 'choosing-a-certification',
  costs: 'validity-recertification-and-costs',
  examsWork: 'how-aws-exams-work',
} as const;

/** A certification as the answers need it: the exam a reader would sit today, else the one its page leads with. */
export function answerExam(cert: Cert): AnswerExam {
  const state = cert.current ?? cert.exam;
  const format = state.format;
  const standard = state.version.format.priceUsd;
  const questions = totalQuestions(format);
  // A beta that sets a figure of its own is not disputed by the standard exam's pages (as on the certification page).
  const disputed: NonNullable<AnswerExam['disputed']> = {};
  for (const conflict of state.version.conflicts ?? [])
    if (!(state.phase === 'beta' && state.version.beta?.format?.[conflict.fact] !== undefined))
      disputed[conflict.fact] = conflict.readings.map((r) => r.value);
  return {
    slug: cert.slug,
    name: cert.shortName,
    code: cert.examCode,
    href: routes.certification(cert.slug),
    category: cert.category,
    status: cert.status,
    bookable: isAvailable(cert),
    names: distinctNames([cert.title, cert.shortName, ...cert.aliases, ...cert.formerNames.map((f) => f.name)]),
    codes: allCodes(cert),
    ...(format.priceUsd !== undefined ? { priceUsd: format.priceUsd } : {}),
    ...(state.phase === 'beta' && standard !== undefined && standard !== format.priceUsd
      ? { standardUsd: standard }
      : {}),
    ...(format.minutes !== undefined ? { minutes: format.minutes } : {}),
    ...(questions !== undefined ? { questions } : {}),
    ...(format.questions?.scored !== undefined ? { scoredQuestions: format.questions.scored } : {}),
    ...(format.passingScore !== undefined ? { passingScore: format.passingScore } : {}),
    ...(format.languages ? { languages: format.languages } : {}),
    ...(format.delivery ? { delivery: format.delivery } : {}),
    renewedBy: cert.recertification.renewedBy,
    ...(Object.keys(disputed).length > 0 ? { disputed } : {}),
  };
}

/** What the answers are built from: the catalogue of the build day. */
export interface AnswerSources {
  today: Day;
  certifications: readonly Cert[];
  categories: readonly CategoryInfo[];
  programme: Programme;
  guides: readonly { slug: string; title: string }[];
  comparisonPairs: readonly ComparisonPair[];
}

/** The document behind /data/search-answers/index.json. */
export function searchAnswerDocument(sources: AnswerSources): SearchAnswerDocument {
  const guide = (slug: string) => {
    const found = sources.guides.find((g) => g.slug === slug);
    return found ? { label: found.title, href: routes.guide(found.slug) } : undefined;
  };
  const links: AnswerLinks = {
    catalogue: { label: 'Every certification in one table', href: routes.catalogue },
    planner: { label: 'Plan your exams and what they cost', href: routes.planner },
    pathFinder: { label: 'Find the path for your role', href: routes.pathFinder },
    choosing: guide(answerGuides.choosing),
    costs: guide(answerGuides.costs),
    examsWork: guide(answerGuides.examsWork),
  };
  const { programme } = sources;
  return {
    generatedOn: sources.today,
    exams: sources.certifications.map(answerExam),
    categories: sources.categories.map((c) => {
      const fee = standardFeeOf(programme, c.id)?.usd;
      return {
        id: c.id,
        summary: c.summary,
        href: routes.category(c.id),
        ...(fee !== undefined ? { feeUsd: fee } : {}),
      };
    }),
    programme: {
      validityYears: programme.validity.years,
      voucherPercentOff: programme.voucher.percentOff,
      retakeWaitDays: programme.retake.waitDays,
      afterPassYears: programme.retake.afterPassYears,
    },
    links,
    pairs: sources.comparisonPairs.map((p) => [p.a.slug, p.b.slug, routes.comparePair(p.slug)]),
    compareWith: routes.compareWith([]),
    maxCompared: MAX_COMPARED,
  };
}

/** The document for the checked catalogue of the build. */
export const searchAnswersOf = (catalogue: Catalogue): SearchAnswerDocument =>
  searchAnswerDocument({
    ...catalogue,
    guides: catalogue.guides.map((g) => ({ slug: g.id, title: g.data.title })),
  });
