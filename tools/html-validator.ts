/*
 * The W3C Nu HTML Checker (the npm package vnu-jar) run on files or folders with the machine's Java, in one JVM.
 * vnu-jar's own install script, which would download a Java runtime, is switched off in package.json's allowScripts:
 * Java comes from the system (Debian's default-jre-headless, which .ci/run installs where it is missing).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** One error the checker reports. */
export interface HtmlError {
  /** The file, relative to the project. */
  file: string;
  line: number | undefined;
  message: string;
}

/** Java's command, or undefined when the machine has none (JAVA_HOME first, then PATH). */
export function findJava(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = [env['JAVA_HOME'] ? path.join(env['JAVA_HOME'], 'bin', 'java') : undefined, 'java'];
  return candidates.find((java) => java && spawnSync(java, ['-version'], { stdio: 'ignore', env }).status === 0);
}

/** What to do when there is no Java, said once. */
export const NO_JAVA_MESSAGE = [
  'No Java found for the HTML checker (vnu.jar). Any one of these works:',
  "  1. sudo apt-get install default-jre-headless   (Debian's Java; .ci/run installs it)",
  '  2. JAVA_HOME=/path/to/a/jdk npm test           (a Java 11 or later you already have)',
].join('\n');

/**
 * Messages of the checker's CSS part about CSS it does not know yet, all valid and shipped in current browsers (CSS
 * Containment 3 and Scroll-driven Animations; see src/styles/tables.css). Exactly these are set aside: any other CSS
 * error, and every HTML error, counts.
 */
export const CSS_CHECKER_GAPS: readonly RegExp[] = [
  /^CSS: “container-type”: Property “container-type” doesn't exist\.$/,
  /^CSS: “animation-timeline”: Property “animation-timeline” doesn't exist\.$/,
  // The container query unit cqi ("100cqi").
  /^CSS: “max-inline-size”: Unknown dimension\.$/,
];

/**
 * A deep stack for the checker's parser; the client compiler only and the serial collector: one short run gains nothing
 * from the optimising compiler and parallel collection, which more than doubled the processor time it took.
 */
const JVM_OPTIONS = ['-Xss8m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

/** The errors the checker finds in the given files and folders (only .html files are read). */

export function validateHtml(targets: readonly string[], java = findJava()): HtmlError[] {
  if (!java) throw new Error(NO_JAVA_MESSAGE);
  const jar = path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
  const run = spawnSync(
    java,
    [
      ...JVM_OPTIONS,
      '-jar',
      jar,
      '--skip-non-html',
      '--errors-only',
      '--format',
      'json',
      '--exit-zero-always',
      ...targets,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new Error(`the HTML checker did not run: ${run.stderr || run.error?.message}`);
  // The checker writes its JSON report to stderr.
  const report = JSON.parse(run.stderr) as {
    messages: { type: string; url?: string; lastLine?: number; message: string }[];
  };
  return report.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .filter((m) => !CSS_CHECKER_GAPS.some((gap) => gap.test(m.message)))
    .map((m) => ({
      file: m.url ? path.relative('.', new URL(m.url).pathname) : '(checker)',
      line: m.lastLine,
      message: m.message,
    }));
}
