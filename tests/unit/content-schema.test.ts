import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFixtureCatalogue, fixturesDir } from './helpers/fixtures';

const invalid = (name: string) => path.join(fixturesDir, 'invalid', name);

describe('the valid fixture catalogue', () => {
  it('passes every check', () => {
    expect(checkFixtureCatalogue()).toBe('');
  });
});

/**
 * Each malformed fixture must produce a message that names the file, the field, what was expected
 * and what was found, so a content author can fix it without reading the code.
 */
const cases: { fixture: string; file: string; field: string; expected: RegExp }[] = [
  {
    fixture: 'missing-title.mdx',
    file: 'missing-title.mdx',
    field: 'title',
    expected: /expected string, received undefined/,
  },
  {
    fixture: 'wrong-tier.mdx',
    file: 'wrong-tier.mdx',
    field: 'tier',
    expected: /expected one of foundational, associate, professional, specialty, found "expert"/,
  },
  {
    fixture: 'weights-sum-to-90.mdx',
    file: 'weights-sum-to-90.mdx',
    field: 'domains',
    expected: /expected domain weights to add up to 100, found 90 \(60 \+ 30\)/,
  },
  {
    fixture: 'unknown-service.mdx',
    file: 'unknown-service.mdx',
    field: 'coveredServices.1',
    expected: /expected a service id from content\/services.yaml, found "amazon-ec3"/,
  },
  {
    fixture: 'dangling-successor.mdx',
    file: 'dangling-successor.mdx',
    field: 'successors.0',
    expected: /expected the slug of an existing certification, found "gamma"/,
  },
  {
    fixture: 'duplicate-code.mdx',
    file: 'duplicate-code.mdx',
    field: 'examCode',
    expected: /expected exam codes to be unique, found ALP-C01, which alpha already uses/,
  },
  {
    fixture: 'malformed-code.mdx',
    file: 'malformed-code.mdx',
    field: 'examCode',
    expected: /expected an AWS exam code like "SAA-C03".*found "ALP-01"/,
  },
  {
    fixture: 'retired-without-date.mdx',
    file: 'retired-without-date.mdx',
    field: 'retiredOn',
    expected: /expected a retiredOn date .* because status is retired, found none/,
  },
  {
    fixture: 'negative-minutes.mdx',
    file: 'negative-minutes.mdx',
    field: 'exam.minutes',
    expected: /expected a positive number of minutes, found -10/,
  },
  {
    fixture: 'bad-url.mdx',
    file: 'bad-url.mdx',
    field: 'links.officialPage',
    expected: /expected an absolute http\(s\) URL, found "example dot com"/,
  },
  {
    fixture: 'self-recommendation.mdx',
    file: 'self-recommendation.mdx',
    field: 'recommendedPrior',
    expected: /found "self-recommendation" recommending itself/,
  },
  {
    fixture: 'unknown-role.mdx',
    file: 'unknown-role.mdx',
    field: 'roles.0',
    expected: /expected a role id from content\/roles.yaml \(builder\), found "wizard"/,
  },
  {
    fixture: 'bad-date.mdx',
    file: 'bad-date.mdx',
    field: 'lastVerified',
    expected: /expected a date written 'YYYY-MM-DD', found "01\/11\/2026"/,
  },
  { fixture: 'unknown-field.mdx', file: 'unknown-field.mdx', field: 'exam', expected: /Unrecognized key: "minuts"/ },
  {
    fixture: 'price-as-text.mdx',
    file: 'price-as-text.mdx',
    field: 'exam.priceUsd',
    expected: /expected number, received string/,
  },
  {
    fixture: 'score-off-scale.mdx',
    file: 'score-off-scale.mdx',
    field: 'exam.passingScore',
    expected: /expected a score on the 100–1000 scale, found 72/,
  },
  {
    fixture: 'no-sources.mdx',
    file: 'no-sources.mdx',
    field: 'sources',
    expected: /every certification needs at least one source/,
  },
  {
    fixture: 'cycle',
    file: 'one.mdx',
    field: 'recommendedPrior',
    expected: /expected recommendations without cycles, found (one → two → one|two → one → two)/,
  },
];

describe('malformed certification files', () => {
  it.each(cases)('$fixture is rejected with an actionable message', ({ fixture, file, field, expected }) => {
    const report = checkFixtureCatalogue([invalid(fixture)]);
    const line = report.split('\n').find((l) => l.includes(`${file} › ${field}:`));
    expect(line, `no problem reported for ${file} › ${field}; got:\n${report}`).toBeDefined();
    expect(line).toMatch(expected);
  });
});
