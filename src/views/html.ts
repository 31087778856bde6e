/*
 * A tiny HTML template tag for the views that both the build and the browser render (one renderer per view): every
 * interpolated value is escaped unless it is itself the output of `html`. Dependency-free and browser-safe.
 */

/** Markup that is safe to insert as is: produced by `html`, never from raw input. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const replacements: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an element's content or a quoted attribute value. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => replacements[c] ?? c);

/** An AWS exam or booking code in running text: SAA-C03, ME1-C02. */
const EXAM_CODE = /\b[A-Z][A-Z0-9]{2}-C\d{2}\b/g;

/**
 * Escapes text for an element's content and keeps each exam code on one line (a no-wrap span): CSS cannot forbid a
 * break at the hyphen of "SAA-C03", so views wrap codes as they render, in the build and in the browser alike.
 */
export const escapeText = (text: string): string =>
  escapeHtml(text).replace(EXAM_CODE, '<span class="code-nowrap">$&</span>');

/** True when the template so far ends inside a quoted attribute value (`title="…${here}`). */
const inAttribute = (before: string): boolean => /=\s*"[^"]*$/.test(before);

const render = (value: unknown, attribute: boolean): string => {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map((v) => render(v, attribute)).join('');
  if (value === undefined || value === null || value === false) return '';
  return attribute ? escapeHtml(String(value)) : escapeText(String(value));
};

/**
 * `html\`<p>${text}</p>\``: the text is escaped (and its exam codes kept whole); a value inside a quoted attribute is
 * only escaped; nested `html` results and arrays of them are kept.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  return new SafeHtml(
    strings.reduce(
      (out, part, i) => out + part + (i < values.length ? render(values[i], inAttribute(out + part)) : ''),
      '',
    ),
  );
}

/** An attribute only when it has a value: `<a${attr('aria-current', current ? 'page' : undefined)}>`. */
export const attr = (name: string, value: string | undefined): SafeHtml =>
  value === undefined ? new SafeHtml('') : html` ${new SafeHtml(name)}="${value}"`;
