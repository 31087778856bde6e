/*
 * Exam codes such as SAA-C03 must never break across lines at their hyphen ("SAA-" / "C03"). CSS cannot forbid a
 * break at a hyphen in running text, so every code in a page's text is wrapped in a no-wrap span once, as the page
 * is built (src/middleware.ts), whatever template or content file it came from. The page is read with an HTML
 * tokenizer (htmlparser2), so only text nodes change: attributes, comments, scripts and styles are copied as written.
 */
import { Parser } from 'htmlparser2';

/** An AWS exam or booking code in running text. */
const CODE = /\b[A-Z][A-Z0-9]{2}-C\d{2}\b/g;

/** Elements whose text must stay plain (or is not text at all). */
const SKIP = new Set(['script', 'style', 'title', 'textarea', 'option', 'svg', 'noscript', 'template']);

/** Wraps every exam code in the text of an HTML document in `<span class="code-nowrap">`, leaving markup alone. */
export function keepCodesWhole(html: string): string {
  const out: string[] = [];
  let copied = 0;
  let skipping = 0;
  /** For each open element, whether its text is left alone. */
  const open: boolean[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        // Views already keep the codes they render whole (src/views/html.ts): no span inside a span.
        const wrapped = name === 'span' && attributes['class']?.split(/\s+/).includes('code-nowrap');
        open.push(SKIP.has(name) || Boolean(wrapped));
        if (open.at(-1)) skipping++;
      },
      onclosetag() {
        if (open.pop() && skipping > 0) skipping--;
      },
      ontext(text) {
        if (skipping > 0 || !CODE.test(text)) return;
        CODE.lastIndex = 0;
        out.push(html.slice(copied, parser.startIndex), text.replace(CODE, '<span class="code-nowrap">$&</span>'));
        copied = parser.endIndex + 1;
      },
    },
    { decodeEntities: false, recognizeSelfClosing: true },
  );
  parser.end(html);
  out.push(html.slice(copied));
  return out.join('');
}
