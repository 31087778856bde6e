/*
 * Vite wraps every dynamic import in a "preload helper" (a chunk of its own) even with modulePreload turned off
 * (vitejs/vite#18551), and every page that loads search on intent then ships it before any interaction. None of
 * this site's dynamic imports has CSS or chunk dependencies to preload, so each chunk gets a one-line stand-in
 * in place of its import of the helper, and the helper chunk is dropped: one request fewer on every page, and
 * fewer bytes (tests/e2e/budgets.spec.ts counts them). The build fails, naming the chunk, if a dynamic import ever gains a dependency to preload.
 */
import type { Plugin } from 'vite';

/** A call of the helper with a non-empty dependency list, e.g. `,["_astro/x.css"]` after the import. */
const DEPENDENCY_LIST = /,\[\s*["'`][^\]]*\]\)/;

/** `import{t as e}from"./preload-helper.DygEbaNj.js";` as the minifier writes it (names vary). */
const helperImport = (fileName: string) =>
  new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*["']\\./${fileName.split('/').pop()?.replace(/\./g, '\\.')}["'];?`);

/**
 * Replaces a chunk's import of the helper with local stand-ins that just call the loader: `const e=(l)=>l();`.
 * Returns the new code, or undefined when the chunk's import has a shape this function does not understand.
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
  return code.replace(match[0], locals.map((local) => `const ${local}=(l)=>l();`).join(''));
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
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !file.imports.includes(helper.fileName)) continue;
        if (DEPENDENCY_LIST.test(file.code)) {
          this.error(
            `${file.fileName} loads a module that has dependencies to preload; remove leanDynamicImports() from astro.config.mjs or drop the dependency`,
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
