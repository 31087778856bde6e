/*
 * Exam codes such as SAA-C03 must never break across lines at their hyphen ("SAA-" / "C03"). CSS cannot forbid a
 * break at a hyphen in running text, so every code in a page's text is wrapped in a no-wrap span once, as the page
 * is built (src/middleware.ts), whatever template or content file it came from.
 */

/** An AWS exam or booking code in running text. */
const CODE = /\b[A-Z][A-Z0-9]{2}-C\d{2}\b/g;

/** Elements whose text must stay plain (or is not text at all). */
const SKIP = new Set(['script', 'style', 'title', 'textarea', 'option', 'svg', 'noscript', 'template']);

/** Wraps every exam code in the text of an HTML document in `<span class="code-nowrap">`, leaving markup alone. */
export function keepCodesWhole(html: string): string {
  const out: string[] = [];
  const skipping: string[] = [];
  // A tag starts with a letter (or / and a letter): a "<" in a minified style sheet, "@media (width<=40rem)", is text
  // inside the style element, and must not swallow its closing tag.
  for (const token of html.split(/(<!--[\s\S]*?-->|<\/?[a-zA-Z][^>]*>)/)) {
    if (token.startsWith('<')) {
      const tag = /^<\/?([a-zA-Z][\w-]*)/.exec(token)?.[1]?.toLowerCase();
      if (tag && SKIP.has(tag)) {
        if (token.startsWith('</')) {
          if (skipping.at(-1) === tag) skipping.pop();
        } else if (!token.endsWith('/>')) skipping.push(tag);
      }
      out.push(token);
    } else {
      out.push(skipping.length > 0 ? token : token.replace(CODE, '<span class="code-nowrap">$&</span>'));
    }
  }
  return out.join('');
}
