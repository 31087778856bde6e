import { describe, expect, it } from 'vitest';
import { ContentError, formatProblems } from '../../src/build/content-rules';
import { frontmatterAndBody } from '../../src/build/frontmatter';
import { readYaml, withLines, yamlEntries } from '../../src/build/yaml-loader';

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

  it('gives the line of a field, or of its parent when the field is missing, to put in the message', () => {
    const yaml = readYaml('content/roles.yaml', '- id: a\n  name: A\n- id: b\n  paths:\n    - x\n');
    expect(yaml.lineOf('1.paths.0')).toBe(5);
    expect(yaml.lineOf('1.name')).toBe(3);
    const problems = withLines([{ file: 'content/roles.yaml', field: '1.paths.0', message: 'expected a slug' }], yaml);
    expect(formatProblems(problems)).toBe('content/roles.yaml:5 › 1.paths.0: expected a slug');
  });

  it('counts frontmatter lines from the top of the file, after the opening ---', () => {
    const text = '---\ntitle: X\ncategory: [associate\n---\nBody';
    expect(problemsOf(() => frontmatterAndBody(text, 'content/certifications/x.mdx'))).toMatch(
      /^content\/certifications\/x\.mdx › line [34], column \d+: expected valid YAML, found /,
    );
    expect(frontmatterAndBody('---\ntitle: X\ncategory: associate\n---\n', 'f').yaml?.lineOf('category')).toBe(3);
  });
});
