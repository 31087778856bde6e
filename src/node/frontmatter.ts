import { parse } from 'yaml';

/** The YAML frontmatter of a Markdown/MDX text, parsed, and the body after it; data is undefined without frontmatter. */
export function frontmatterAndBody(text: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  return match ? { data: parse(match[1] ?? ''), body: text.slice(match[0].length) } : { data: undefined, body: text };
}

/** The YAML frontmatter of a Markdown/MDX text, parsed; undefined when there is none. */
export const parseFrontmatter = (text: string): unknown => frontmatterAndBody(text).data;
