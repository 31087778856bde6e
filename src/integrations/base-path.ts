import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { rebaseLink, rootRoutes, withBase } from '../lib/site/routes.ts';
import { escapeHtml } from '../views/html.ts';

/** Elements whose address attribute a reader's browser follows or fetches. */
const linkAttributeOf: Record<string, 'href' | 'src'> = {
  a: 'href',
  area: 'href',
  link: 'href',
  img: 'src',
  source: 'src',
};
const linkTags = Object.keys(linkAttributeOf);

/** The parts of a Sätteri HAST node and visitor context the plugin touches. */
interface HastElement {
  tagName: string;
  properties: Record<string, unknown>;
}
interface MdxJsxElement {
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}
interface VisitorContext {
  setProperty(node: object, key: string, value: unknown): void;
}

/** The rebased address for a link attribute's value, or undefined when it stays as it is. */
function rebased(value: unknown, base: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const moved = rebaseLink(value, base);
  return moved === value ? undefined : moved;
}

/**
 * A Sätteri HAST plugin (Astro 7's Markdown and MDX processor): root-relative links written in Markdown and MDX
 * bodies ("[x](/certifications/y/)", `<a href="/…">`) point under the site's base path, so content is written once
 * for every deployment.
 */
export function baseLinksPlugin(base: string) {
  return {
    name: 'base-path-links',
    element: {
      filter: linkTags,
      visit(node: HastElement, ctx: VisitorContext) {
        const attribute = linkAttributeOf[node.tagName];
        const value = attribute && rebased(node.properties[attribute], base);
        if (attribute && value) ctx.setProperty(node, attribute, value);
      },
    },
    ...Object.fromEntries(
      (['mdxJsxFlowElement', 'mdxJsxTextElement'] as const).map((type) => [
        type,
        {
          filter: linkTags,
          visit(node: MdxJsxElement, ctx: VisitorContext) {
            const attribute = linkAttributeOf[node.name ?? ''];
            const written = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === attribute);
            const value = attribute && rebased(written?.value, base);
            if (attribute && value) ctx.setProperty(node, attribute, value);
          },
        },
      ]),
    ),
  };
}

/**
 * The page a former address serves: a valid HTML document (language, character set, title) that sends the browser on
 * at once, names the new address for search engines, and links it for a reader whose browser does not follow.
 * Astro's own stub has no `lang`, no `<html>`, and a refresh value without the space the HTML standard asks for.
 */
export function redirectStubHtml(to: string, canonical: string): string {
  const href = escapeHtml(to);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>Moved to ${href}</title>`,
    `<meta http-equiv="refresh" content="0; url=${href}">`,
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${escapeHtml(canonical)}">`,
    '</head>',
    `<body><p>This page has moved to <a href="${href}">${href}</a>.</p></body>`,
    '</html>',
    '',
  ].join('\n');
}

/**
 * Makes the build work under its final base path (the config's `base` or `astro build --base /repo/`): adds the
 * plugin above to the Markdown processor, which MDX shares, and points `redirects` (written root-relative,
 * from → to) at pages under the base; Astro adds the base to a redirect's source but not to its destination.
 * At the domain's root (base "/") the build is exactly what it is without this integration.
 */
export default function basePath({ redirects = {} }: { redirects?: Record<string, string> } = {}): AstroIntegration {
  let base = rootRoutes.home;
  let site: string | undefined;
  return {
    name: 'base-path',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        base = config.base;
        site = config.site;
        updateConfig({
          redirects: Object.fromEntries(
            Object.entries(redirects).map(([from, to]) => [from, withBase(to, config.base)]),
          ),
        });
        if (withBase('/', config.base) === '/') return;
        const processor = config.markdown.processor;
        // Sätteri's options are read when each file is rendered, so plugins added here apply (its documented hook).
        if (processor.name !== 'satteri')
          throw new Error(`base-path: links in Markdown need the Sätteri processor, found "${processor.name}"`);
        (processor.options as { hastPlugins: unknown[] }).hastPlugins.push(baseLinksPlugin(config.base));
      },
      // Astro writes a stub page for each redirect; each is replaced by a valid one (redirectStubHtml).
      'astro:build:done': ({ dir }) => {
        for (const [from, to] of Object.entries(redirects)) {
          const file = path.join(fileURLToPath(dir), from, 'index.html');
          if (!existsSync(file)) throw new Error(`base-path: Astro wrote no redirect page for ${from}`);
          const target = withBase(to, base);
          writeFileSync(file, redirectStubHtml(target, site ? new URL(target, site).href : target));
        }
      },
    },
  };
}
