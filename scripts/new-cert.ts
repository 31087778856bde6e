// Scaffolds content/certifications/<slug>.mdx with every field and TODO markers that fail the build until filled.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isSlug } from '../src/lib/site/slug.ts';

const usage = 'Usage: npm run new:cert -- <slug>   (e.g. npm run new:cert -- solutions-architect-expert)';
const slug = process.argv.slice(2).find((a) => !a.startsWith('-'));
if (process.argv.includes('--help')) {
  console.log(
    `${usage}\nWrites content/certifications/<slug>.mdx with TODO markers; the build fails until every one is replaced.`,
  );
  process.exit(0);
}
if (!slug || !isSlug(slug)) {
  console.error(`${usage}\nThe slug must be lower-case words joined by hyphens, mirroring AWS's page name.`);
  process.exit(2);
}
const dir = process.env['CERTIFICATIONS_DIR'] ?? 'content/certifications';
const file = path.join(dir, `${slug}.mdx`);
if (existsSync(file)) {
  console.error(`${file} already exists; edit it instead.`);
  process.exit(1);
}

writeFileSync(
  file,
  `---
# Every TODO fails the build until it is replaced. Field meanings: src/schemas/certification.ts.
# Status and the current version are computed from the versions' dates; never type them.
title: 'TODO: full official name, e.g. AWS Certified Solutions Architect – Associate'
shortName: 'TODO: short name'
description: 'TODO: one or two sentences (20–200 characters) for search engines and link previews.'
aliases: ['TODO: nicknames and abbreviations readers search for']
category: TODO # foundational | associate | professional | specialty | business
focus: 'TODO: what it is about, in one line'
roles: [] # ids from content/roles.yaml
versions: # newest first
  - code: TODO-C01
    announced: 'TODO: YYYY-MM-DD (or YYYY-MM) when AWS announced it'
    availableFrom: 'TODO: first day of the standard exam; leave out while it is only in beta'
    # beta: { from: 'YYYY-MM-DD', until: 'YYYY-MM-DD', format: { minutes: 170, questions: { total: 85 }, priceUsd: 75 } }
    # lastDay: 'YYYY-MM-DD'
    format: # leave out what AWS has not published: the page shows "Not yet confirmed"
      minutes: TODO
      questions: { scored: TODO, unscored: TODO }
      questionTypes: [multiple-choice, multiple-response]
      priceUsd: TODO
      passingScore: TODO
      delivery: [test-centre, online-proctored]
    domains:
      - { name: 'TODO: domain name as in the exam guide', weight: 100 }
    guide:
      url: https://docs.aws.amazon.com/aws-certification/latest/TODO/
    sources:
      - url: https://aws.amazon.com/certification/certified-${slug}/
        confirms: 'TODO: which facts this source confirms'
        origin: aws # aws | aws-copy (with copyOf) | independent
        asOf: 'TODO: the date the source reflects, or undated'
coveredServices: [] # 10–30 ids from content/services.yaml
recommendedExperience: 'TODO: the experience AWS recommends'
recommendedPrior: []
recertification:
  renewedBy: [${slug}]
  otherOptions: []
links:
  officialPage: https://aws.amazon.com/certification/certified-${slug}/
sources:
  - url: https://aws.amazon.com/certification/certified-${slug}/
    confirms: 'TODO: which facts about the certification as a whole this source confirms'
    origin: aws
    asOf: 'TODO: the date the source reflects, or undated'
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
