import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { expect, test } from '@playwright/test';
import {
  categoryExamFormats,
  domainWeightSegments,
  examFormatSegments,
  passingScoreLines,
  questionTypesRows,
  type FactSegment,
} from '../../src/lib/catalogue/exam-facts';
import { certsFromDocument, type CertificationsDocument } from '../../src/lib/catalogue/open-data';
import { categories } from '../../src/schemas/enums';
import { textFaults, visibleLines } from '../helpers/visible-text';
import { attributeValues, builtPages, DIST, fileForPath, gzipSize, idsOf, isRedirectStub } from './built-site';

// These checks read the production build from disk: deterministic, so they are tests, not benchmarks.
const pages = builtPages();
const content = pages.filter((p) => !isRedirectStub(p.html));
const files = new Set(readdirSync(DIST, { recursive: true, encoding: 'utf8' }).map((f) => f.replace(/\\/g, '/')));
const site = /<link rel="canonical" href="(https?:\/\/[^/"]+)/.exec(content[0]?.html ?? '')?.[1] ?? '';

test('the build has pages to check', () => {
  expect(content.length).toBeGreaterThan(150);
  expect(site).toMatch(/^https?:\/\//);
});

test('the sitemap lists every page but the 404, the redirects and the noindex pages, so the sweep in accessibility.spec.ts sees them all', () => {
  const listed = new Set(
    readdirSync(DIST)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .flatMap((f) => [...readFileSync(path.join(DIST, f), 'utf8').matchAll(/<loc>(.*?)<\/loc>/g)])
      .map((m) => new URL(m[1] ?? '').pathname),
  );
  // A noindex page (the path finder's /yours/ pages, which show a path only once their script has read the address)
  // stays out of the sitemap; journeys.spec.ts checks that template with axe in both themes.
  const noindex = (html: string) => /<meta name="robots" content="noindex"/.test(html);
  const unlisted = content
    .filter((p) => p.urlPath !== '/404.html' && !noindex(p.html))
    .map((p) => p.urlPath)
    .filter((urlPath) => !listed.has(urlPath));
  expect(unlisted).toEqual([]);
  const unindexed = content.filter((p) => noindex(p.html) && p.urlPath !== '/404.html').map((p) => p.urlPath);
  expect(unindexed.every((urlPath) => /^\/path-finder\/[^/]+\/[^/]+\/yours\/$/.test(urlPath))).toBe(true);
});

test('the visible text of every page reads right: no space before punctuation, no glued sentence, no doubled space', () => {
  const faults = content.flatMap((page) =>
    textFaults(visibleLines(page.html)).map((f) => `${page.urlPath}: ${f.kind}: “${f.excerpt}”`),
  );
  expect(faults).toEqual([]);
});

test('no page shows a schema key or a missing value to readers', () => {
  const leaks = content.flatMap((page) =>
    visibleLines(page.html)
      .filter((line) =>
        /\b(undefined|null|NaN|\[object Object\])\b|\b(exam|versions)\.\w+:|\b(launchedOn|availableFrom|lastDay|questionTypes|priceUsd):/.test(
          line,
        ),
      )
      .map((line) => `${page.urlPath}: ${line.slice(0, 120)}`),
  );
  expect(leaks).toEqual([]);
});

test('the guides quote each exam’s questions, question types, pass mark, format and domains from the build’s data', () => {
  // The build's own data, recomputed for its day: what the guides must say whatever the day or the catalogue.
  const doc = JSON.parse(readFileSync(path.join(DIST, 'data/certifications.json'), 'utf8')) as CertificationsDocument;
  const certs = certsFromDocument(doc);
  const bySlug = new Map(certs.map((c) => [c.slug, c]));
  const cert = (slug: string) => {
    const found = bySlug.get(slug);
    if (!found) throw new Error(`no certification ${slug} in the build's data`);
    return found;
  };
  const guide = (slug: string) =>
    visibleLines(pages.find((p) => p.urlPath === `/guides/${slug}/`)?.html ?? '').join('\n');
  const read = (segments: readonly FactSegment[]) =>
    segments.map((s) => (typeof s === 'string' ? s : 'label' in s ? s.label : ' unverified')).join('');
  const mark = (note: string | undefined) => (note ? ' unverified' : '');

  const exams = guide('how-aws-exams-work');
  const rows = questionTypesRows(certs);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    expect(exams).toContain(
      row.kind === 'more'
        ? row.label
        : [
            row.name,
            row.version,
            row.questions + mark(row.questionsUnverified),
            row.types + mark(row.typesUnverified),
          ].join('\n'),
    );
  }
  for (const line of passingScoreLines(certs)) expect(exams).toContain(`${line.label}: ${read(line.segments)}`);

  // Every use of a per-exam component in a guide's source shows what the data says on the built page.
  const uses = readdirSync('content/guides')
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((file) =>
      [
        ...readFileSync(path.join('content/guides', file), 'utf8').matchAll(/<(\w+) (cert|category)="([^"]+)" \/>/g),
      ].map((m) => ({ guide: file.replace(/\.mdx$/, ''), component: m[1], value: m[3] ?? '' })),
    );
  const expected = (use: (typeof uses)[number]): string[] | undefined => {
    if (use.component === 'ExamFormat') return [read(examFormatSegments(cert(use.value)))];
    if (use.component === 'DomainWeights') return [read(domainWeightSegments(cert(use.value)))];
    if (use.component === 'ExamFormats')
      return categoryExamFormats(certs, categories.find((c) => c === use.value) ?? categories[0]).map(read);
    return undefined;
  };
  const checked = uses.flatMap((use) => {
    const phrases = expected(use);
    return phrases ? [{ use, phrases }] : [];
  });
  expect(checked.map((c) => c.use.component)).toEqual(
    expect.arrayContaining(['ExamFormat', 'ExamFormats', 'DomainWeights']),
  );
  const missing = checked.flatMap(({ use, phrases }) =>
    phrases
      .filter((phrase) => !guide(use.guide).includes(phrase))
      .map((phrase) => `${use.guide}: <${use.component} ${use.value}>: “${phrase}”`),
  );
  expect(missing).toEqual([]);
});

