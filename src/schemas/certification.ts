import { z } from 'astro/zod';
import { deliveryModes, questionTypes, statuses, tiers } from './enums';
import { calendarDateSchema, httpsUrlSchema, partialDateSchema, slugSchema, sourceSchema } from './common';

/** The facts a certification entry can flag as not yet confirmed; pages mark them as unverified. */
export const verifiableFacts = [
  'launchedOn',
  'retiringOn',
  'retiredOn',
  'exam.minutes',
  'exam.questions',
  'exam.questionTypes',
  'exam.priceUsd',
  'exam.passingScore',
  'exam.languages',
  'exam.delivery',
  'domains',
  'recommendedExperience',
  'coveredServices',
  'recertification',
  'successors',
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

/** The format and cost of the exam as it is sat today (or was, for a retired exam). */
export const examFactsSchema = z.strictObject({
  /** Time allowed, in minutes. */
  minutes: z
    .number()
    .int()
    .positive({ error: (i) => `expected a positive number of minutes, found ${String(i.input)}` }),
  /** How many questions count towards the score and how many are unscored trial items. */
  questions: z.strictObject({
    /** Questions that count towards the score. */
    scored: z.number().int().positive(),
    /** Unscored trial questions mixed in and not marked as such. */
    unscored: z.number().int().nonnegative(),
  }),
  /** The question types the exam guide lists. */
  questionTypes: z.array(enumOf(questionTypes)).min(1),
  /** The exam fee in US dollars before tax (local prices vary). */
  priceUsd: z.number().positive({ error: (i) => `expected a positive price in USD, found ${String(i.input)}` }),
  /** The scaled score needed to pass, on AWS's 100–1000 scale. */
  passingScore: z
    .number()
    .int()
    .min(100, { error: (i) => `expected a score on the 100–1000 scale, found ${String(i.input)}` })
    .max(1000, { error: (i) => `expected a score on the 100–1000 scale, found ${String(i.input)}` }),
  /** Languages the exam is offered in; empty when not confirmed. */
  languages: z.array(z.string().min(2)).default([]),
  /** How the exam can be taken. */
  delivery: z.array(enumOf(deliveryModes)).min(1),
});

/** One content domain of the exam guide with its share of the scored questions. */
export const examDomainSchema = z.strictObject({
  /** The domain's name as the exam guide gives it. */
  name: z.string().min(3),
  /** Its weight in percent; the weights of all domains add up to 100. */
  weight: z.number().positive().max(100),
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

/** A fact the entry could not confirm, shown flagged on the page. */
export const unverifiedFactSchema = z.strictObject({
  /** Which fact is unconfirmed. */
  fact: enumOf(verifiableFacts),
  /** What is uncertain and what the sources say. */
  note: z.string().min(10),
});

/** Ways to keep the certification current once earned (valid three years). */
export const recertificationSchema = z.strictObject({
  /** Certifications (slugs) whose current exam, when passed, renews this one; usually itself first. */
  renewedBy: z.array(slugSchema).min(1, { error: 'list at least the certification itself under renewedBy' }),
  /** Other options in words, such as AWS Cloud Quest for Cloud Practitioner. */
  otherOptions: z.array(z.string().min(5)).default([]),
});

/** One AWS certification family: one file under content/certifications/<slug>.mdx. */
export const certificationSchema = z
  .strictObject({
    /** The full official name, e.g. "AWS Certified Solutions Architect – Associate". */
    title: z.string().min(5),
    /** A short name for tables and links, e.g. "Solutions Architect – Associate". */
    shortName: z.string().min(3),
    /** One or two sentences for search engines and link previews. */
    description: z.string().min(20).max(200),
    /** Nicknames and abbreviations readers search for, e.g. ["SAA", "SA Associate"]. */
    aliases: z.array(z.string().min(2)).default([]),
    /** The current exam code. */
    examCode: examCodeSchema,
    /** Codes of earlier versions of the same exam, newest first. */
    earlierCodes: z.array(examCodeSchema).default([]),
    /** The tier AWS places it in. */
    tier: enumOf(tiers),
    /** Where it is in its life. */
    status: enumOf(statuses),
    /** When the current exam version became generally available. */
    launchedOn: partialDateSchema.optional(),
    /** The announced last day to sit the exam, for a retiring certification. */
    retiringOn: partialDateSchema.optional(),
    /** The last day the exam could be taken, for a retired certification. */
    retiredOn: partialDateSchema.optional(),
    /** Where a reader should go instead once it is retired (slugs). */
    successors: z.array(slugSchema).default([]),
    /** Names it carried before, e.g. SysOps Administrator – Associate. */
    formerNames: z.array(formerNameSchema).default([]),
    /** What the certification is about, in one line. */
    focus: z.string().min(10).max(160),
    /** Role ids (content/roles.yaml) it suits. */
    roles: z.array(slugSchema).default([]),
    /** Exam format and cost. */
    exam: examFactsSchema,
    /** Content domains with weights summing to 100. */
    domains: z.array(examDomainSchema).min(1),
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
      /** The exam guide on docs.aws.amazon.com, when one is still published. */
      examGuide: httpsUrlSchema.optional(),
    }),
    /** Where the facts come from. */
    sources: z.array(sourceSchema).min(1, { error: 'every certification needs at least one source' }),
    /** The day the facts were last checked. */
    lastVerified: calendarDateSchema,
    /** Facts still unconfirmed; the page marks each one. */
    unverified: z.array(unverifiedFactSchema).default([]),
  })
  .superRefine((cert, ctx) => {
    const total = cert.domains.reduce((sum, domain) => sum + domain.weight, 0);
    if (Math.abs(total - 100) > 0.001) {
      ctx.addIssue({
        code: 'custom',
        path: ['domains'],
        message: `expected domain weights to add up to 100, found ${total} (${cert.domains.map((d) => d.weight).join(' + ')})`,
      });
    }
    if (cert.status === 'retired' && !cert.retiredOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['retiredOn'],
        message: "expected a retiredOn date ('YYYY-MM-DD' or 'YYYY-MM') because status is retired, found none",
      });
    }
    if (cert.status === 'retiring' && !cert.retiringOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['retiringOn'],
        message: 'expected a retiringOn date because status is retiring, found none',
      });
    }
    if (cert.status === 'retired' && cert.successors.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['successors'],
        message: 'expected at least one successor: a retired certification must say where to go now',
      });
    }
    if (cert.status !== 'retired' && cert.retiredOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['status'],
        message: `expected status retired because retiredOn is set (${cert.retiredOn}), found ${cert.status}`,
      });
    }
    if (cert.earlierCodes.includes(cert.examCode)) {
      ctx.addIssue({
        code: 'custom',
        path: ['earlierCodes'],
        message: `expected earlier codes to differ from the current code, found ${cert.examCode} in both`,
      });
    }
  });

export type Certification = z.infer<typeof certificationSchema>;
export type { QuestionType, Status, Tier } from './enums';
export { deliveryModes, questionTypes, statuses, tiers };
export type ExamDomain = z.infer<typeof examDomainSchema>;
export type VerifiableFact = (typeof verifiableFacts)[number];
