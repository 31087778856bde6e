/* The guide-drift report as text for a terminal and as Markdown for the GitHub issue the weekly workflow keeps. */
import { formatPartialDate } from '../../src/lib/catalogue/lifecycle-dates.ts';
import { countsOf, type SourcesReport, type VersionOutcome } from './check.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "12 matched, 1 drifted, 1 could not be checked, 0 new guides", and what became of the index. */
export function summaryLine(report: SourcesReport): string {
  const c = countsOf(report);
  const index =
    report.index.status === 'could-not-check'
      ? '; the index of guides could not be checked'
      : report.index.status === 'skipped'
        ? '; the index of guides was not read'
        : '';
  return `${c.matched} matched, ${c.drifted} drifted, ${c.couldNotCheck} could not be checked, ${plural(c.newGuides, 'new guide')}${index}`;
}

const byStatus = (report: SourcesReport, status: VersionOutcome['status']) =>
  report.versions.filter((v) => v.status === status);

const label = (v: VersionOutcome) => `${v.certification} ${v.code}`;

/** The report for a terminal: drift first, then what could not be checked, what matched and the index. */
export function formatTextReport(report: SourcesReport): string {
  const lines = [`Guide-drift check of ${formatPartialDate(report.day)}`, ''];
  for (const v of [...byStatus(report, 'drift'), ...byStatus(report, 'could-not-check')]) {
    lines.push(`${v.status === 'drift' ? 'DRIFT' : 'COULD NOT CHECK'}  ${label(v)}  ${v.guideUrl}`);
    for (const f of v.findings) {
      lines.push(`  - ${f.field}: ours ${f.ours}; AWS ${f.aws}`, `      ${f.url}`);
      if (f.note) lines.push(`      ${f.note}`);
    }
    for (const p of v.unreadable) lines.push(`  - could not check ${p.url}: ${p.problem}`);
  }
  for (const v of byStatus(report, 'matches')) lines.push(`MATCHES  ${label(v)}`);
  lines.push('');
  const index = report.index;
  if (index.status === 'checked') {
    lines.push(
      `Index of exam guides (${index.url}): ${plural(index.listed, 'guide')} listed, ${index.newGuides.length} our content does not know`,
    );
    for (const g of index.newGuides) lines.push(`  - NEW GUIDE  ${g.title}  ${g.url}  (${g.note})`);
  } else if (index.status === 'could-not-check') {
    lines.push(`COULD NOT CHECK the index of exam guides (${index.url}): ${index.problem ?? 'unknown problem'}`);
  } else {
    lines.push('The index of exam guides was not read (--only).');
  }
  lines.push('', summaryLine(report));
  return lines.join('\n');
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The report as Markdown: a summary, a table of differences per version, then pages not read and new guides. */
export function formatMarkdownReport(report: SourcesReport): string {
  const lines = [`## Guide-drift check of ${formatPartialDate(report.day)}`, '', `**${summaryLine(report)}**`, ''];
  const drifted = byStatus(report, 'drift');
  if (drifted.length > 0) lines.push('### Drift', '');
  for (const v of drifted) {
    lines.push(
      `#### ${label(v)} ([guide](${v.guideUrl}))`,
      '',
      '| fact | ours | AWS | page |',
      '| --- | --- | --- | --- |',
    );
    for (const f of v.findings) {
      lines.push(
        `| ${cell(f.field)} | ${cell(f.ours)} | ${cell(f.aws)} | [${cell(new URL(f.url).pathname.split('/').pop() ?? f.url)}](${f.url}) |`,
      );
    }
    lines.push('');
    for (const f of v.findings.filter((f) => f.note)) lines.push(`- ${f.field}: ${f.note}`);
    for (const p of v.unreadable) lines.push(`- could not check ${p.url}: ${p.problem}`);
    lines.push('');
  }
  const unchecked = byStatus(report, 'could-not-check');
  if (unchecked.length > 0 || report.index.status === 'could-not-check') {
    lines.push('### Could not check', '');
    for (const v of unchecked) {
      for (const p of v.unreadable) lines.push(`- ${label(v)}: ${p.url}: ${p.problem}`);
    }
    if (report.index.status === 'could-not-check') {
      lines.push(`- the index of exam guides: ${report.index.url}: ${report.index.problem ?? 'unknown problem'}`);
    }
    lines.push('');
  }
  if (report.index.newGuides.length > 0) {
    lines.push("### Guides in AWS's index that our content does not name", '');
    for (const g of report.index.newGuides) lines.push(`- [${g.title}](${g.url}): ${g.note}`);
    lines.push('');
  }
  const matched = byStatus(report, 'matches');
  if (matched.length > 0) lines.push('### Matched', '', matched.map(label).join(', '), '');
  lines.push(
    "Record each change in the content in our own words, never AWS's sentences; for a reworded task, set its " +
      '`guideTitleHash` with `node tools/exam-guides/title-hash.ts "<AWS title>"`. See the README section ' +
      '"Checking the facts against AWS\'s exam guides".',
  );
  return `${lines.join('\n')}\n`;
}
