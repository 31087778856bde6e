import path from 'node:path';
import { describeFound } from '../../src/schemas/error-map';
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
    expected: /expected string, found nothing \(the field is missing\)/,
  },
  {
    fixture: 'wrong-category.mdx',
    file: 'wrong-category.mdx',
    field: 'category',
    expected: /expected one of foundational, associate, professional, specialty, business, found "expert"/,
  },
  {
    fixture: 'weights-sum-to-90.mdx',
    file: 'weights-sum-to-90.mdx',
    field: 'versions.0.domains',
    expected: /expected domain weights to add up to 100, found 90 \(60 \+ 30\)/,
  },
  {
    fixture: 'weights-on-some.mdx',
    file: 'weights-on-some.mdx',
    field: 'versions.0.domains',
    expected: /expected a weight on every domain or on none, found 1 of 2/,
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
    field: 'versions.0.code',
    expected: /expected exam codes to be unique, found ALP-C01, which alpha already uses/,
  },
  {
    fixture: 'malformed-code.mdx',
    file: 'malformed-code.mdx',
    field: 'versions.0.code',
    expected: /expected an AWS exam code like "SAA-C03".*found "ALP-01"/,
  },
  {
    fixture: 'retired-without-date.mdx',
    file: 'retired-without-date.mdx',
    field: 'versions.0.lastDay',
    expected: /expected a lastDay on the newest version \(BRK-C01\) because a retirement is recorded; found none/,
  },
  {
    fixture: 'retired-without-alternatives.mdx',
    file: 'retired-without-alternatives.mdx',
    field: 'alternatives',
    expected:
      /expected successors \(named by AWS\) or alternatives \(our suggestion\) because Broken is retired on 30 November 2026, found neither/,
  },
  {
    fixture: 'dates-out-of-order.mdx',
    file: 'dates-out-of-order.mdx',
    field: 'versions.0.lastDay',
    expected: /expected lastDay \(31 December 2023\) on or after availableFrom \(15 January 2024\)/,
  },
  {
    fixture: 'negative-minutes.mdx',
    file: 'negative-minutes.mdx',
    field: 'versions.0.format.minutes',
    expected: /expected a positive whole number of minutes, found -10/,
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
    expected: /found "self-recommendation" naming itself/,
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
    field: 'sources.0.asOf',
    expected: /expected a real date written 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY', found "01\/11\/2026"/,
  },
  {
    fixture: 'unknown-field.mdx',
    file: 'unknown-field.mdx',
    field: 'versions.0.format',
    expected: /expected only the fields the schema defines, found "minuts" \(check the spelling/,
  },
  {
    fixture: 'price-as-text.mdx',
    file: 'price-as-text.mdx',
    field: 'versions.0.format.priceUsd',
    expected: /expected number, found "a hundred"/,
  },
  {
    fixture: 'score-off-scale.mdx',
    file: 'score-off-scale.mdx',
    field: 'versions.0.format.passingScore',
    expected: /expected a score on the 100–1000 scale, found 72/,
  },
  {
    fixture: 'no-sources.mdx',
    file: 'no-sources.mdx',
    field: 'sources',
    expected: /expected at least one source for the certification, found none/,
  },
  {
    fixture: 'dump-host.mdx',
    file: 'dump-host.mdx',
    field: 'sources.0.url',
    expected:
      /expected a source that does not sell or host exam dumps, found https:\/\/www.dumps.example\/aws\/brk-c01\/ \(dumps.example: sells exam dumps in the tests\)/,
  },
  {
    fixture: 'copy-without-original.mdx',
    file: 'copy-without-original.mdx',
    field: 'sources.0.copyOf',
    expected: /expected the address of the AWS page this source copies, because origin is aws-copy; found none/,
  },
  {
    fixture: 'missing-tasks.mdx',
    file: 'missing-tasks.mdx',
    field: 'versions.0.domains.1.tasks',
    expected:
      /expected the task statements of "Second domain" because ALP-C\d+ can be sat or is coming on 30 November 2026 and its exam guide is out, found none/,
  },
  {
    fixture: 'unknown-task-service.mdx',
    file: 'unknown-task-service.mdx',
    field: 'versions.0.domains.0.tasks.0.services.0',
    expected: /expected a service id from content\/services.yaml, found "amazon-s4"/,
  },
  {
    fixture: 'dump-host-resource.mdx',
    file: 'dump-host-resource.mdx',
    field: 'versions.0.resources.0.url',
    expected: /expected a source that does not sell or host exam dumps, found https:\/\/www.dumps.example\/aws\/alp\//,
  },
  {
    fixture: 'unofficial-resource.mdx',
    file: 'unofficial-resource.mdx',
    field: 'versions.0.resources.0.url',
    expected:
      /expected an official AWS address \(aws.amazon.com, .*\), found https:\/\/courses.example.com\/alp\/; third-party courses are out of scope/,
  },
  {
    fixture: 'too-few-resources.mdx',
    file: 'too-few-resources.mdx',
    field: 'versions.0.resources',
    expected:
      /expected at least 3 official study resources for ALP-C\d+, which can be sat on 30 November 2026, found 1/,
  },
  {
    fixture: 'cycle',
    file: 'one.mdx',
    field: 'recommendedPrior',
    expected: /expected recommendations without cycles, found (one → two → one|two → one → two)/,
  },
];

describe('malformed certification files', () => {
  it('every problem in every malformed fixture reads `file › field: expected …`, zod’s own wording included', () => {
    const report = checkFixtureCatalogue(cases.map((c) => invalid(c.fixture)));
    const lines = report.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThanOrEqual(cases.length);
    expect(lines.filter((line) => !/^\S+ › \S.*: expected /.test(line))).toEqual([]);
  });

  it.each(cases)('$fixture is rejected with an actionable message', ({ fixture, file, field, expected }) => {
    const report = checkFixtureCatalogue([invalid(fixture)]);
    const line = report.split('\n').find((l) => l.includes(`${file} › ${field}:`));
    expect(line, `no problem reported for ${file} › ${field}; got:\n${report}`).toBeDefined();
    expect(line).toMatch(expected);
  });
});

describe('the one wording of content errors', () => {
  it('describes what was found as the author wrote it', () => {
    expect(describeFound(undefined)).toBe('nothing (the field is missing)');
    expect(describeFound(['a', 'b'])).toBe('a list of 2');
    expect(describeFound('x'.repeat(80))).toBe(`"${'x'.repeat(57)}…"`);
    expect(describeFound({ a: 1 })).toBe('a group of fields');
  });
});
