/*
 * Vite wraps every dynamic import in a "preload helper" (0.9 KB gzipped) even with modulePreload turned off
 * (vitejs/vite#18551), and every page that loads search on intent then ships it before any interaction. None of
 * this site's dynamic imports has CSS or chunk dependencies to preload, so the helper is replaced by a one-line
 * function; the build fails, naming the chunk, if a dynamic import ever gains such a dependency.
 */
import type { Plugin } from 'vite';

/** A call of the helper with a non-empty dependency list, e.g. `,["_astro/x.css"]` after the import. */
const DEPENDENCY_LIST = /,\[\s*["'`][^\]]*\]\)/;

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
      }
      helper.code = `const p=(load)=>load();export{${helper.exports.map((name) => `p as ${name}`).join(',')}};\n`;
    },
  };
}