test('every internal link and #fragment resolves to an existing page and id', () => {
  const idsByFile = new Map(
    pages.map((p) => [path.relative(DIST, p.file).replace(/\\/g, '/'), new Set(idsOf(p.html))]),
  );
  const broken: string[] = [];
  for (const page of content) {
    const hrefs = [...attributeValues(page.html, 'a', 'href'), ...attributeValues(page.html, 'link', 'href')];
    for (const raw of hrefs) {
      const href = raw.startsWith(site) ? raw.slice(site.length) || '/' : raw;
      if (/^(https?:|mailto:|data:)/.test(href)) continue;
      const [target, fragment] = href.startsWith('#')
        ? [page.urlPath, href.slice(1)]
        : [href.split('#')[0] ?? '', href.split('#')[1]];
      const file = fileForPath(target.startsWith('/') ? target : path.posix.join(page.urlPath, target), files);
      if (!file) broken.push(`${page.urlPath}: ${raw} (no such page)`);
      else if (fragment && !idsByFile.get(file)?.has(decodeURIComponent(fragment)))
        broken.push(`${page.urlPath}: ${raw} (no id "${fragment}")`);
    }
  }
  expect(broken).toEqual([]);
});

test('every heading written in a guide or certification body has a link to itself, named by its text', () => {
  const sourceOf = (urlPath: string) => /^\/(guides|certifications)\/([^/]+)\/$/.exec(urlPath);
  const checked = content.flatMap((page) => {
    const match = sourceOf(page.urlPath);
    const file = match && path.join('content', match[1] ?? '', `${match[2]}.mdx`);
    if (!file || !existsSync(file)) return [];
    const body = readFileSync(file, 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
    const written = body.split('\n').filter((line) => /^#{2,3} /.test(line)).length;
    // A heading's text never runs into the next one: the page's own section headings (no anchor) sit among the body's.
    const linked = [
      ...page.html.matchAll(
        /<h([23]) id="([^"]+)">((?:(?!<h[23][\s>])[\s\S])*?)<\/h\1><a class="anchor" href="#([^"]+)"[^>]*><span aria-hidden="true">#<\/span><span class="sr-only">([\s\S]*?)<\/span><\/a>/g,
      ),
    ].map((m) => ({
      id: m[2],
      href: m[4],
      text: (m[3] ?? '').replace(/<[^>]*>/g, '').trim(),
      label: (m[5] ?? '').replace(/<[^>]*>/g, ''),
    }));
    return [{ page: page.urlPath, written, linked }];
  });
  expect(checked.filter((c) => c.written > 0).length).toBeGreaterThan(5);
  expect(
    checked.filter((c) => c.linked.length !== c.written).map((c) => `${c.page}: ${c.linked.length} of ${c.written}`),
  ).toEqual([]);
  const misnamed = checked.flatMap((c) =>
    c.linked
      .filter((h) => h.href !== h.id || h.label !== `Section titled “${h.text}”`)
      .map((h) => `${c.page}: ${h.id}`),
  );
  expect(misnamed).toEqual([]);
});

