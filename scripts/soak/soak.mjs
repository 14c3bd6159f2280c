// A bounded soak of a running SummitGraph: mixed queries (POST and GET) at a fixed concurrency for a fixed
// time, over loopback only. Reports requests, errors, latency percentiles and the service's heap (after a
// full GC, through jcmd) and RSS at start and end. Exits 1 on any 5xx, transport error or GraphQL error,
// or when memory grew beyond the bound (end > 1.5 x start + 64 MB, for heap and RSS alike).
// Usage: node soak.mjs --url http://127.0.0.1:8080/graphql --pid 1234 [--seconds 300] [--concurrency 8]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) =>
  arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs, []));
const url = new URL(args.url ?? 'http://127.0.0.1:8080/graphql');
const pid = args.pid;
const seconds = Number(args.seconds ?? 300);
const concurrency = Number(args.concurrency ?? 8);
if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
  console.error('The soak runs against loopback only');
  process.exit(2);
}

// Mixed reads across the schema: lists, nesting, search, node lookups, GET.
const queries = [
  { query: '{ sources { totalCount nodes { id title publishedOn { iso } author { name } } } }' },
  { query: 'query($n: String) { people(filter: {name: $n}) { nodes { name quotes(first: 5) { nodes { text citations { excerpt } } } } } }', variables: { n: 'kim' } },
  { query: 'query($q: String!) { search(query: $q, first: 10) { totalCount edges { rank snippet node { __typename id } } } }', variables: { q: 'summit denuclearization' } },
  { query: '{ summits(first: 3) { nodes { name date { iso precision } location { name country { name } } participants { edges { role node { name } } } } } }' },
  { query: '{ commitments(first: 10) { nodes { description status parties { ... on Country { name } ... on Person { name } } citations { excerpt source { title } } } } }' },
  { query: '{ countries { nodes { name isoCode } } disputes { totalCount nodes { claims { citation { excerpt } } } } }' },
  { get: true, query: '{ events(first: 20) { totalCount nodes { name kind date { iso } } } }' },
];

function memory() {
  if (!pid) return null;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)[1]);
  let heapMb = NaN; // jcmd comes with a JDK; with a JRE only RSS is reported
  try {
    execFileSync('jcmd', [pid, 'GC.run'], { stdio: 'ignore' });
    // One "total …K, used …K" line per heap (G1) or per generation (Serial, Parallel): their sum.
    const info = execFileSync('jcmd', [pid, 'GC.heap_info'], { encoding: 'utf8' });
    const used = [...info.matchAll(/total \d+K, used (\d+)K/g)].map((m) => Number(m[1]));
    if (used.length > 0) heapMb = used.reduce((a, b) => a + b, 0) / 1024;
  } catch {}
  return { heapMb, rssMb: rssKb / 1024 };
}

async function send(q) {
  if (q.get) {
    const u = new URL(url);
    u.searchParams.set('query', q.query);
    return fetch(u, { headers: { accept: 'application/json' } });
  }
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: q.query, variables: q.variables }),
  });
}

// Warm up, then check every query answers without errors.
for (const q of queries) {
  const body = await (await send(q)).json();
  if (body.errors) {
    console.error('A soak query fails before the soak:', JSON.stringify(body.errors));
    process.exit(1);
  }
}
const before = memory();
const latencies = [];
let requests = 0, serverErrors = 0, clientErrors = 0, graphqlErrors = 0, transportErrors = 0;
const end = Date.now() + seconds * 1000;
async function worker(id) {
  let i = id;
  while (Date.now() < end) {
    const q = queries[i++ % queries.length];
    const started = process.hrtime.bigint();
    try {
      const response = await send(q);
      const body = await response.text();
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      requests++;
      if (response.status >= 500) serverErrors++;
      else if (response.status >= 400) clientErrors++;
      else if (JSON.parse(body).errors) graphqlErrors++;
    } catch (e) {
      requests++;
      transportErrors++;
    }
  }
}
const started = Date.now();
await Promise.all(Array.from({ length: concurrency }, (_, id) => worker(id)));
const elapsed = (Date.now() - started) / 1000;
const after = memory();
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]?.toFixed(1);
console.log(`Soak: ${seconds} s at concurrency ${concurrency} against ${url}`);
console.log(`requests ${requests} (${(requests / elapsed).toFixed(0)}/s), 5xx ${serverErrors}, 4xx ${clientErrors}, ` +
  `GraphQL errors ${graphqlErrors}, transport errors ${transportErrors}`);
console.log(`latency ms: p50 ${pct(0.5)}, p90 ${pct(0.9)}, p99 ${pct(0.99)}, max ${latencies.at(-1)?.toFixed(1)}`);
let ok = serverErrors === 0 && transportErrors === 0 && graphqlErrors === 0 && clientErrors === 0 && requests > 0;
if (before && after) {
  console.log(`heap after GC MB: start ${before.heapMb.toFixed(1)}, end ${after.heapMb.toFixed(1)}; ` +
    `RSS MB: start ${before.rssMb.toFixed(1)}, end ${after.rssMb.toFixed(1)}`);
  const bounded = (a, b) => b <= 1.5 * a + 64;
  if ((!Number.isNaN(before.heapMb) && !bounded(before.heapMb, after.heapMb)) || !bounded(before.rssMb, after.rssMb)) {
    console.log('Memory grew beyond the bound (end > 1.5 x start + 64 MB)');
    ok = false;
  }
}
console.log(ok ? 'Soak passed' : 'Soak FAILED');
process.exit(ok ? 0 : 1);
