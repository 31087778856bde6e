// A site whose catalogue is grown to any size, for the scaling benchmark (the project's content) and the
// scaled-build test (a fixture site's content).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { copySite } from './site-copy.ts';

/** A distinct AWS-pattern exam code for the i-th synthetic entry (Z.. codes never clash with real ones). */
const syntheticCode = (i: number) =>
  `Z${String.fromCharCode(65 + (Math.floor(i / 26) % 26))}${String.fromCharCode(65 + (i % 26))}-C${String(Math.floor(i / 676)).padStart(2, '0')}`;

/**
 * Copies the site (see copySite: the project's code, the given content) and grows its catalogue to `size` entries by
 * cloning the certifications it has, in turn.
 */
export function syntheticProject(size: number, content = 'content'): string {
  const dir = copySite(content, `aws-guide-scale-${size}-`);
  const certDir = path.join(dir, 'content/certifications');
  const originals = readdirSync(certDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  for (let i = originals.length; i < size; i++) {
    const template = readFileSync(path.join(certDir, originals[i % originals.length] ?? ''), 'utf8');
    const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(template) ?? [];
    const data = parse(yaml) as Record<string, unknown> & {
      title: string;
      shortName: string;
      versions: Record<string, unknown>[];
    };
    const slug = `synthetic-${i}`;
    Object.assign(data, {
      title: `${data.title} (synthetic ${i})`,
      shortName: `${data.shortName} ${i}`,
      // Every version keeps its dates (so clones follow the calendar like their originals) under codes of its own.
      versions: data.versions.map(({ appointmentCode: _booking, ...version }, k) => ({
        ...version,
        code: syntheticCode(i * 8 + k),
      })),
      formerNames: [],
      aliases: [],
      recommendedPrior: [],
      recertification: { renewedBy: [slug], contested: [], otherOptions: [] },
    });
    writeFileSync(path.join(certDir, `${slug}.mdx`), `---\n${stringify(data)}---\n${body}`);
  }
  return dir;
}
