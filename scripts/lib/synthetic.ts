// A copy of the project whose catalogue is grown to any size, for the scaling benchmark and the scaled-build test.
import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';

/** A distinct AWS-pattern exam code for the i-th synthetic entry (Z.. codes never clash with real ones). */
const syntheticCode = (i: number) =>
  `Z${String.fromCharCode(65 + (Math.floor(i / 26) % 26))}${String.fromCharCode(65 + (i % 26))}-C${String(Math.floor(i / 676)).padStart(2, '0')}`;

/** Copies the project (sharing node_modules) and grows its catalogue to `size` entries by cloning real ones. */
export function syntheticProject(size: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), `aws-guide-scale-${size}-`));
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(entry, path.join(dir, entry), { recursive: true });
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'), 'dir');
  const certDir = path.join(dir, 'content/certifications');
  const real = readdirSync(certDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  for (let i = real.length; i < size; i++) {
    const template = readFileSync(path.join(certDir, real[i % real.length] ?? ''), 'utf8');
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
