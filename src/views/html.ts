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

const render = (value: unknown): string => {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(String(value));
};

/** `html\`<p>${text}</p>\``: the text is escaped; nested `html` results and arrays of them are kept. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  return new SafeHtml(strings.reduce((out, part, i) => out + part + (i < values.length ? render(values[i]) : ''), ''));
}

/** An attribute only when it has a value: `<a${attr('aria-current', current ? 'page' : undefined)}>`. */
export const attr = (name: string, value: string | undefined): SafeHtml =>
  value === undefined ? new SafeHtml('') : html` ${new SafeHtml(name)}="${value}"`;
