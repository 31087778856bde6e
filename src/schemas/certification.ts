import { z } from 'astro/zod';
import { categories, deliveryModes, questionTypes } from './enums.ts';
import {
  calendarDateSchema,
  lifecycleDateSchema,
  partialDateSchema,
  httpsUrlSchema,
  slugSchema,
  sourceSchema,
} from './common.ts';
import { dateOrderProblems } from '../lib/catalogue/lifecycle-dates.ts';

/** Facts of one exam version that an entry can flag as not yet confirmed; the page marks each one. */
export const versionFacts = [
  'announced',
  'beta',
  'availableFrom',
  'lastDay',
  'minutes',
  'questions',
  'questionTypes',
  'priceUsd',
  'passingScore',
  'languages',
  'delivery',
  'domains',
  'tasks',
] as const;

/** Facts of the certification as a whole that an entry can flag as not yet confirmed. */
export const certificationFacts = [
  'recommendedExperience',
  'coveredServices',
  'recertification',
  'successors',
  'retirement',
] as const;

/** AWS exam codes: three capital letters, a hyphen, C and two digits (CLF-C02). */
export const examCodePattern = /^[A-Z]{3}-C\d{2}$/;

const examCodeSchema = z.string().regex(examCodePattern, {
  error: (issue) =>
    `expected an AWS exam code like "SAA-C03" (three capitals, hyphen, C, two digits), found ${JSON.stringify(issue.input)}`,
});

const enumOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    error: (issue) => `expected one of ${values.join(', ')}, found ${JSON.stringify(issue.input)}`,
  });

const positiveInt = (what: string) =>
  z
    .number()
    .int()
    .positive({ error: (i) => `expected a positive whole number of ${what}, found ${String(i.input)}` });

/** How many questions an exam has: scored and unscored, or only the total when the split is not published. */
export const questionCountSchema = z
  .strictObject({
    /** Questions that count towards the score. */
    scored: positiveInt('scored questions').optional(),
    /** Unscored trial questions mixed in and not marked as such. */
    unscored: z.number().int().nonnegative().optional(),
    /** All questions; needed only when the scored/unscored split is not published. */
    total: positiveInt('questions').optional(),
  })
  .superRefine((q, ctx) => {
    const split = q.scored !== undefined && q.unscored !== undefined;
    if (!split && q.total === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'expected both scored and unscored, or the total when the split is not published; found neither',
      });
    }
    if (split && q.total !== undefined && q.total !== (q.scored ?? 0) + (q.unscored ?? 0)) {
      ctx.addIssue({
        code: 'custom',
        path: ['total'],
        message: `expected the total to equal scored + unscored (${(q.scored ?? 0) + (q.unscored ?? 0)}), found ${q.total}`,
      });
    }
  });

/**
 * The format and cost of one exam version. Every field is optional: a facet AWS has not published (a new version's
 * length, say) is left out and shown as "not yet confirmed", never copied from the previous version.
 */
export const examFormatSchema = z.strictObject({
  /** Time allowed, in minutes. */
  minutes: positiveInt('minutes').optional(),
  /** How many questions, scored and unscored. */
  questions: questionCountSchema.optional(),
  /** The question types the exam guide lists. */
  questionTypes: z.array(enumOf(questionTypes)).min(1).optional(),
  /** The exam fee in US dollars before tax (local prices vary). */
  priceUsd: z
    .number()
    .positive({ error: (i) => `expected a positive price in USD, found ${String(i.input)}` })
    .optional(),
  /** The scaled score needed to pass, on AWS's 100–1000 scale. */
  passingScore: z
    .number()
    .int()
    .min(100, { error: (i) => `expected a score on the 100–1000 scale, found ${String(i.input)}` })
    .max(1000, { error: (i) => `expected a score on the 100–1000 scale, found ${String(i.input)}` })
    .optional(),
  /** Languages the exam is offered in. */
  languages: z.array(z.string().min(2)).min(1).optional(),
  /** How the exam can be taken. */
  delivery: z.array(enumOf(deliveryModes)).min(1).optional(),
});

/** One task statement of an exam domain (AWS numbers them 1.1, 1.2…), in our own words. */
export const taskStatementSchema = z.strictObject({
  /** What a candidate must be able to do, in our own words; never AWS's sentence. */
  task: z
    .string()
    .min(15, { error: (i) => `expected a task in a sentence of your own, found ${JSON.stringify(i.input)}` }),
  /** Ids from content/services.yaml of the services the task leans on most. */
  services: z
    .array(slugSchema)
    .min(1, { error: 'expected at least one service id from content/services.yaml, found none' }),
  /**
   * The fingerprint of AWS's own title for this task (`node tools/exam-guides/title-hash.ts "<title>"`), so the
   * guide-drift check notices when AWS rewrites it; AWS's sentence itself never goes in the content.
   */
  guideTitleHash: z
    .string()
    .regex(/^[0-9a-f]{8}$/, {
      error: (i) => `expected eight hex digits from tools/exam-guides/title-hash.ts, found ${JSON.stringify(i.input)}`,
    })
    .optional(),
});

