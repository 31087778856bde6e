/** One item of a list written inline in a sentence: plain text, or a link. */
export interface InlineItem {
  label: string;
  href?: string | undefined;
}

/** A piece of an inline list: text to print as is, or a link. */
export type InlineSegment = string | { label: string; href: string };

/**
 * An inline list as prose pieces: "A", "A and B", "A, B and C" (or "or"), with optional text before and after, so a
 * template renders the whole phrase from one expression and no source line break can put a space before a comma
 * or a full stop.
 */
export function inlineListSegments(
  items: readonly InlineItem[],
  options: { conjunction?: 'and' | 'or'; before?: string; after?: string } = {},
): InlineSegment[] {
  const { conjunction = 'and', before = '', after = '' } = options;
  const segments: InlineSegment[] = before ? [before] : [];
  items.forEach((item, i) => {
    if (i > 0) segments.push(i === items.length - 1 ? ` ${conjunction} ` : ', ');
    segments.push(item.href ? { label: item.label, href: item.href } : item.label);
  });
  if (after) segments.push(after);
  return segments;
}
