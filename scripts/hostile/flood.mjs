// The citation flood of issue 17 against a running service: a normal query's latency alone, then while
// N clients send the 98-byte flood in a loop; also what the flood got, the service's RSS and its liveness after.
//
//   node scripts/hostile/flood.mjs --url http://127.0.0.1:8080 --pid <service pid> [--seconds 20] [--flooders 16]
import { readFileSync } from 'node:fs';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (arg.startsWith('--')) pairs.push([arg.slice(2), all[i + 1]]);
    return pairs;
  }, []));
const BASE = args.url ?? 'http://127.0.0.1:8080';
const SECONDS = Number(args.seconds ?? 20);
const FLOODERS = Number(args.flooders ?? 16);
const FLOOD = '{ sources(first:100){nodes{citations(first:100){nodes{source{text}}}}} }';
const NORMAL = '{ summits(first: 3) { nodes { name location { name } participants { edges { role node { name } } } } } }';

const post = async query => {
  const started = performance.now();
  const response = await fetch(`${BASE}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }),
  });
  const body = await response.json();
  return { status: response.status, body, ms: performance.now() - started };
};
const rss = () => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${args.pid}/status`, 'utf8'))[1]) / 1024;
  } catch { return NaN; }
};
const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };

async function probe(seconds) {
  const latencies = [];
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    const r = await post(NORMAL);
    if (r.status !== 200 || !r.body.data?.summits?.nodes?.length) throw new Error(`normal query failed: ${JSON.stringify(r.body).slice(0, 300)}`);
    latencies.push(r.ms);
  }
  return latencies;
}

const alone = await probe(Math.min(10, SECONDS));
console.log(`normal query alone: ${alone.length} answers, p50 ${quantile(alone, 0.5).toFixed(1)} ms, p99 ${quantile(alone, 0.99).toFixed(1)} ms; RSS ${rss().toFixed(0)} MB`);

let stop = false;
const flood = { sent: 0, codes: {} };
let peakRss = rss();
const sampler = setInterval(() => { peakRss = Math.max(peakRss, rss()); }, 250);
const flooders = Array.from({ length: FLOODERS }, async () => {
  while (!stop) {
    const r = await post(FLOOD);
    flood.sent++;
    const code = r.body.errors?.[0]?.extensions?.code ?? (r.body.data ? 'data' : `HTTP ${r.status}`);
    flood.codes[code] = (flood.codes[code] ?? 0) + 1;
  }
});
const loaded = await probe(SECONDS);
stop = true;
await Promise.all(flooders);
clearInterval(sampler);
const live = await fetch(`${BASE}/q/health/live`).then(r => r.status, () => 'no answer');
console.log(`normal query during ${FLOODERS} flooders for ${SECONDS} s: ${loaded.length} answers, p50 ${quantile(loaded, 0.5).toFixed(1)} ms, p99 ${quantile(loaded, 0.99).toFixed(1)} ms (${(quantile(loaded, 0.99) / quantile(alone, 0.99)).toFixed(1)}x the p99 alone)`);
console.log(`flood requests: ${flood.sent}, answered ${JSON.stringify(flood.codes)}; peak RSS ${peakRss.toFixed(0)} MB; liveness after: HTTP ${live}`);
