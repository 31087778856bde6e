// Serves dist/ the way a static host would, applying the rules of dist/_headers (Netlify/Cloudflare
// format), compressing text, and answering unknown paths with 404.html and status 404. Used by the
// security-header tests and the benchmarks. With --base /repo/ it serves the folder under that path, as
// GitHub Pages serves a project site, and answers anything outside it with a bare 404.
// --port 0 picks a free port; the line printed on start says which. With --log-bytes it prints one line per
// response, `bytes <n> <path>`, where n is what went on the socket (headers and the compressed body).
// --mount /path/=folder serves a second folder at a path beside the site, cached for a year: the end-to-end tests
// serve axe-core there, so each page of the accessibility sweep loads it as a same-origin script the browser caches.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { createGzip } from 'node:zlib';

if (process.argv.includes('--help')) {
  console.log(
    'Usage: node scripts/serve-dist.mjs [--port 4398] [--dir dist] [--base /] [--mount /path/=folder] [--log-bytes]',
  );
  process.exit(0);
}
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const port = Number(arg('--port', '4398'));
const root = path.resolve(arg('--dir', 'dist'));
/** The path the folder is served under, "/" or "/repo/" (the same shape as src/lib/site/routes.ts's normaliseBase). */
const base = `/${arg('--base', '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/** Parses a _headers file into [{ pattern, headers }]. */
function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const at = line.indexOf(':');
      rules.at(-1).headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}
/** The --mount option: a URL path ending in "/" and the folder served under it. */
const mount = (() => {
  const option = arg('--mount', undefined);
  if (option === undefined) return undefined;
  const [, urlPath, folder] = /^(\/(?:[^=]*\/)?)=(.+)$/.exec(option) ?? [];
  if (!urlPath || !folder) throw new Error(`--mount takes /path/=folder, got "${option}"`);
  return { urlPath, folder: path.resolve(folder) };
})();

/** Answers a request for a file of the --mount folder: the file, cached for a year, or 404. */
function serveMounted(response, urlPath) {
  const file = path.join(mount.folder, urlPath.slice(mount.urlPath.length));
  if (!file.startsWith(`${mount.folder}${path.sep}`) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(`Not found in ${mount.urlPath}`);
    return;
  }
  response.writeHead(200, {
    'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'public, max-age=31536000, immutable',
  });
  createReadStream(file).pipe(response);
}

const matches = (pattern, urlPath) =>
  pattern.endsWith('*') ? urlPath.startsWith(pattern.slice(0, -1)) : urlPath === pattern;
const rules = existsSync(path.join(root, '_headers'))
  ? parseHeadersFile(readFileSync(path.join(root, '_headers'), 'utf8'))
  : [];

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.wasm': 'application/wasm',
};

/** The decoded path of a request, or undefined when its %-escapes are malformed (answered 400, not a crash). */
function decodedPath(url) {
  try {
    return decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname);
  } catch {
    return undefined;
  }
}

const logBytes = process.argv.includes('--log-bytes');
/** Bytes written on each keep-alive socket up to its previous response, to report each response's share. */
const written = new WeakMap();
const server = createServer((request, response) => {
  if (logBytes) {
    response.on('finish', () => {
      const socket = response.socket ?? request.socket;
      const before = written.get(socket) ?? 0;
      written.set(socket, socket.bytesWritten);
      console.log(`bytes ${socket.bytesWritten - before} ${request.url}`);
    });
  }
  const urlPath = decodedPath(request.url);
  if (urlPath === undefined) {
    response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Bad request: the address has a malformed %-escape.');
    return;
  }
  if (mount && urlPath.startsWith(mount.urlPath)) {
    serveMounted(response, urlPath);
    return;
  }
  if (`${urlPath}/` === base) {
    response.writeHead(301, { Location: base });
    response.end();
    return;
  }
  if (!urlPath.startsWith(base)) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(`Not found: this server serves ${base} only.`);
    return;
  }
  /** The path inside the folder, which is also what the rules of _headers match. */
  const sitePath = `/${urlPath.slice(base.length)}`;
  let file = path.join(root, sitePath);
  if (!file.startsWith(root)) file = path.join(root, '404.html');
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  let status = 200;
  if (!existsSync(file)) {
    status = 404;
    file = path.join(root, '404.html');
  }
  const headers = { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' };
  for (const rule of rules) if (matches(rule.pattern, sitePath)) Object.assign(headers, rule.headers);
  // Compress text the way static hosts and CDNs do; Pagefind's own files are already compressed.
  const compressible = /^(text\/|application\/(json|xml|javascript))|image\/svg/.test(headers['Content-Type']);
  if (compressible && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
    response.writeHead(status, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
    createReadStream(file).pipe(createGzip()).pipe(response);
  } else {
    response.writeHead(status, headers);
    createReadStream(file).pipe(response);
  }
});
server.listen(port, '127.0.0.1', () => {
  console.log(`serving ${root} on http://127.0.0.1:${server.address().port}${base}`);
});
