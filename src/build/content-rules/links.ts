/* Links: no source, resource or body links to a host that sells or hosts exam dumps; no TODO placeholder is left. */
import type { BlockedHost, CatalogueInput, ContentProblem } from './problems.ts';

/** Field paths whose text still holds a TODO placeholder (left by `npm run new:cert`). */
export function placeholderFields(value: unknown, at = ''): string[] {
  if (typeof value === 'string') return /\bTODO\b/.test(value) ? [at] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => placeholderFields(item, at ? `${at}.${i}` : String(i)));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => placeholderFields(item, at ? `${at}.${key}` : key));
  }
  return [];
}

/** Every web address in a value (at its field path) and in a Markdown body (field `body`). */
export function linksIn(value: unknown, body?: string, at = ''): { field: string; url: string }[] {
  const found: { field: string; url: string }[] = [];
  const walk = (item: unknown, path: string) => {
    if (typeof item === 'string') {
      for (const url of item.match(/https?:\/\/[^\s)\]>"'`]+/g) ?? []) found.push({ field: path, url });
    } else if (Array.isArray(item)) item.forEach((v, i) => walk(v, path ? `${path}.${i}` : String(i)));
    else if (item && typeof item === 'object')
      for (const [key, v] of Object.entries(item)) walk(v, path ? `${path}.${key}` : key);
  };
  walk(value, at);
  if (body) walk(body, 'body');
  return found;
}

/** The blocked host a URL points to, if any (the host itself or any subdomain of it). */
export function blockedHostOf(url: string, blocked: readonly BlockedHost[]): BlockedHost | undefined {
  let hostname: string;
  try {
    hostname = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return blocked.find((b) => hostname === b.host || hostname.endsWith(`.${b.host}`));
}

/** Every link in the content (certifications, the changes log, guides and other files) to a blocked host. */
export function blockedLinkProblems(input: CatalogueInput, changesFile: string): ContentProblem[] {
  const blocked = input.blockedHosts ?? [];
  const inFile = (file: string, data: unknown, body?: string): ContentProblem[] =>
    linksIn(data, body).flatMap(({ field, url }) => {
      const host = blockedHostOf(url, blocked);
      return host
        ? [
            {
              file,
              field,
              message: `expected a source that does not sell or host exam dumps, found ${url} (${host.host}: ${host.reason}); cite AWS's own page or an independent study source instead`,
            },
          ]
        : [];
    });
  return [
    ...input.certifications.flatMap((cert) => inFile(cert.file, cert.data, cert.body)),
    ...(input.changes ?? []).flatMap((change, i) => inFile(changesFile, { [String(i)]: change })),
    ...(input.otherFiles ?? []).flatMap((other) => inFile(other.file, other.data, other.body)),
  ];
}

/** Every field of a certification still holding the TODO placeholders `npm run new:cert` writes. */
export const placeholderProblems = (input: CatalogueInput): ContentProblem[] =>
  input.certifications.flatMap((cert) =>
    placeholderFields(cert.data).map((field) => ({
      file: cert.file,
      field,
      message: 'expected real content, found a TODO placeholder; fill it in from a source (see CONTRIBUTING.md)',
    })),
  );