/** One content domain of an exam guide with its share of the scored questions. */
export const examDomainSchema = z.strictObject({
  /** The domain's name as the exam guide gives it. */
  name: z.string().min(3),
  /** Its weight in percent; either every domain of a version has one and they add up to 100, or none has. */
  weight: z.number().positive().max(100).optional(),
  /** Its task statements in the exam guide's order; required for every version a reader can still sit. */
  tasks: z.array(taskStatementSchema).min(1).optional(),
});

/** Kinds of official study material AWS publishes for an exam version. */
export const resourceKinds = [
  'exam-guide',
  'sample-questions',
  'practice-question-set',
  'exam-prep-plan',
  'whitepaper',
  'documentation',
] as const;

/** One official AWS study resource for an exam version. Third-party courses are out of scope. */
export const studyResourceSchema = z.strictObject({
  /** What kind of material it is. */
  kind: enumOf(resourceKinds),
  /** Its title as AWS gives it. */
  title: z.string().min(5),
  /** Where it lives: an AWS-owned address (aws.amazon.com, docs.aws.amazon.com, skillbuilder.aws…). */
  url: httpsUrlSchema,
  /** Whether it can be used without paying (a free Skill Builder account counts as free). */
  free: z.boolean(),
  /** The day of the evidence that it exists for this version (never the day of the edit). */
  checked: calendarDateSchema,
  /** The domains (numbered from 1, as in the exam guide) it serves most; leave out when it serves the whole exam. */
  domains: z.array(z.number().int().positive()).min(1).optional(),
  /** Why its address or its fit to this version is not confirmed, when it is not; the page marks it unverified. */
  unverified: z.string().min(10).optional(),
});

/** The beta of an exam version: when it runs and, where they differ from the standard exam, its format and price. */
export const betaSchema = z.strictObject({
  /** The first day the beta can be sat. */
  from: lifecycleDateSchema.optional(),
  /** The last day the beta can be sat. */
  until: lifecycleDateSchema.optional(),
  /** What differs from the standard exam (length, question count, price, languages…). */
  format: examFormatSchema.optional(),
});

/** The exam guide of one version on docs.aws.amazon.com. */
export const examGuideSchema = z.strictObject({
  /** Where the guide is published. */
  url: httpsUrlSchema,
  /** The guide's own revision, e.g. "1.1", when AWS revises it without changing the exam code. */
  revision: z.string().min(1).optional(),
  /** When that revision was published. */
  published: partialDateSchema.optional(),
});

/** A fact the entry could not confirm, shown flagged on the page. */
const unverifiedSchema = <const T extends readonly [string, ...string[]]>(facts: T) =>
  z.strictObject({
    /** Which fact is unconfirmed. */
    fact: enumOf(facts),
    /** What is uncertain and what the sources say. */
    note: z.string().min(10),
  });

/** Format figures on which AWS's own pages can disagree; each is a number on the version's `format`. */
export const conflictingFacts = ['minutes', 'priceUsd', 'passingScore'] as const;

/** One reading of a disputed figure: the value and the AWS page that gives it. */
export const factReadingSchema = z.strictObject({
  /** The figure as this page gives it. */
  value: z.number().positive(),
  /** Which page says so, in a few words a reader understands ("AWS's exam guide", "AWS's exam page"). */
  where: z.string().min(5),
  /** The page's address. */
  url: httpsUrlSchema,
});

/**
 * A figure AWS's own pages disagree on. The page shows every reading with its source instead of choosing one
 * silently; `format` keeps the reading the exam guide gives, which the guide-drift check compares.
 */
export const factConflictSchema = z.strictObject({
  /** Which figure. */
  fact: enumOf(conflictingFacts),
  /** At least two readings, the exam guide's first. */
  readings: z.array(factReadingSchema).min(2, { error: 'expected at least two readings of a disputed figure' }),
  /** What a candidate should make of it, in a sentence of our own. */
  note: z.string().min(20).optional(),
});

