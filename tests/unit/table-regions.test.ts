import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { headingLinksPlugin } from '../../src/integrations/heading-links';
import { tableRegionsPlugin } from '../../src/integrations/table-regions';
import { html } from '../../src/views/html';
import { renderScrollRegion } from '../../src/views/scroll-region';

const render = async (markdown: string) =>
  (await markdownToHtml(markdown, { hastPlugins: [headingLinksPlugin, tableRegionsPlugin] })).html;

const table = '| Certification | Change | When |\n|---|---|---|\n| Cloud Practitioner | CLF-C01 to CLF-C02 | 2023 |\n';

describe('the box every table sits in (src/views/scroll-region.ts)', () => {
  it('is a region named by its caption that the keyboard reaches, with the caption escaped', () => {
    expect(renderScrollRegion('Fees "in" <USD>', html`<table></table>`).value).toBe(
      '<section class="table-scroll" tabindex="0" aria-label="Fees &quot;in&quot; &lt;USD&gt;"><table></table></section>',
    );
  });
});

describe('tables in Markdown bodies (src/integrations/table-regions.ts)', () => {
  it('sit in the same box, named by the section they stand in, and stack on a phone with labelled cells', async () => {
    const out = await render(`## Version changes since 2023\n\nSome words.\n\n${table}`);
    expect(out).toContain(
      '<section class="table-scroll" tabindex="0" aria-label="Version changes since 2023"><table class="stack">',
    );
    expect(out).toContain('<td data-label="Change">CLF-C01 to CLF-C02</td>');
    expect(out).toContain('<td data-label="When">2023</td>');
    // The header row stays a header row: no labels there.
    expect(out).toContain('<th>Certification</th>');
  });

  it('are named by their columns where no heading comes before them', async () => {
    expect(await render(table)).toContain('aria-label="Table of Certification, Change, When"');
  });

  it('run on MDX bodies too', async () => {
    const { code } = await mdxToJs(`## In MDX\n\n${table}`, { hastPlugins: [tableRegionsPlugin] });
    expect(code).toContain('"aria-label": "In MDX"');
    expect(code).toContain('"data-label": "When"');
  });
});

describe('templates and views that draw a table', () => {
  /** Every source file under src/ that writes a <table>. */
  const files = (readdirSync('src', { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => /\.(astro|ts)$/.test(file))
    .map((file) => path.join('src', file))
    .filter((file) => /<table\b/.test(readFileSync(file, 'utf8')));

  it('put it in the one scroll region (ScrollRegion.astro or renderScrollRegion)', () => {
    expect(files.length).toBeGreaterThan(3);
    const outside = files.filter((file) => !/<ScrollRegion\b|\brenderScrollRegion\(/.test(readFileSync(file, 'utf8')));
    expect(outside).toEqual([]);
  });
});
