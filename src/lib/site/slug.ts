/**
 * The one pattern of a slug, the identifier of a certification, service, role or change: lower-case letters and
 * digits in words joined by single hyphens (`solutions-architect-associate`, `amazon-s3`). The content schemas, the
 * path finder's address and `npm run new:cert` all check it here.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether `text` is a slug. */
export const isSlug = (text: string): boolean => SLUG_PATTERN.test(text);
