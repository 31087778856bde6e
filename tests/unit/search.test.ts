import { describe, expect, it } from 'vitest';
import {
  decodeEntities,
  excerptSegments,
  hasSearchInput,
  MAX_QUERY_LENGTH,
  normaliseQuery,
  resultSummary,
  searchQueryString,
  searchStateFromUrl,
} from '../../src/lib/search';

describe('search excerpts', () => {
  it('decodes named and numeric entities', () => {
    expect(decodeEntities('S3 &amp; EC2 &lt;b&gt; &#39;x&#39; &#x2013; &quot;q&quot;')).toBe(
      'S3 & EC2 <b> \'x\' – "q"',
    );
  });

  it('keeps an out-of-range or surrogate code point as text instead of throwing', () => {
    expect(decodeEntities('a &#x110000; b')).toBe('a &#x110000; b');
    expect(decodeEntities('a &#99999999999; b')).toBe('a &#99999999999; b');
    expect(decodeEntities('a &#xD800; b')).toBe('a &#xD800; b');
    expect(decodeEntities('&unknown; stays')).toBe('&unknown; stays');
  });

  it('marks only <mark> and leaves any other markup as literal text', () => {
    expect(excerptSegments('use <mark>DynamoDB</mark> with <img src=x onerror=alert(1)>')).toEqual([
      { text: 'use ', marked: false },
      { text: 'DynamoDB', marked: true },
      { text: ' with <img src=x onerror=alert(1)>', marked: false },
    ]);
  });
});

describe('search state in the URL', () => {
  it('reads the query and filters, dropping junk and folding the old tier parameter into category', () => {
    const state = searchStateFromUrl('?q=%20%20dynamo%0A%20db&tier=Associate&category=Associate&status=&role=x');
    expect(state).toEqual({ query: 'dynamo db', filters: { category: ['Associate'], role: ['x'] } });
    expect(searchQueryString(state)).toBe('?q=dynamo+db&category=Associate&role=x');
    expect(hasSearchInput(searchStateFromUrl(''))).toBe(false);
  });

  it('cuts a hostile, very long query instead of rejecting it', () => {
    const query = normaliseQuery(`${'<script>'.repeat(100)}`);
    expect(query.length).toBe(MAX_QUERY_LENGTH);
  });

  it('announces counts in words a screen reader can say, and shortens long queries', () => {
    expect(resultSummary(1, 'sap')).toBe('1 result for “sap”.');
    expect(resultSummary(3, '')).toBe('3 results.');
    expect(resultSummary(0, 'x')).toMatch(/^No results for “x”\. Try an exam code/);
    expect(resultSummary(2, 'a'.repeat(80))).toBe(`2 results for “${'a'.repeat(57)}…”.`);
  });
});
