import type { AstroIntegration } from 'astro';
import { hastPluginIntegration } from './hast-plugin.ts';
import type { HastPluginEntry, HastVisitorContext } from 'satteri';
import { html } from '../views/html.ts';
import { renderScrollRegion } from '../views/scroll-region.ts';

/** The parts of a Sätteri HAST node the plugin reads. */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const elements = (node: HastNode | undefined, tagName?: string): HastNode[] =>
  (node?.children ?? []).filter((child) => child.type === 'element' && (!tagName || child.tagName === tagName));

/** The rows of a table section, or of the table itself when Markdown wrote no sections. */
const rowsOf = (table: HastNode, section: 'thead' | 'tbody'): HastNode[] =>
  elements(table, section).flatMap((part) => elements(part, 'tr'));

/** The text of the nearest h2-h4 before `node` among its siblings (inside a heading link's wrapper or not). */
function precedingHeading(node: HastNode, ctx: HastVisitorContext): string | undefined {
  const parent = ctx.parent(node as never) as HastNode | undefined;
  const index = ctx.indexOf(node as never);
  if (!parent || index === undefined) return undefined;
  for (const sibling of (parent.children ?? []).slice(0, index).reverse()) {
    if (sibling.type !== 'element') continue;
    const heading = /^h[2-4]$/.test(sibling.tagName ?? '')
      ? sibling
      : elements(sibling).find((child) => /^h[2-4]$/.test(child.tagName ?? ''));
    if (heading) return ctx.textContent(heading as never).trim();
  }
  return undefined;
}

/**
 * A Sätteri HAST plugin: every table in a Markdown or MDX body gets the box every other table of the site has
 * (src/views/scroll-region.ts), named by the section it stands in (the nearest heading before it; the column names
 * when there is none), and fits a phone as a card a row: the class `stack` and, on each data cell, its column's name
 * as `data-label`.
 */
export const tableRegionsPlugin: HastPluginEntry = () => ({
  name: 'table-regions',
  element: {
    filter: ['table'],
    visit(node, ctx: HastVisitorContext) {
      const table = node as unknown as HastNode;
      const headers = (rowsOf(table, 'thead')[0] ? elements(rowsOf(table, 'thead')[0]) : []).map((cell) =>
        ctx.textContent(cell as never).trim(),
      );
      for (const row of rowsOf(table, 'tbody'))
        elements(row).forEach((cell, i) => {
          const label = headers[i];
          if (cell.tagName === 'td' && label) ctx.setProperty(cell as never, 'dataLabel', label);
        });
      const classes = table.properties?.['className'];
      ctx.setProperty(node, 'className', [...(Array.isArray(classes) ? classes : []), 'stack']);
      const name = precedingHeading(table, ctx) ?? `Table of ${headers.filter(Boolean).join(', ')}`;
      ctx.wrapNode(node, { raw: renderScrollRegion(name, html``).value });
    },
  },
});

/** Adds the table boxes to Astro's Markdown processor, which MDX shares. */
export default function tableRegions(): AstroIntegration {
  return hastPluginIntegration('table-regions', 'table boxes', tableRegionsPlugin);
}
