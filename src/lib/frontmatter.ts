import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** The YAML frontmatter of a Markdown/MDX text, parsed; undefined when there is none. */
export function parseFrontmatter(text: string): unknown {
  const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  return yaml === undefined ? undefined : parse(yaml);
}

/** Every certification file's raw frontmatter, for tools that run outside Astro (config, scripts). */
export function readCertificationFiles(dir: string): { slug: string; file: string; data: unknown }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      return { slug: path.basename(name, '.mdx'), file, data: parseFrontmatter(readFileSync(file, 'utf8')) };
    });
}
