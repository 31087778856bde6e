/*
 * A short fingerprint of an AWS exam-guide task title. Content records it beside each task statement (which is in our
 * own words), so the guide-drift check can tell when AWS rewrites a task without AWS's sentence being copied into the
 * content. Run it by hand to fingerprint a title: node tools/exam-guides/title-hash.ts "Task 2.3: Identify and …"
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

/** A task title without its "Task 2.3:" prefix, in one canonical spelling: case, spaces and typography ignored. */
export function normaliseTaskTitle(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/^\s*task\s+\d+\.\d+\s*[:.-]?\s*/i, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '')
    .toLowerCase();
}

/** The first eight hex digits of the SHA-256 of the normalised title. */
export function taskTitleHash(title: string): string {
  return createHash('sha256').update(normaliseTaskTitle(title)).digest('hex').slice(0, 8);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const titles = process.argv.slice(2);
  if (titles.length === 0 || titles.includes('--help')) {
    console.log(
      'Usage: node tools/exam-guides/title-hash.ts "Task 2.3: <AWS task title>" […]\nPrints each fingerprint.',
    );
  } else {
    for (const title of titles) console.log(`${taskTitleHash(title)}  ${normaliseTaskTitle(title)}`);
  }
}
