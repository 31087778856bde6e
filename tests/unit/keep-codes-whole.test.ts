import { describe, expect, it } from 'vitest';
import { keepCodesWhole } from '../../src/build/keep-codes-whole';
import { attr, html } from '../../src/views/html';

describe('keeping exam codes whole', () => {
  it('wraps every exam or booking code in text in a no-wrap span', () => {
    expect(keepCodesWhole('<p>SAP-C03 replaced SAP-C02; booked as ME1-C02.</p>')).toBe(
      '<p><span class="code-nowrap">SAP-C03</span> replaced <span class="code-nowrap">SAP-C02</span>; booked as <span class="code-nowrap">ME1-C02</span>.</p>',
    );
  });

  it('leaves attributes, scripts, titles, SVG and form options alone', () => {
    const html =
      '<title>SAA-C03</title><a href="/x/?q=SAA-C03" title="SAA-C03">x</a><script type="application/ld+json">{"a":"SAA-C03"}</script><svg><text>SAA-C03</text></svg><select><option>SAA-C03</option></select>';
    expect(keepCodesWhole(html)).toBe(html);
  });

  it('reads a "<" in a style sheet as text, so the style element still ends and the page after it is wrapped', () => {
    const html =
      '<style>@media (width<=30rem){.a{gap:1px}}@media (width<=40rem){.b{display:flex}}</style><td>SAA-C03</td>';
    expect(keepCodesWhole(html)).toBe(
      '<style>@media (width<=30rem){.a{gap:1px}}@media (width<=40rem){.b{display:flex}}</style><td><span class="code-nowrap">SAA-C03</span></td>',
    );
  });

  it('does not mistake other hyphenated words for codes', () => {
    const html = '<p>Pre-C01 is not a code; neither is AB-C01 nor SAA-C3 nor saa-c03.</p>';
    expect(keepCodesWhole(html)).toBe(html);
  });

  it('reads the page as HTML: a ">" inside an attribute or a comment never lets a span into markup', () => {
    const html =
      '<a title="SAA-C03 > DVA-C03" data-x=\'a>b SAP-C03\'>go</a><!-- SAA-C03 > x --><p data-n="1>0">DVA-C03</p>';
    expect(keepCodesWhole(html)).toBe(
      '<a title="SAA-C03 > DVA-C03" data-x=\'a>b SAP-C03\'>go</a><!-- SAA-C03 > x --><p data-n="1>0"><span class="code-nowrap">DVA-C03</span></p>',
    );
  });

  it('keeps entities and the rest of the text exactly as written', () => {
    expect(keepCodesWhole('<p>Q&amp;A on SAA-C03 &lt;now&gt;</p>')).toBe(
      '<p>Q&amp;A on <span class="code-nowrap">SAA-C03</span> &lt;now&gt;</p>',
    );
  });

  it('leaves a code a view already wrapped as it is', () => {
    const html = '<p><span class="code-nowrap">SAA-C03</span> and DVA-C03</p>';
    expect(keepCodesWhole(html)).toBe(
      '<p><span class="code-nowrap">SAA-C03</span> and <span class="code-nowrap">DVA-C03</span></p>',
    );
  });
});

describe('views keep exam codes whole as they render', () => {
  it('wraps a code in text, never in an attribute value, and still escapes both', () => {
    const label = 'SAA-C03 <b>';
    expect(html`<a title="${label}" href="/x/">${label}</a>${attr('aria-label', label)}`.value).toBe(
      '<a title="SAA-C03 &lt;b&gt;" href="/x/"><span class="code-nowrap">SAA-C03</span> &lt;b&gt;</a> aria-label="SAA-C03 &lt;b&gt;"',
    );
  });
});
