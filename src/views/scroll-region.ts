import { html, type SafeHtml } from './html';

/**
 * The box every table (and the roadmap's drawing) sits in: one markup for the .astro templates (ScrollRegion.astro),
 * the views the browser re-renders, client scripts (planner-tool.ts) and Markdown tables
 * (src/integrations/table-regions.ts). A region (a <section> with a name) named by the table's caption, which scrolls sideways when its content
 * is wider than the screen, which the keyboard can reach and scroll (tabindex 0), and whose edge shades where more
 * columns wait (tables.css, `.table-scroll`). A table that should fit a phone instead also gets the class `stack`
 * and a `data-label` on each data cell: on a narrow screen each row becomes a card of labelled values.
 */
export function renderScrollRegion(name: string, content: SafeHtml): SafeHtml {
  return html`<section class="table-scroll" tabindex="0" aria-label="${name}">${content}</section>`;
}
