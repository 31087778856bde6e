// Scaffolds content/certifications/<slug>.mdx with every field and TODO markers that fail the build until filled.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const usage = 'Usage: npm run new:cert -- <slug>   (e.g. npm run new:cert -- solutions-architect-expert)';
const slug = process.argv.slice(2).find((a) => !a.startsWith('-'));
if (process.argv.includes('--help')) {
  console.log(
    `${usage}\nWrites content/certifications/<slug>.mdx with TODO markers; the build fails until every one is replaced.`,
  );
  process.exit(0);
}
if (!slug || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
  console.error(`${usage}\nThe slug must be lower-case words joined by hyphens, mirroring AWS's page name.`);
  process.exit(2);
}
const dir = process.env['CERTIFICATIONS_DIR'] ?? 'content/certifications';
const file = path.join(dir, `${slug}.mdx`);
if (existsSync(file)) {
  console.error(`${file} already exists; edit it instead.`);
  process.exit(1);
}
const today = new Date().toISOString().slice(0, 10);

writeFileSync(
  file,
  `---
# Every TODO fails the build until it is replaced. Field meanings: src/schemas/certification.ts.
title: 'TODO: full official name, e.g. AWS Certified Solutions Architect – Associate'
shortName: 'TODO: short name'
description: 'TODO: one or two sentences (20–200 characters) for search engines and link previews.'
aliases: ['TODO: nicknames and abbreviations readers search for']
examCode: TODO-C01
earlierCodes: []
tier: TODO # foundational | associate | professional | specialty
status: active
launchedOn: 'TODO: YYYY-MM-DD, or YYYY-MM when only the month is known'
focus: 'TODO: what it is about, in one line'
roles: [] # ids from content/roles.yaml
exam:
  minutes: TODO
  questions: { scored: TODO, unscored: TODO }
  questionTypes: [multiple-choice, multiple-response]
  priceUsd: TODO
  passingScore: TODO
  languages: []
  delivery: [test-centre, online-proctored]
domains:
  - { name: 'TODO: domain name as in the exam guide', weight: 100 }
coveredServices: [] # 10–30 ids from content/services.yaml
recommendedExperience: 'TODO: the experience AWS recommends'
recommendedPrior: []
recertification:
  renewedBy: [${slug}]
  otherOptions: []
links:
  officialPage: https://aws.amazon.com/certification/certified-${slug}/
  examGuide: https://docs.aws.amazon.com/aws-certification/latest/TODO/
sources:
  - url: https://aws.amazon.com/certification/certified-${slug}/
    confirms: 'TODO: which facts this source confirms'
    official: true
lastVerified: '${today}'
unverified: []
---

## Who it suits

TODO: write in your own words.

## What the exam really tests

## How it differs from its neighbours

## How to prepare

## What comes next
`,
);
console.log(`wrote ${file}: replace every TODO, then run npm test`);
