/*
 * The fixed vocabularies of the content model, kept free of zod so browser code can import them
 * without pulling the schema library into a page's JavaScript.
 */

/** The four levels AWS sorts its certifications into, from entry level to deep specialism. */
export const tiers = ['foundational', 'associate', 'professional', 'specialty'] as const;

/** Where a certification is in its life. */
export const statuses = ['active', 'beta', 'retiring', 'retired'] as const;

/** The kinds of question AWS exams use. */
export const questionTypes = ['multiple-choice', 'multiple-response', 'ordering', 'matching', 'case-study'] as const;

/** How a candidate can sit the exam. */
export const deliveryModes = ['test-centre', 'online-proctored'] as const;

export type Tier = (typeof tiers)[number];
export type Status = (typeof statuses)[number];
export type QuestionType = (typeof questionTypes)[number];
