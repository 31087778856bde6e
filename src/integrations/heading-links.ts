import type { AstroIntegration } from 'astro';
import { hastPluginIntegration } from './hast-plugin.ts';
import Slugger from 'github-slugger';
import type { HastPluginEntry, HastVisitorContext } from 'satteri';
import { sectionLinkLabel } from '../lib/site/navigation.ts';

/** The parts of a Sätteri HAST element the plugin reads. */
interface HastHeading {
  tagName: string;
  properties?: Record<string, unknown>;
}

/**
 * A Sätteri HAST plugin (Astro 7's Markdown and MDX processor, its counterpart of a rehype plugin): every h2 and h3 in
 * a Markdown or MDX body gets its id (the same slug Astro would give it) and a link to it beside the heading, named
 * "Section titled “…”" by the heading's own text, with the visible "#" hidden from screen readers and the label kept out
 * of the search index. A factory, so each document numbers repeated headings ("costs", "costs-1") on its own.
 */
export const headingLinksPlugin: HastPluginEntry = () => {
  const slugger = new Slugger();
  return {
    name: 'heading-links',
    element: {
      filter: ['h2', 'h3'],
      visit(node: HastHeading, ctx: HastVisitorContext) {
        const text = ctx.textContent(node as never).trim();
        const written = node.properties?.['id'];
        const id = typeof written === 'string' ? written : slugger.slug(text);
        if (typeof written !== 'string') ctx.setProperty(node as never, 'id', id);
        const anchor = {
          type: 'element' as const,
          tagName: 'a',
          properties: { className: ['anchor'], href: `#${id}`, dataPagefindIgnore: true },
          children: [
            {
              type: 'element' as const,
              tagName: 'span',
              properties: { ariaHidden: 'true' },
              children: [{ type: 'text' as const, value: '#' }],
            },
            {
              type: 'element' as const,
              tagName: 'span',
              properties: { className: ['sr-only'] },
              children: [{ type: 'text' as const, value: sectionLinkLabel(text) }],
            },
          ],
        };
        ctx.wrapNode(node as never, {
          type: 'element',
          tagName: 'div',
          properties: { className: ['heading'] },
          children: [anchor],
        });
      },
    },
  };
};

/** Adds the heading anchors to Astro's Markdown processor, which MDX shares. */
export default function headingLinks(): AstroIntegration {
  return hastPluginIntegration('heading-links', 'heading anchors', headingLinksPlugin);
}
