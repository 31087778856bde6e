// Every built page passes the W3C Nu HTML Checker (vnu.jar, run on the machine's Java) with no error. One run of the
// checker reads the whole build and the fixture pages beside it, which prove the check finds each kind of error the
// site has had: a script after </html>, a skipped heading level, a required select whose first option is chosen,
// Astro's redirect stub (no lang, no space in the refresh value) and a wrong CSS value.
import path from 'node:path';
import { expect, test } from './fixtures';
import { DIST } from './built-site';
import { validateHtml, type HtmlError } from '../../tools/html-validator';

const FIXTURES = path.resolve('tests/fixtures/html-invalid');

let errors: HtmlError[] = [];
test.beforeAll(() => {
  test.setTimeout(240_000);
  errors = validateHtml([DIST, FIXTURES]);
});

const inFixture = (name: string) =>
  errors.filter((e) => path.resolve(e.file) === path.join(FIXTURES, name)).map((e) => e.message);

test('every built page has no HTML error', () => {
  const inDist = errors.filter((e) => path.resolve(e.file).startsWith(DIST));
  expect(inDist.map((e) => `${path.relative(DIST, e.file)}:${e.line ?? '?'} ${e.message}`)).toEqual([]);
});

test('the check finds each kind of error the site has had, and passes modern CSS the checker does not know', () => {
  expect(inFixture('script-after-html.html')).toContain('Stray start tag “script”.');
  expect(inFixture('heading-skip.html').join('\n')).toMatch(/The heading “h3” .* follows the heading “h1”/);
  expect(inFixture('required-select.html').join('\n')).toMatch(/The first “option” element in a “select” element/);
  expect(inFixture('redirect-stub.html').join('\n')).toMatch(/Bad value “0;url=\/x\/” for attribute “content”/);
  expect(inFixture('css-error.html').join('\n')).toMatch(/^CSS: “color”/m);
  expect(inFixture('valid.html')).toEqual([]);
});
