import { readYaml, type ReadYaml } from './yaml-loader.ts';

/**
 * The YAML frontmatter of a Markdown/MDX text, parsed, and the body after it; data is undefined without frontmatter.
 * A YAML syntax error throws a content problem naming `file` and the line in the file.
 */
export function frontmatterAndBody(
  text: string,
  file = '(frontmatter)',
): { data: unknown; body: string; yaml: ReadYaml | undefined } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { data: undefined, body: text, yaml: undefined };
  const yaml = readYaml(file, match[1] ?? '', 2);
  return { data: yaml.data, body: text.slice(match[0].length), yaml };
}

/** The YAML frontmatter of a Markdown/MDX text, parsed; undefined when there is none. */
export const parseFrontmatter = (text: string): unknown => frontmatterAndBody(text).data;
