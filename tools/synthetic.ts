// A site whose catalogue is grown to any size, for the scaling benchmark (the project's content) and the
// scaled-build test (a fixture site's content).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { frontmatterAndBody } from '../src/build/frontmatter.ts';
import type { Category } from '../src/schemas/enums.ts';
import { copySite } from './site-copy.ts';

/** A distinct AWS-pattern exam code for the i-th synthetic entry (Z.. codes never clash with real ones). */
const syntheticCode = (i: number) =>
  `Z${String.fromCharCode(65 + (Math.floor(i / 26) % 26))}${String.fromCharCode(65 + (i % 26))}-C${String(Math.floor(i / 676)).padStart(2, '0')}`;

/** How big to grow a catalogue: a total (the certifications it has, cloned in turn), or a count for each category. */
export type CatalogueSize = number | Partial<Record<Category, number>>;

/** A certification of the content, parsed, that clones are made from. */
interface Template {
  data: CertificationData;
  body: string;
}

type CertificationData = Record<string, unknown> & {
  category: Category;
  title: string;
  shortName: string;
  versions: Record<string, unknown>[];
};

/**
 * Copies the site (see copySite: the project's code, the given content) and grows its catalogue by cloning the
 * certifications it has: to `size` entries in all, or to the given number in each category (a category the content
 * has no certification of cannot grow).
 */
export function syntheticProject(size: CatalogueSize, content = 'content'): string {
  const label = typeof size === 'number' ? size : Object.values(size).reduce((sum, n) => sum + n, 0);
  const dir = copySite(content, `aws-guide-scale-${label}-`);
  const certDir = path.join(dir, 'content/certifications');
  const templates: Template[] = readdirSync(certDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const { data, body } = frontmatterAndBody(readFileSync(path.join(certDir, file), 'utf8'));
      return { data: data as CertificationData, body };
    });
  const clones =
    typeof size === 'number'
      ? Array.from(
          { length: Math.max(0, size - templates.length) },
          (_, i) => templates[(templates.length + i) % templates.length],
        )
      : Object.entries(size).flatMap(([category, count]) => {
          const own = templates.filter((t) => t.data.category === category);
          return Array.from(
            { length: own.length > 0 ? Math.max(0, count - own.length) : 0 },
            (_, i) => own[i % own.length],
          );
        });
  clones.forEach((template, k) => {
    if (template) writeClone(certDir, template, templates.length + k);
  });
  return dir;
}

/** Writes the i-th synthetic certification, a copy of `template` under its own slug, title and exam codes. */
function writeClone(certDir: string, { data, body }: Template, i: number): void {
  const slug = `synthetic-${i}`;
  const clone = {
    ...data,
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
  };
  writeFileSync(path.join(certDir, `${slug}.mdx`), `---\n${stringify(clone)}---\n${body}`);
}
