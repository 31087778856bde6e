// Proves the tests survive new content: copies the project (its git files) to a temporary folder, adds a complete
// synthetic certification the documented way (npm run new:cert, every field filled, its services in the registry,
// a step on a role path), runs that copy's whole `npm test` on ports of its own and reports green or red.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, parseDocument, stringify } from 'yaml';
import { linkNodeModules } from '../tools/site-copy.ts';

if (process.argv.includes('--help')) {
  console.log(
    [
      'Usage: npm run test:synthetic [-- --keep]',
      'Copies the project, adds a complete synthetic certification as CONTRIBUTING.md describes, runs the copy’s',
      'npm test and reports green or red. --keep leaves the copy in place. The copy serves on E2E_PORT plus 10',
      '(default 4409), away from this checkout; its dated build takes a free port.',
    ].join('\n'),
  );
  process.exit(0);
}

const SLUG = 'quantum-networking-specialty';
const CODE = 'QNS-C01';
/** The copy's server listens ten ports above this checkout's, so the two never meet. */
const ports = { E2E_PORT: String(Number(process.env['E2E_PORT'] ?? 4399) + 10) };

/** The project's files as git knows them (tracked, plus new files not ignored), copied; packages are linked. */
function copyProject(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'aws-guide-synthetic-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    encoding: 'utf8',
  })
    .split('\0')
    .filter((f) => f && existsSync(f));
  for (const file of new Set(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    cpSync(file, path.join(dir, file));
  }
  linkNodeModules(dir);
  return dir;
}

const yamlList = (file: string) => parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];

/** Every TODO left in a value, by path: the scaffold grew a field this script does not fill. */
function todos(value: unknown, at = ''): string[] {
  if (typeof value === 'string') return value.includes('TODO') ? [at] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => todos(v, `${at}.${i}`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => todos(v, at ? `${at}.${k}` : k));
  return [];
}

