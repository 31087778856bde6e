/*
 * The fixed vocabularies of the content model, kept free of zod so browser code can import them
 * without pulling the schema library into a page's JavaScript.
 */

/**
 * The groups AWS sorts its certifications into: the four technical levels from entry level to deep specialism,
 * and the Business category (AI Business Strategist) that sits outside that ladder.
 */
export const categories = ['foundational', 'associate', 'professional', 'specialty', 'business'] as const;

/**
 * Where a certification is in its life on a given day. Never typed by hand: computed from its versions' dates
 * (src/lib/catalogue/lifecycle.ts).
 */
export const statuses = ['upcoming', 'beta', 'active', 'retiring', 'retired'] as const;

/**
 * Where one exam version is on a given day: announced but not yet bookable, in beta, between the end of its beta
 * and its first standard day, the standard exam, or ended.
 */
export const versionPhases = ['upcoming', 'beta', 'beta-closed', 'standard', 'ended'] as const;

/** The kinds of question AWS exams use. */
export const questionTypes = ['multiple-choice', 'multiple-response', 'ordering', 'matching', 'case-study'] as const;

/** How a candidate can sit the exam. */
export const deliveryModes = ['test-centre', 'online-proctored'] as const;

/** Who stands behind a source: AWS itself, a verbatim copy of an AWS page, or an independent third party. */
export const sourceOrigins = ['aws', 'aws-copy', 'independent'] as const;

export type Category = (typeof categories)[number];
export type Status = (typeof statuses)[number];
export type VersionPhase = (typeof versionPhases)[number];
export type QuestionType = (typeof questionTypes)[number];
export type DeliveryMode = (typeof deliveryModes)[number];
