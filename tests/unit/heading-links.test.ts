import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { headingLinksPlugin } from '../../src/integrations/heading-links';

const html = async (markdown: string) =>
  (await markdownToHtml(markdown, { hastPlugins: [headingLinksPlugin] })).html.trim();

describe('heading links in Markdown bodies (src/integrations/heading-links.ts)', () => {
  it('puts a link beside each h2 and h3, named by the heading’s text, hidden from the search index', async () => {
    expect(await html('## Retakes and *the* `SAA-C03` voucher')).toBe(
      '<div class="heading"><h2 id="retakes-and-the-saa-c03-voucher">Retakes and <em>the</em> <code>SAA-C03</code> voucher</h2>' +
        '<a class="anchor" href="#retakes-and-the-saa-c03-voucher" data-pagefind-ignore>' +
        '<span aria-hidden="true">#</span><span class="sr-only">Section titled “Retakes and the SAA-C03 voucher”</span></a></div>',
    );
  });

  it('numbers repeated headings within a document, and starts again in the next one', async () => {
    const first = await html('## Costs\n\n### Costs\n');
    expect(first).toContain('id="costs"');
    expect(first).toContain('href="#costs-1"');
    expect(await html('## Costs\n')).toContain('href="#costs"');
  });

  it('leaves other headings and an id written by hand as they are', async () => {
    const out = await html('# Title\n\n#### Detail\n\n<h2 id="kept">Kept</h2>\n');
    expect(out).not.toContain('<h1 id');
    expect(out).not.toMatch(/<h4[^>]*>Detail<\/h4><a/);
    expect(out).toMatch(/<h1>Title<\/h1>/);
  });

  it('runs on MDX bodies too', async () => {
    const { code } = await mdxToJs('## From MDX\n\n<Note />\n', { hastPlugins: [headingLinksPlugin] });
    expect(code).toContain('Section titled “From MDX”');
  });
});
