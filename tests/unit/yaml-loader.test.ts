import { describe, expect, it } from 'vitest';
import { ContentError, formatProblems } from '../../src/lib/catalogue-checks';
import { readYaml, yamlEntries } from '../../src/node/yaml-loader';

/** The message a content error would stop the build with, or '' when nothing was thrown. */
function problemsOf(run: () => unknown): string {
  try {
    run();
    return '';
  } catch (error) {
    if (error instanceof ContentError) return formatProblems(error.problems);
    throw error;
  }
}

describe('the YAML content loader', () => {
  it('names the file, line and column of a YAML syntax error instead of loading nothing', () => {
    const text = '- id: amazon-s3\n  name: Amazon S3\n- id: [unclosed\n  name: Broken\n';
    expect(problemsOf(() => readYaml('content/services.yaml', text))).toMatch(
      /^content\/services\.yaml › line \d+, column \d+: expected valid YAML, found /,
    );
  });

  it('stops on a repeated or missing id, naming each entry', () => {
    const data = [{ id: 'amazon-s3' }, { id: 'aws-lambda' }, { id: 'amazon-s3' }, { name: 'No id' }];
    expect(problemsOf(() => yamlEntries('content/services.yaml', data, { list: { key: 'id' } }))).toBe(
      [
        'content/services.yaml › 2.id: expected each id once, found "amazon-s3" again (first at entry 0)',
        'content/services.yaml › 3.id: expected the field "id" on every entry, found none',
      ].join('\n'),
    );
  });

  it('keys a list by the field it is told, and a single document by its one id', () => {
    const hosts = [{ host: 'a.example', reason: 'x' }];
    expect(yamlEntries('content/blocked-hosts.yaml', hosts, { list: { key: 'host' } })).toEqual([
      ['a.example', hosts[0]],
    ]);
    expect(yamlEntries('content/programme.yaml', { validity: {} }, { single: { id: 'programme' } })).toEqual([
      ['programme', { validity: {} }],
    ]);
    expect(problemsOf(() => yamlEntries('content/roles.yaml', { a: 1 }, { list: { key: 'id' } }))).toBe(
      'content/roles.yaml › (file): expected a list of entries, found object',
    );
  });
});
