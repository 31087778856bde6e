/*
 * The text a reader sees on a built page, and the typographic faults a reader would notice in it: a space before
 * punctuation, a sentence glued to the next, doubled spaces. Whitespace is collapsed as a browser collapses it, so
 * only faults a reader can see are reported.
 */

/** Elements whose content is never shown as text. */
const hiddenElements = new Set(['script', 'style', 'template', 'noscript', 'svg', 'head', 'title']);

/** Elements that start a new line of text (block and table boxes, list items, line breaks). */
const blockElements = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'option',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'label',
  'output',
  'select',
  'button',
  'input',
  'textarea',
]);

const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  '#39': "'",
};
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, code: string) => {
    if (/^#x/i.test(code)) return String.fromCodePoint(Number.parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number.parseInt(code.slice(1), 10));
    return entities[code.toLowerCase()] ?? match;
  });

/**
 * The visible lines of an HTML document: text outside hidden elements (and outside anything marked `hidden` or
 * `.sr-only`), one line per block, whitespace collapsed.
 */
export function visibleLines(html: string): string[] {
  const lines: string[] = [];
  let line = '';
  const stack: { tag: string; hidden: boolean }[] = [];
  const isHidden = () => stack.some((e) => e.hidden);
  const flush = () => {
    const text = line.replace(/[ \t\r\n\f]+/g, ' ').trim();
    if (text) lines.push(text);
    line = '';
  };
  const tokens = html.replace(/<!--[\s\S]*?-->/g, '').split(/(<[^>]+>)/);
  for (const token of tokens) {
    if (!token.startsWith('<')) {
      if (!isHidden()) line += decode(token);
      continue;
    }
    const closing = /^<\//.test(token);
    const tag = /^<\/?([a-zA-Z][\w-]*)/.exec(token)?.[1]?.toLowerCase();
    if (!tag) continue;
    if (blockElements.has(tag)) flush();
    if (closing) {
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at >= 0) stack.length = at;
      continue;
    }
    if (voidElements.has(tag) || token.endsWith('/>')) continue;
    const hidden =
      hiddenElements.has(tag) ||
      /\shidden(\s|=|>|\/)/.test(token) ||
      /class="[^"]*\bsr-only\b/.test(token) ||
      /aria-hidden="true"/.test(token);
    stack.push({ tag, hidden });
  }
  flush();
  return lines;
}

/** One typographic fault in a line of visible text. */
export interface TextFault {
  kind: 'space before punctuation' | 'glued sentence' | 'doubled space' | 'doubled full stop';
  /** The fault with a little context. */
  excerpt: string;
}

const checks: { kind: TextFault['kind']; pattern: RegExp }[] = [
  { kind: 'space before punctuation', pattern: /\S[ \u00a0]+[,.;:)?](?=\s|$|[^\w.])/g },
  // ".Word": a full stop glued to a capitalised word (allowing "e.g.", file names such as "changes.xml" and "Node.js").
  { kind: 'glued sentence', pattern: /[a-z)][.!?][A-Z][a-z]/g },
  { kind: 'doubled space', pattern: /\S[ \u00a0]{2,}\S/g },
  // "2027..": two full stops where a note's own stop meets the sentence's (an ellipsis "..." is left alone).
  { kind: 'doubled full stop', pattern: /[^.]\.\.(?!\.)/g },
];

/** Every fault in the visible text of a page. */
export function textFaults(lines: readonly string[]): TextFault[] {
  const faults: TextFault[] = [];
  for (const line of lines) {
    for (const { kind, pattern } of checks) {
      for (const match of line.matchAll(pattern)) {
        const start = Math.max(0, (match.index ?? 0) - 30);
        faults.push({ kind, excerpt: line.slice(start, (match.index ?? 0) + match[0].length + 30) });
      }
    }
  }
  return faults;
}
