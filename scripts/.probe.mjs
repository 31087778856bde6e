import { chromium } from '@playwright/test';
const b = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const p = await b.newPage();
await p.goto('http://127.0.0.1:4400/');
const queries = process.argv.slice(2);
const out = await p.evaluate(async (queries) => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.options({ ranking: { metaWeights: { code: 10, aliases: 8, title: 6 } } });
  await pf.init();
  const res = {};
  for (const q of queries) {
    const s = await pf.search(q);
    const d = await Promise.all(s.results.slice(0, 5).map((r) => r.data()));
    res[q] = d.map((x) => x.url.replace(/^\/|\/$/g, ''));
  }
  return res;
}, queries);
for (const [q, r] of Object.entries(out)) console.log(q.padEnd(20), r.join('  '));
await b.close();