/** Scaffolds the certification with npm run new:cert in `dir`, then fills every field and registers it. */
function addCertification(dir: string): void {
  const scaffold = spawnSync('npm', ['run', '--silent', 'new:cert', '--', SLUG], { cwd: dir, encoding: 'utf8' });
  if (scaffold.status !== 0) throw new Error(`npm run new:cert failed:\n${scaffold.stderr}`);
  const file = path.join(dir, 'content/certifications', `${SLUG}.mdx`);
  const [, yaml = ''] = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(file, 'utf8')) ?? [];
  const data = parse(yaml) as Record<string, unknown>;

  // Ids and slugs come from the copy's own content, so the script follows the catalogue as it grows.
  const services = yamlList(path.join(dir, 'content/services.yaml')).map((s) => String(s['id']));
  const roles = yamlList(path.join(dir, 'content/roles.yaml')).map((r) => String(r['id']));
  const foundational = readdirSync(path.join(dir, 'content/certifications'))
    .filter((f) => f.endsWith('.mdx') && f !== `${SLUG}.mdx`)
    .find((f) => /^category: foundational$/m.test(readFileSync(path.join(dir, 'content/certifications', f), 'utf8')));
  const covered = services.slice(0, 12);
  const guideUrl = `https://docs.aws.amazon.com/aws-certification/latest/${SLUG}-01/${SLUG}-01.html`;
  const official = `https://aws.amazon.com/certification/certified-${SLUG}/`;
  const source = (confirms: string) => ({ url: official, confirms, origin: 'aws', asOf: '2026-11-02' });
  const task = (task: string, i: number) => ({
    task,
    services: [covered[i % covered.length], covered[(i + 1) % covered.length]],
  });

  Object.assign(data, {
    title: 'AWS Certified Quantum Networking – Specialty',
    shortName: 'Quantum Networking – Specialty',
    description: 'A synthetic Specialty certification that proves the tests follow the data when a new exam is added.',
    aliases: ['QNS', 'Quantum Networking'],
    category: 'specialty',
    focus: 'Designing, securing and running entangled networks on a synthetic AWS.',
    roles: roles.slice(0, 1),
    versions: [
      {
        code: CODE,
        announced: '2025-03-10',
        beta: {
          from: '2025-04-01',
          until: '2025-05-15',
          format: { minutes: 200, questions: { total: 85 }, priceUsd: 150 },
        },
        availableFrom: '2025-06-02',
        format: {
          minutes: 170,
          questions: { scored: 50, unscored: 15 },
          questionTypes: ['multiple-choice', 'multiple-response', 'ordering'],
          priceUsd: 300,
          passingScore: 750,
          languages: ['English', 'Japanese'],
          delivery: ['test-centre', 'online-proctored'],
        },
        domains: [
          {
            name: 'Designing entangled networks',
            weight: 40,
            tasks: [
              task('Choose a topology that keeps pairs of nodes in step across regions.', 0),
              task('Plan the address space of a network that spans several accounts.', 2),
            ],
          },
          {
            name: 'Securing the links',
            weight: 35,
            tasks: [task('Keep keys rotating without interrupting traffic between the sites.', 4)],
          },
          {
            name: 'Operating and troubleshooting',
            weight: 25,
            tasks: [task('Find why a link drops packets only under a heavy load at night.', 6)],
          },
        ],
        note: 'The synthetic exam runs in two languages; more are expected once the beta results are in.',
        changeNote:
          'The first version of the synthetic exam, added to prove the tests take their counts from the data.',
        guide: { url: guideUrl, revision: '1.0' },
        resources: [
          {
            kind: 'exam-guide',
            title: 'Quantum Networking exam guide',
            url: guideUrl,
            free: true,
            checked: '2026-11-02',
          },
          {
            kind: 'sample-questions',
            title: 'Quantum Networking sample questions',
            url: `https://d1.awsstatic.com/training-and-certification/docs-${SLUG}/sample-questions.pdf`,
            free: true,
            checked: '2026-11-02',
            domains: [1, 2],
          },
          {
            kind: 'practice-question-set',
            title: 'Official practice question set for Quantum Networking',
            url: 'https://skillbuilder.aws/exam-prep/quantum-networking-specialty',
            free: true,
            checked: '2026-11-02',
          },
        ],
        sources: [source(`the ${CODE} dates, format, price and domains`)],
        unverified: [{ fact: 'languages', note: 'Only the English and Japanese exams are confirmed so far.' }],
      },
    ],
    formerNames: [
      {
        name: 'AWS Certified Entangled Networking – Specialty',
        until: '2025-05',
        slug: 'entangled-networking-specialty',
      },
    ],
    coveredServices: covered,
    recommendedExperience: 'Five years of network engineering, two of them running networks on AWS.',
    recommendedPrior: foundational ? [path.basename(foundational, '.mdx')] : [],
    recertification: { renewedBy: [SLUG], otherOptions: ['Passing the beta of its next version also renews it.'] },
    links: { officialPage: official },
    sources: [source('the recommended experience, the covered services and how to renew')],
    unverified: [
      { fact: 'coveredServices', note: 'The exam guide stresses these services; its appendix is not out yet.' },
    ],
  });
  const left = todos(data);
  if (left.length > 0) throw new Error(`new:cert wrote fields this script does not fill: ${left.join(', ')}`);
  const body = [
    '## Who it suits',
    'Network engineers who already run large networks on AWS and want a credential that shows they can design the next kind.',
    '## What the exam really tests',
    'Scenario questions about topologies, keys and failures, where two answers work and only one keeps the cost down.',
    '## How it differs from its neighbours',
    'It goes further into links between sites than the networking exam, and says little about applications.',
    '## How to prepare',
    'Read the exam guide, build a small network across two regions, then break it on purpose and fix it.',
    '## What comes next',
    'Nothing follows it yet; most holders keep it current by sitting its next version.',
  ].join('\n\n');
  writeFileSync(file, `---\n${stringify(data)}---\n\n${body}\n`);

  // CONTRIBUTING: link it from a role path where it fits; the role then lists it as a step.
  const rolesFile = path.join(dir, 'content/roles.yaml');
  const rolesDoc = parseDocument(readFileSync(rolesFile, 'utf8'));
  rolesDoc.addIn([0, 'path'], {
    certification: SLUG,
    reason: 'A deep step for readers of this path who end up running networks between many sites.',
  });
  writeFileSync(rolesFile, rolesDoc.toString());
}

const dir = copyProject();
console.log(`--- copy of the project in ${dir}`);
addCertification(dir);
console.log(`--- added content/certifications/${SLUG}.mdx; running npm test there on port ${ports.E2E_PORT}`);
const started = performance.now();
const run = spawnSync('npm', ['test'], {
  cwd: dir,
  stdio: ['ignore', 'pipe', 'inherit'],
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
  env: { ...process.env, ...ports, CI: 'true' },
});
process.stdout.write(run.stdout);
const last = run.stdout.trim().split('\n').at(-1) ?? '';
const seconds = ((performance.now() - started) / 1000).toFixed(0);
const green = run.status === 0;
console.log(`\nsynthetic certification: ${green ? 'green' : 'red'} (${last}) in ${seconds} s`);
if (process.argv.includes('--keep') || !green) console.log(`the copy is left in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
process.exitCode = green ? 0 : 1;
