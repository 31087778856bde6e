import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textFaults, visibleLines } from '../helpers/visible-text';

describe('the visible-text check', () => {
  const fixture = readFileSync('tests/fixtures/text/glitches.html', 'utf8');
  const faults = textFaults(visibleLines(fixture));

  it('fails on a space before a comma, a full stop, a closing bracket and a question mark', () => {
    const before = faults.filter((f) => f.kind === 'space before punctuation').map((f) => f.excerpt);
    expect(before).toEqual([
      expect.stringContaining('architect , Software'),
      expect.stringContaining('developer .'),
      expect.stringContaining('Foundational , Professional'),
      expect.stringContaining('(CLF-C02 )'),
      expect.stringContaining('right ?'),
    ]);
  });

  it('fails on a sentence glued to the next', () => {
    expect(faults.filter((f) => f.kind === 'glued sentence').map((f) => f.excerpt)).toEqual([
      expect.stringContaining('Databases.Also'),
    ]);
  });

  it('fails on doubled spaces a reader can see', () => {
    expect(faults.filter((f) => f.kind === 'doubled space').map((f) => f.excerpt)).toEqual([
      expect.stringContaining('Two\u00a0\u00a0spaces'),
    ]);
  });

  it('fails on two full stops, but not on an ellipsis', () => {
    expect(faults.filter((f) => f.kind === 'doubled full stop').map((f) => f.excerpt)).toEqual([
      expect.stringContaining('early 2027..'),
    ]);
  });

  it('ignores hidden text, scripts and styles, and accepts abbreviations and file names', () => {
    expect(faults.map((f) => f.excerpt).join('\n')).not.toMatch(/Hidden text|ignored|content:|Node\.js|changes\.xml/);
    expect(faults).toHaveLength(8);
  });

  it('collapses white space as a browser does', () => {
    expect(visibleLines('<p>a\n   b</p><div>c</div>')).toEqual(['a b', 'c']);
  });
});