/** One version of a certification's exam (SAP-C02, SAP-C03…), with its own dates, format, outline and sources. */
export const examVersionSchema = z
  .strictObject({
    /** The exam code, e.g. "SAP-C03". */
    code: examCodeSchema,
    /** A different code used when booking, e.g. "ME1-C02" for the MLA-C02 beta. */
    appointmentCode: z
      .string()
      .regex(/^[A-Z0-9]{3}-C\d{2}$/, {
        error: (issue) => `expected a booking code like "ME1-C02", found ${JSON.stringify(issue.input)}`,
      })
      .optional(),
    /** When AWS announced this version. */
    announced: lifecycleDateSchema.optional(),
    /** Its beta, if it had one. */
    beta: betaSchema.optional(),
    /**
     * The first day of the standard (non-beta) exam. Left out for a version still in beta, or for an old version
     * whose first day was never recorded (it then counts as offered until its last day or its successor).
     */
    availableFrom: lifecycleDateSchema.optional(),
    /** The last day it can be sat. */
    lastDay: lifecycleDateSchema.optional(),
    /** Format and cost of the standard exam; leave out what AWS has not published. */
    format: examFormatSchema.default({}),
    /** The content domains; leave out while AWS has not published the outline. */
    domains: z.array(examDomainSchema).min(1).optional(),
    /** What a reader should know about this version's dates or languages, in one or two sentences of our own. */
    note: z.string().min(20).optional(),
    /** What is known of an outline not yet published in full, in our own words. */
    outlineNote: z.string().min(20).optional(),
    /** What this version changed, in one sentence of our own; the changes log quotes it. */
    changeNote: z.string().min(20).optional(),
    /** Its exam guide. */
    guide: examGuideSchema.optional(),
    /** Official study material for this version. */
    resources: z.array(studyResourceSchema).default([]),
    /** Where this version's facts come from. */
    sources: z.array(sourceSchema).min(1, { error: 'expected at least one source for the exam version, found none' }),
    /** Facts of this version still unconfirmed. */
    unverified: z.array(unverifiedSchema(versionFacts)).default([]),
    /** Figures on which AWS's own pages disagree, each with every reading and its source. */
    conflicts: z.array(factConflictSchema).min(1).optional(),
  })
  .superRefine((version, ctx) => {
    (version.conflicts ?? []).forEach((conflict, i) => {
      const recorded = version.format[conflict.fact];
      if (recorded !== undefined && conflict.readings[0]?.value !== recorded) {
        ctx.addIssue({
          code: 'custom',
          path: ['conflicts', i, 'readings', 0, 'value'],
          message: `expected the first reading to be the one format.${conflict.fact} records (${recorded}), found ${String(conflict.readings[0]?.value)}`,
        });
      }
    });
    const weights = (version.domains ?? []).map((d) => d.weight);
    const weighted = weights.filter((w) => w !== undefined);
    if (weighted.length > 0 && weighted.length < weights.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['domains'],
        message: `expected a weight on every domain or on none, found ${weighted.length} of ${weights.length}`,
      });
    } else if (weighted.length > 0) {
      const total = weighted.reduce((sum, w) => sum + w, 0);
      if (Math.abs(total - 100) > 0.001) {
        ctx.addIssue({
          code: 'custom',
          path: ['domains'],
          message: `expected domain weights to add up to 100, found ${total} (${weighted.join(' + ')})`,
        });
      }
    }
    for (const problem of dateOrderProblems(version)) ctx.addIssue({ code: 'custom', ...problem });
  });

/** A name the certification used to carry, and until when. */
export const formerNameSchema = z.strictObject({
  /** The old full name, e.g. "AWS Certified SysOps Administrator – Associate". */
  name: z.string().min(3),
  /** The last day (or month) the old name was in use. */
  until: partialDateSchema,
  /** The slug the old name had as a URL; it redirects to this certification. */
  slug: slugSchema.optional(),
});

/** A renewal route that sources disagree on: shown as unverified, with both readings. */
export const contestedRenewalSchema = z.strictObject({
  /** The certification (slug) some sources say also renews this one. */
  by: slugSchema,
  /** Both readings and who gives each. */
  note: z.string().min(20),
});

/** Ways to keep the certification current once earned (for the term in content/programme.yaml). */
export const recertificationSchema = z.strictObject({
  /** Certifications (slugs) whose current exam, when passed, renews this one; usually itself first. */
  renewedBy: z
    .array(slugSchema)
    .min(1, { error: 'expected at least the certification itself under renewedBy, found none' }),
  /** Routes that sources disagree on; never used by the planner, shown flagged. */
  contested: z.array(contestedRenewalSchema).default([]),
  /** Other options in words, such as AWS Cloud Quest for Cloud Practitioner. */
  otherOptions: z.array(z.string().min(5)).default([]),
});

