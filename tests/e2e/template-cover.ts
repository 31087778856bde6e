import { Parser } from 'htmlparser2';

/**
 * What axe's verdict on a page can depend on besides its words: each element name, and each element name with each
 * of its classes, roles, ARIA attributes and input types ("span.badge", "a[aria-current]", "input[type=radio]").
 * Styles select by these, and axe's rules judge elements by them; headings' order and unique ids, which do depend on
 * the content, are checked on every page by the HTML checkers (valid-html.spec.ts, built-site.spec.ts).
 */
export function markupKeysOf(html: string): Set<string> {
  const keys = new Set<string>();
  const parser = new Parser({
    onopentag(name, attributes) {
      keys.add(name);
      for (const cls of (attributes['class'] ?? '').split(/\s+/).filter(Boolean)) keys.add(`${name}.${cls}`);
      for (const [attribute, value] of Object.entries(attributes)) {
        if (attribute === 'role' || (name === 'input' && attribute === 'type'))
          keys.add(`${name}[${attribute}=${value}]`);
        else if (attribute.startsWith('aria-')) keys.add(`${name}[${attribute}]`);
      }
    },
  });
  parser.end(html);
  return keys;
}

/** A page's template: its first path segment and its depth ("/services/amazon-s3/" → "services/2"). */
export const templateOf = (urlPath: string): string => {
  const parts = urlPath.split('/').filter(Boolean);
  return `${parts[0] ?? ''}/${parts.length}`;
};

/**
 * Every page of a template of up to `wholeTemplate` pages, and of a larger one the fewest pages that together use
 * every markup key (markupKeysOf) any of its pages uses, picked greedily: the most new keys first, the first listed
 * on a tie. `htmlOf` reads a page's built HTML.
 */
export function coveringPages(
  paths: readonly string[],
  htmlOf: (urlPath: string) => string,
  wholeTemplate: number,
): Set<string> {
  const chosen = new Set<string>();
  for (const group of Map.groupBy(paths, templateOf).values()) {
    if (group.length <= wholeTemplate) {
      group.forEach((p) => chosen.add(p));
      continue;
    }
    const keys = new Map(group.map((p) => [p, markupKeysOf(htmlOf(p))]));
    const uncovered = new Set([...keys.values()].flatMap((k) => [...k]));
    const newKeys = (k: Set<string>) => [...k].filter((key) => uncovered.has(key)).length;
    while (uncovered.size > 0) {
      const [best] = [...keys].sort(([, a], [, b]) => newKeys(b) - newKeys(a));
      if (!best) break;
      chosen.add(best[0]);
      best[1].forEach((k) => uncovered.delete(k));
      keys.delete(best[0]);
    }
  }
  return chosen;
}
