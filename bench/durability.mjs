// What durability costs (issue 17): the packaged service twice, each with an embedded database of its own, one as it
// ships (fsync, synchronous_commit and full_page_writes on) and one with them off, measured alternately in one run:
//   writes  curator mutations (personCreate with a citation), one at a time and 4 at a time;
//   reads   the benchmark's 3-level page (bench/queries/nested3.sg.graphql) at 16 connections (autocannon).
// Needs the package (./mvnw package) and bench/node_modules (npm ci --prefix bench).
//
//   node bench/durability.mjs [--duration 10] [--rounds 2] [--work target/durability]
import autocannon from 'autocannon';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (arg.startsWith('--')) pairs.push([arg.slice(2), all[i + 1]]);
    return pairs;
  }, []));
const DURATION = Number(args.duration ?? 10);
const ROUNDS = Number(args.rounds ?? 2);
const WORK = resolve(args.work ?? join(root, 'target', 'durability'));
const APP = join(root, 'target', 'quarkus-app', 'quarkus-run.jar');
const JVM = readFileSync(join(root, 'scripts', 'jvm-options'), 'utf8').trim().split(/\s+/);
rmSync(WORK, { recursive: true, force: true });
mkdirSync(join(WORK, 'logs'), { recursive: true });

const children = [];
process.on('exit', () => children.forEach(c => c.kill('SIGTERM')));
const freePort = () => new Promise(done => {
  const s = createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => done(p)); });
});

async function start(name, durable) {
  const port = await freePort();
  const out = openSync(join(WORK, 'logs', `${name}.log`), 'w');
  const child = spawn('java', [...JVM, '-Dquarkus.http.host=127.0.0.1', `-Dquarkus.http.port=${port}`,
    `-Dsummitgraph.embedded-db.data-dir=${join(WORK, name, 'postgres')}`,
    `-Dsummitgraph.embedded-db.durable=${durable}`,
    `-Dmp.jwt.verify.publickey.location=${join(root, 'dev-keys', 'public.pem')}`,
    // One address sends everything: the per-client budget is raised out of the way.
    '-Dsummitgraph.budget.refill-per-second=100000000', '-jar', APP],
  { stdio: ['ignore', out, out], env: { ...process.env, MALLOC_ARENA_MAX: '2' } });
  children.push(child);
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited; see ${WORK}/logs/${name}.log`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/q/health/ready`)).ok) {
        return { name, url: `http://127.0.0.1:${port}/graphql` };
      }
    } catch { /* not yet */ }
    await new Promise(r => setTimeout(r, 250));
  }
  throw new Error(`${name} not ready after 4 minutes; see ${WORK}/logs/${name}.log`);
}

const token = spawnSync('java', ['-jar', APP, 'token', '--key', join(root, 'dev-keys', 'private.pem'),
  '--name', 'durability-bench'], { encoding: 'utf8' }).stdout.trim();
if (!token) throw new Error('no token: is the package built?');

async function post(url, query, variables, auth) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

const CREATE = `mutation($input: PersonCreateInput!) { personCreate(input: $input) { person { id } userErrors { message } } }`;

/** A citation the service accepts: the first whole words of a seed source. */
async function citation(url) {
  const data = (await post(url, '{ sources(first: 1) { nodes { id text } } }')).data.sources.nodes[0];
  const words = data.text.split(/\s+/).slice(0, 6).join(' ');
  return { source: data.id, excerpt: words };
}

let serial = 0;
async function writes(service, cited, concurrency) {
  const latencies = [];
  const until = Date.now() + DURATION * 1000;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (Date.now() < until) {
      const started = performance.now();
      const answer = await post(service.url, CREATE,
        { input: { name: `Durability Probe ${process.pid}-${++serial}`, citation: cited } }, true);
      const errors = answer.errors ?? answer.data?.personCreate?.userErrors ?? [];
      if (errors.length) throw new Error(`${service.name}: ${JSON.stringify(errors)}`);
      latencies.push(performance.now() - started);
    }
  }));
  latencies.sort((a, b) => a - b);
  return { perSecond: latencies.length / DURATION, p50: latencies[Math.floor(latencies.length / 2)] };
}

const READ = JSON.stringify({
  query: readFileSync(join(here, 'queries', 'nested3.sg.graphql'), 'utf8'),
  variables: { first: 20, participants: 10 },
});
async function reads(service) {
  const result = await autocannon({
    url: service.url, method: 'POST', connections: 16, duration: DURATION,
    headers: { 'content-type': 'application/json' }, body: READ,
  });
  // On a loaded machine the service may shed a few requests (503): counted, and reported beside the figures.
  if (result.errors) throw new Error(`${service.name}: ${result.errors} transport errors`);
  return { perSecond: result.requests.average, p50: result.latency.p50, refused: result.non2xx };
}

const services = [await start('durable', true), await start('not-durable', false)];
const cited = await citation(services[0].url);
const measures = ['writes x1', 'writes x4', 'reads x16'];
const results = Object.fromEntries(services.map(s => [s.name, Object.fromEntries(measures.map(m => [m, []]))]));
console.log(`load before: ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
for (const service of services) await writes(service, cited, 1); // warm
for (const service of services) await reads(service);
for (let round = 1; round <= ROUNDS; round++) {
  const order = round % 2 ? services : [...services].reverse();
  for (const service of order) {
    results[service.name]['writes x1'].push(await writes(service, cited, 1));
    results[service.name]['writes x4'].push(await writes(service, cited, 4));
    results[service.name]['reads x16'].push(await reads(service));
  }
}
const mean = list => list.reduce((a, b) => a + b, 0) / list.length;
console.log(`\n${ROUNDS} rounds of ${DURATION} s, alternated; load after: ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
console.log('| measure | durable: per s (p50 ms) | not durable: per s (p50 ms) | durable / not |');
console.log('|---|---|---|---|');
for (const measure of measures) {
  const [a, b] = services.map(s => results[s.name][measure]);
  const rate = list => mean(list.map(r => r.perSecond));
  const p50 = list => mean(list.map(r => r.p50));
  const refused = list => list.reduce((n, r) => n + (r.refused ?? 0), 0);
  const note = refused(a) + refused(b) ? ` (refused under load: ${refused(a)} and ${refused(b)})` : '';
  console.log(`| ${measure} | ${rate(a).toFixed(1)} (${p50(a).toFixed(1)}) | ${rate(b).toFixed(1)} (${p50(b).toFixed(1)}) | ${(rate(a) / rate(b)).toFixed(2)}x${note} |`);
}
process.exit(0);