/** AWS's announcement that the certification itself ends: its last day is the final version's `lastDay`. */
export const retirementSchema = z.strictObject({
  /** When AWS announced it. */
  announced: lifecycleDateSchema.optional(),
  /** What a reader should know: a successor or its absence, dates that differ between AWS pages. */
  note: z.string().min(20).optional(),
  /** Where the announcement can be checked. */
  sources: z.array(sourceSchema).min(1, { error: 'expected at least one source for the retirement, found none' }),
});

/** One AWS certification: one file under content/certifications/<slug>.mdx; its slug is its stable URL. */
export const certificationSchema = z
  .strictObject({
    /** The full official name, e.g. "AWS Certified Solutions Architect – Associate". */
    title: z.string().min(5),
    /** A short name for tables and links, e.g. "Solutions Architect – Associate". */
    shortName: z.string().min(3),
    /** One or two sentences for search engines and link previews. */
    description: z.string().min(20).max(200),
    /** Nicknames and abbreviations readers search for, e.g. ["SAA", "SA Associate"]; exam codes come from versions. */
    aliases: z.array(z.string().min(2)).default([]),
    /** The category AWS places it in: one of the four levels, or Business. */
    category: enumOf(categories),
    /** What the certification is about, in one line. */
    focus: z.string().min(10).max(160),
    /** Role ids (content/roles.yaml) it suits. */
    roles: z.array(slugSchema).default([]),
    /** Its exam versions, newest first. Status and the current version are computed from their dates. */
    versions: z.array(examVersionSchema).min(1, { error: 'expected at least one exam version, found none' }),
    /** Set when AWS has announced that the certification ends (not just one version). */
    retirement: retirementSchema.optional(),
    /** Certifications (slugs) AWS itself names as successors. */
    successors: z.array(slugSchema).default([]),
    /** Our own suggestions (slugs) of where to go instead once it ends, where AWS names no successor. */
    alternatives: z.array(slugSchema).default([]),
    /** Names it carried before, e.g. SysOps Administrator – Associate. */
    formerNames: z.array(formerNameSchema).default([]),
    /** Service ids (content/services.yaml) the exam guide stresses. */
    coveredServices: z.array(slugSchema).default([]),
    /** The experience AWS recommends before attempting the exam. */
    recommendedExperience: z.string().min(10),
    /** Certifications (slugs) we recommend holding first; AWS makes none mandatory. */
    recommendedPrior: z.array(slugSchema).default([]),
    /** How to keep it current. */
    recertification: recertificationSchema,
    /** AWS's own pages for it. */
    links: z.strictObject({
      /** The certification's page on aws.amazon.com. */
      officialPage: httpsUrlSchema,
    }),
    /** Where the facts about the certification as a whole come from (experience, services, renewal). */
    sources: z.array(sourceSchema).min(1, { error: 'expected at least one source for the certification, found none' }),
    /** Facts about the certification as a whole still unconfirmed; the page marks each one. */
    unverified: z.array(unverifiedSchema(certificationFacts)).default([]),
  })
  .superRefine((cert, ctx) => {
    const codes = cert.versions.map((v) => v.code);
    codes.forEach((code, i) => {
      if (codes.indexOf(code) !== i) {
        ctx.addIssue({
          code: 'custom',
          path: ['versions', i, 'code'],
          message: `expected each version once, found ${code} twice`,
        });
      }
    });
    if (cert.retirement && !cert.versions[0]?.lastDay) {
      ctx.addIssue({
        code: 'custom',
        path: ['versions', 0, 'lastDay'],
        message: `expected a lastDay on the newest version (${codes[0]}) because a retirement is recorded; found none`,
      });
    }
    for (const field of ['successors', 'alternatives'] as const) {
      cert[field].forEach((slug, i) => {
        if (field === 'alternatives' && cert.successors.includes(slug)) {
          ctx.addIssue({
            code: 'custom',
            path: [field, i],
            message: `expected alternatives that AWS does not already name as successors, found "${slug}" in both`,
          });
        }
      });
    }
  });

export type Certification = z.infer<typeof certificationSchema>;
export type ExamVersion = z.infer<typeof examVersionSchema>;
export type ExamFormat = z.infer<typeof examFormatSchema>;
export type ExamDomain = z.infer<typeof examDomainSchema>;
export type StudyResource = z.infer<typeof studyResourceSchema>;
export type ResourceKind = (typeof resourceKinds)[number];
export type VersionFact = (typeof versionFacts)[number];
export type CertificationFact = (typeof certificationFacts)[number];
export type { VersionPhase } from './enums.ts';
export { categories, deliveryModes, questionTypes };
