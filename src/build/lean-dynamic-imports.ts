/*
 * Vite wraps every dynamic import in a "preload helper" (a chunk of its own) even with modulePreload turned off
 * (vitejs/vite#18551), and every page that loads search on intent then ships it before any interaction. None of
 * this site's dynamic imports has CSS or chunk dependencies to preload, so each call of the helper is unwrapped to
 * its loader (`e(()=>import("./x.js"),[])` becomes `(import("./x.js"))`), a call of another shape keeps a one-line
 * stand-in, and the helper chunk is dropped: one request fewer on every page, and fewer bytes (tests/e2e/budgets.spec.ts
 * counts them). The build fails, naming the chunk, if a dynamic import ever gains a dependency to preload, or if the
 * helper's chunk ever holds anything else (the bundler puts a module there when exactly the same entries import it).
 */
import { parseAst, type Plugin, type Rolldown } from 'vite';

/** `import{t as e}from"./preload-helper.DygEbaNj.js";` as the minifier writes it (names vary). */
const helperImport = (fileName: string) =>
  new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*["']\\./${fileName.split('/').pop()?.replace(/\./g, '\\.')}["'];?`);

type Node = { type: string; start: number; end: number; [key: string]: unknown };
const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** Every node of an ESTree tree, parents before children. */
function* nodesOf(node: Node): Generator<Node> {
  yield node;
  for (const value of Object.values(node))
    for (const child of Array.isArray(value) ? value : [value]) if (isNode(child)) yield* nodesOf(child);
}

/**
 * Unwraps the calls of the helper (`locals`) that have the shape Vite writes, `e(()=>loader,[])`, to `(loader)`.
 * Returns the new code and whether a call of another shape (one that names `import(`) still needs its stand-in.
 */
function unwrapLoaderCalls(code: string, locals: readonly string[]): { code: string; leftOver: boolean } {
  const edits: { start: number; end: number; text: string }[] = [];
  let leftOver = false;
  for (const node of nodesOf(parseAst(code) as unknown as Node)) {
    const callee = node['callee'] as Node | undefined;
    if (node.type !== 'CallExpression' || callee?.type !== 'Identifier') continue;
    if (!locals.includes(callee['name'] as string)) continue;
    const [loader, deps, ...rest] = node['arguments'] as Node[];
    const body = loader?.type === 'ArrowFunctionExpression' ? (loader['body'] as Node) : undefined;
    if (!body || !code.slice(loader?.start, loader?.end).includes('import(')) continue;
    // `[]`, or the placeholder Vite fills in after this plugin (an empty list here: the plugin checks for CSS).
    const emptyDeps =
      (deps?.type === 'ArrayExpression' && (deps['elements'] as unknown[]).length === 0) ||
      (deps?.type === 'Identifier' && deps['name'] === '__VITE_PRELOAD__');
    const nested = edits.some((edit) => edit.start <= node.start && node.end <= edit.end);
    if (
      (loader?.['params'] as unknown[]).length > 0 ||
      loader?.['async'] === true ||
      body.type === 'BlockStatement' ||
      !emptyDeps ||
      rest.length > 0 ||
      nested
    )
      leftOver = true;
    else edits.push({ start: node.start, end: node.end, text: `(${code.slice(body.start, body.end)})` });
  }
  const unwrapped = edits
    .sort((a, b) => b.start - a.start)
    .reduce((out, edit) => out.slice(0, edit.start) + edit.text + out.slice(edit.end), code);
  return { code: unwrapped, leftOver };
}

/**
 * Replaces a chunk's import of the helper: its calls are unwrapped to their loaders, and a local stand-in that just
 * calls the loader (`const e=(l)=>l();`) is kept only for a call of another shape. Returns the new code, or undefined
 * when the chunk's import has a shape this function does not understand (or the result would not parse).
 */
export function inlinePreloadHelper(code: string, helperFileName: string): string | undefined {
  const match = helperImport(helperFileName).exec(code);
  if (!match) return undefined;
  const locals = (match[1] ?? '')
    .split(',')
    .map(
      (binding) =>
        binding
          .trim()
          .split(/\s+as\s+/)
          .at(-1) ?? '',
    )
    .filter(Boolean);
  if (locals.length === 0) return undefined;
  const { code: unwrapped, leftOver } = unwrapLoaderCalls(code, locals);
  const standIns = leftOver ? locals.map((local) => `const ${local}=(l)=>l();`).join('') : '';
  // The import comes first in the chunk, so unwrapping (which only shortens later text) leaves it where it was.
  const result = unwrapped.replace(match[0], standIns);
  try {
    parseAst(result);
  } catch {
    return undefined;
  }
  return result;
}

/** True when a chunk, or a chunk it imports, brings CSS: the helper would load it beside the chunk. */
function bringsCss(bundle: Rolldown.OutputBundle, fileName: string, seen = new Set<string>()): boolean {
  const file = bundle[fileName];
  if (!file || file.type !== 'chunk' || seen.has(fileName)) return false;
  seen.add(fileName);
  return (file.viteMetadata?.importedCss.size ?? 0) > 0 || file.imports.some((name) => bringsCss(bundle, name, seen));
}

export function leanDynamicImports(): Plugin {
  return {
    name: 'aws-guide:lean-dynamic-imports',
    apply: 'build',
    generateBundle(_options, bundle) {
      const helper = Object.values(bundle).find(
        (file) => file.type === 'chunk' && file.fileName.includes('preload-helper'),
      );
      if (!helper || helper.type !== 'chunk') return;
      if (helper.exports.length !== 1) {
        this.error(
          `${helper.fileName} holds more than Vite's preload helper (it exports ${helper.exports.join(', ')}), which dropping it would lose: give the other modules a chunk of their own`,
        );
      }
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !file.imports.includes(helper.fileName)) continue;
        // Vite writes each call's dependency list after this hook (`__VITE_PRELOAD__` until then), so the chunks it
        // would list are checked here: with modulePreload off, only their CSS would load through the helper.
        const withCss = file.dynamicImports.find((name) => bringsCss(bundle, name));
        if (withCss) {
          this.error(
            `${file.fileName} loads ${withCss}, which brings CSS for the preload helper to load; remove leanDynamicImports() from astro.config.mjs or drop the CSS`,
          );
        }
        const code = inlinePreloadHelper(file.code, helper.fileName);
        if (code === undefined) {
          this.error(`${file.fileName}: the import of ${helper.fileName} has an unexpected shape`);
        }
        file.code = code;
        file.imports = file.imports.filter((name) => name !== helper.fileName);
      }
      delete bundle[helper.fileName];
    },
  };
}