test('task statements and study resources that rest on unconfirmed evidence are marked where readers use them', () => {
  type Version = {
    code: string;
    unverified: { fact: string; note: string }[];
    resources: { url: string; unverified?: string }[];
  };
  const data = JSON.parse(readFileSync(path.join(DIST, 'data/certifications.json'), 'utf8')) as {
    certifications: { slug: string; versions: Version[] }[];
  };
  const page = (urlPath: string) => pages.find((p) => p.urlPath === urlPath)?.html ?? '';
  const escaped = (note: string) => note.replace(/'/g, '&#39;');
  const marked = (html: string, note: string) =>
    html.includes(`title="${note}"`) || html.includes(`title="${escaped(note)}"`);
  const flagged = data.certifications.flatMap((cert) =>
    cert.versions.flatMap((version) => {
      const prepare = page(`/certifications/${cert.slug}/prepare/${version.code.toLowerCase()}/`);
      if (!prepare) return [];
      const certification = page(`/certifications/${cert.slug}/`);
      const tasks = version.unverified.find((u) => u.fact === 'tasks');
      const notice = /<strong[^>]*>Unverified:<\/strong>/.test(prepare) && prepare.includes('id="unverified-facts"');
      return [
        ...(tasks
          ? [
              {
                where: `${version.code} tasks`,
                // The certification page marks the task list it shows: this version's, when its heading names it.
                ok:
                  notice &&
                  (!certification.includes(`>${version.code}</span> asks</h2>`) || marked(certification, tasks.note)),
              },
            ]
          : []),
        ...version.resources
          .filter((r) => r.unverified)
          .map((r) => ({ where: `${version.code} ${r.url}`, ok: marked(prepare, r.unverified ?? '') })),
      ];
    }),
  );
  expect(flagged.length).toBeGreaterThan(0);
  expect(flagged.filter((f) => !f.ok).map((f) => f.where)).toEqual([]);
});

test('the light and dark themes differ in colours only, so the sweep’s dark pass needs only axe’s colour rules', () => {
  const styles = [
    ...readdirSync(path.join(DIST, '_astro'))
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(path.join(DIST, '_astro', f), 'utf8')),
    ...content.flatMap((p) => [...p.html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '')),
  ].join('\n');
  const scripts = readdirSync(path.join(DIST, '_astro'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(path.join(DIST, '_astro', f), 'utf8'))
    .join('\n');
  expect(styles).toContain('light-dark(');
  // No layout, size or visibility follows the scheme: no media query on it, no script reading it …
  const onScheme = (text: string) => text.match(/.{0,60}prefers-color-scheme.{0,60}/g) ?? [];
  expect(onScheme(styles)).toEqual([]);
  expect(onScheme(scripts)).toEqual([]);
  // … and a chosen theme sets nothing but the colour scheme that light-dark() colours follow.
  const themeRules = [...styles.matchAll(/\[data-theme=['"]?(?:light|dark)['"]?\][^{]*\{([^}]*)\}/g)].map((m) =>
    (m[1] ?? '').trim(),
  );
  expect(themeRules.length).toBeGreaterThan(0);
  expect(themeRules.filter((body) => !/^color-scheme:\s*(light|dark);?$/.test(body))).toEqual([]);
});

test('every page has one h1, a title, a description, a canonical URL, lang, and unique ids', () => {
  const problems: string[] = [];
  for (const page of content) {
    const h1 = page.html.match(/<h1[\s>]/g)?.length ?? 0;
    if (h1 !== 1) problems.push(`${page.urlPath}: ${h1} h1`);
    if (!/<title>[^<]{3,}<\/title>/.test(page.html)) problems.push(`${page.urlPath}: no title`);
    if (!/<meta name="description" content="[^"]{20,}"/.test(page.html))
      problems.push(`${page.urlPath}: no meta description`);
    if (!/<link rel="canonical" href="https?:\/\/[^"]+"/.test(page.html))
      problems.push(`${page.urlPath}: no canonical URL`);
    if (!/<html lang="en"/.test(page.html)) problems.push(`${page.urlPath}: no lang`);
    const ids = idsOf(page.html);
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (duplicates.length > 0) problems.push(`${page.urlPath}: duplicate ids ${duplicates.join(', ')}`);
  }
  expect(problems).toEqual([]);
});

test('every page is valid HTML (html-validate, committed .htmlvalidate.json)', async () => {
  const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')));
  const errors: string[] = [];
  for (const page of content) {
    const report = await validator.validateString(page.html, page.file);
    for (const result of report.results)
      for (const m of result.messages) errors.push(`${page.urlPath}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  expect(errors.slice(0, 30)).toEqual([]);
});

/** Gzipped bytes of a module and the modules it imports statically (what runs before any interaction). */
function moduleWeight(src: string, seen = new Set<string>()): number {
  if (seen.has(src)) return 0;
  seen.add(src);
  const code = readFileSync(path.join(DIST, src), 'utf8');
  const imports = [...code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)].map(
    (m) => m[1] ?? '',
  );
  return (
    gzipSize(code) +
    imports.reduce((sum, spec) => sum + moduleWeight(path.posix.join(path.posix.dirname(src), spec), seen), 0)
  );
}

/**
 * What a reader sees first: the page up to its second section heading in <main> (the header, the title and the first
 * section, such as a certification's facts), or the whole page when it has fewer sections.
 */
function firstScreen(html: string): string {
  const main = html.search(/<main\b/);
  const first = main < 0 ? -1 : html.indexOf('<h2', main);
  const second = first < 0 ? -1 : html.indexOf('<h2', first + 3);
  return second < 0 ? html : html.slice(0, second);
}

test('budgets: first screen (HTML + CSS) in the first 14 KB, pages under 24 KB, first JavaScript under 3 KB, CSS under 10 KB, images sized', () => {
  const KB = 1024;
  const report = content.map((page) => {
    const stylesheets = attributeValues(page.html, 'link', 'href').filter((h) => h.endsWith('.css'));
    const css = [
      ...(page.html.match(/<style[^>]*>[\s\S]*?<\/style>/g) ?? []),
      ...stylesheets.map((h) => readFileSync(path.join(DIST, h), 'utf8')),
    ].join('');
    const scripts = attributeValues(page.html, 'script', 'src');
    const seen = new Set<string>();
    return {
      urlPath: page.urlPath,
      htmlAndCss: gzipSize(page.html + stylesheets.map((h) => readFileSync(path.join(DIST, h), 'utf8')).join('')),
      // Stylesheets load before the first paint, so they count in the first round trip.
      firstScreen: gzipSize(
        stylesheets.map((h) => readFileSync(path.join(DIST, h), 'utf8')).join('') + firstScreen(page.html),
      ),
      css: gzipSize(css),
      js: scripts.reduce((sum, src) => sum + moduleWeight(src.replace(/^\//, ''), seen), 0),
      unsizedImages: (page.html.match(/<img\b[^>]*>/g) ?? []).filter(
        (img) => !/\swidth=/.test(img) || !/\sheight=/.test(img),
      ).length,
    };
  });
  const heaviest = [...report].sort((a, b) => b.htmlAndCss - a.htmlAndCss).slice(0, 3);
  console.log(
    `Heaviest pages (HTML + CSS, gzipped):\n${heaviest.map((p) => `  ${p.urlPath}: ${(p.htmlAndCss / KB).toFixed(1)} KB`).join('\n')}`,
  );
  // A page renders from its first round trip (about 14 KB): its CSS and first screen arrive in it, and the rest of a
  // long page (task lists, sources) streams in behind while the reader reads.
  expect(report.filter((p) => p.firstScreen > 14 * KB).map((p) => `${p.urlPath}: ${p.firstScreen} B`)).toEqual([]);
  expect(report.filter((p) => p.htmlAndCss > 24 * KB).map((p) => `${p.urlPath}: ${p.htmlAndCss} B`)).toEqual([]);
  expect(report.filter((p) => p.js > 3 * KB).map((p) => `${p.urlPath}: ${p.js} B of JavaScript`)).toEqual([]);
  console.log(`Most JavaScript before interaction: ${Math.max(...report.map((p) => p.js))} B gzipped`);
  expect(report.filter((p) => p.css > 10 * KB).map((p) => `${p.urlPath}: ${p.css} B of CSS`)).toEqual([]);
  expect(report.filter((p) => p.unsizedImages > 0).map((p) => p.urlPath)).toEqual([]);
});
