// What observability costs: the same packaged service measured three ways, alternately, in one run, with the
// synthetic dataset at scale 1 (two embedded databases: one for the build before, one for this build):
//   before   the app built from the commit given (no Micrometer, no OpenTelemetry);
//   metrics  this build as it ships (metrics on, tracing off: sample ratio 0);
//   tracing  this build with every trace sampled and exported over OTLP/HTTP to a local sink.
// Started by bench/observability (which builds both apps); prints a table and writes --out (JSON).
//
//   node bench/observability.mjs --before DIR --after DIR --work DIR --duration 15 --rounds 2 --connections 16
import autocannon from 'autocannon';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync, openSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (arg.startsWith('--')) pairs.push([arg.slice(2), all[i + 1]]);
    return pairs;
  }, []));
const DURATION = Number(args.duration ?? 15);
const WARMUP = Number(args.warmup ?? 10);
const ROUNDS = Number(args.rounds ?? 2);
const CONNECTIONS = Number(args.connections ?? 16);
const WORK = args.work;
const JVM = readFileSync(join(here, '..', 'scripts', 'jvm-options'), 'utf8').trim().split(/\s+/);
mkdirSync(join(WORK, 'logs'), { recursive: true });

const shapes = [
  { name: 'flat', title: 'flat list page (50 events)', variables: { first: 50 } },
  { name: 'nested3', title: '3 levels (20 events x 10 participants)', variables: { first: 20, participants: 10 } },
].map(s => ({ ...s, body: JSON.stringify({ query: readFileSync(join(here, 'queries', `${s.name}.sg.graphql`), 'utf8'), variables: s.variables }) }));

// ---- An OTLP/HTTP sink: accepts every export, counts spans' requests and bytes -----------------
const sink = { requests: 0, bytes: 0 };
const sinkServer = createServer((req, res) => {
  req.on('data', chunk => { sink.bytes += chunk.length; });
  req.on('end', () => { sink.requests++; res.writeHead(200, { 'content-type': 'application/x-protobuf' }); res.end(); });
});
await new Promise(resolve => sinkServer.listen(0, '127.0.0.1', resolve));
const sinkUrl = `http://127.0.0.1:${sinkServer.address().port}`;

// ---- Processes ---------------------------------------------------------------------------------
const children = [];
process.on('exit', () => children.forEach(c => c.kill('SIGTERM')));
const freePort = () => new Promise(resolve => {
  const s = createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
});
const log = message => console.error(`[observability ${new Date().toISOString().slice(11, 19)}] ${message}`);

async function waitReady(url, seconds) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    try { if ((await fetch(url)).ok) return; } catch { /* not yet */ }
    await new Promise(r => setTimeout(r, 200));
  }
  throw new Error(`${url} not ready after ${seconds} s`);
}

function start(name, appDir, properties) {
  return freePort().then(async port => {
    const out = openSync(join(WORK, 'logs', `${name}.log`), 'w');
    // The load comes from one address: the per-client budget (absent from older builds) is raised out of the way.
    const child = spawn('java', [...JVM, `-Dquarkus.http.host=127.0.0.1`, `-Dquarkus.http.port=${port}`,
      '-Dsummitgraph.budget.refill-per-second=100000000',
      ...Object.entries(properties).map(([k, v]) => `-D${k}=${v}`), '-jar', join(appDir, 'quarkus-run.jar')],
    { stdio: ['ignore', out, out], env: { ...process.env, MALLOC_ARENA_MAX: '2' } });
    children.push(child);
    let exited = false;
    child.on('exit', () => { exited = true; });
    await Promise.race([
      waitReady(`http://127.0.0.1:${port}/q/health/ready`, 180),
      new Promise((_, reject) => { const t = setInterval(() => { if (exited) { clearInterval(t); reject(new Error(`${name} exited; see ${WORK}/logs/${name}.log`)); } }, 200); }),
    ]);
    return { name, url: `http://127.0.0.1:${port}/graphql`, port, child };
  });
}

// Two databases with the same synthetic data (scale 1), each loaded by its own build: the build before
// cannot open a database its successor migrated. 'before' runs on one, the two others share the second.
async function database(name, appDir) {
  const port = await freePort();
  const embedded = { 'summitgraph.embedded-db.data-dir': join(WORK, `postgres-${name}`), 'summitgraph.embedded-db.port': port };
  const generate = spawnSync('java', [...JVM, ...Object.entries(embedded).map(([k, v]) => `-D${k}=${v}`), '-jar',
    join(appDir, 'quarkus-run.jar'), 'generate', '1'], { encoding: 'utf8' });
  if (generate.status !== 0) throw new Error(`generate (${name}) failed: ${generate.stdout}${generate.stderr}`);
  return { embedded, external: {
    'quarkus.datasource.jdbc.url': `jdbc:postgresql://localhost:${port}/postgres`,
    'quarkus.datasource.username': 'postgres', 'quarkus.datasource.password': '',
  } };
}
log('loading the synthetic dataset at scale 1, once per build');
const beforeDb = await database('before', args.before);
const afterDb = await database('after', args.after);
log('starting the three services');
const servers = [
  await start('before', args.before, beforeDb.embedded),
  await start('metrics', args.after, afterDb.embedded),
  await start('tracing', args.after, {
    ...afterDb.external,
    'summitgraph.tracing.sample-ratio': '1',
    'quarkus.otel.exporter.otlp.traces.protocol': 'http/protobuf',
    'quarkus.otel.exporter.otlp.traces.endpoint': sinkUrl,
  }),
];

// ---- The same data from each, then load them in turn -------------------------------------------
for (const shape of shapes) {
  const answers = await Promise.all(servers.map(async s => {
    const response = await fetch(s.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: shape.body });
    const json = await response.json();
    if (response.status !== 200 || json.errors) throw new Error(`${s.name} ${shape.name}: ${JSON.stringify(json).slice(0, 300)}`);
    return json.data;
  }));
  // The two builds load the same generator's data; their seeds differ, so compare what the shapes list.
  if (!isDeepStrictEqual(answers[1], answers[2])) throw new Error(`${shape.name}: metrics and tracing disagree`);
  if (answers[0].events.nodes.length !== answers[1].events.nodes.length) throw new Error(`${shape.name}: before lists a different page`);
}

const cannon = (server, shape, duration) => autocannon({
  url: server.url, method: 'POST', connections: CONNECTIONS, duration,
  headers: { 'content-type': 'application/json' }, body: shape.body,
});
log(`warming each service for ${WARMUP} s per shape`);
for (const server of servers) for (const shape of shapes) await cannon(server, shape, WARMUP);

const results = {};
for (let round = 1; round <= ROUNDS; round++) {
  for (const shape of shapes) {
    // Alternate the order too, so no variant always runs first after another's load.
    const order = round % 2 ? servers : [...servers].reverse();
    for (const server of order) {
      const r = await cannon(server, shape, DURATION);
      const key = `${shape.name}/${server.name}`;
      (results[key] ??= []).push({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, failed: r.errors + r.non2xx });
      log(`round ${round} ${key}: ${Math.round(r.requests.average)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms`);
    }
  }
}

const mean = xs => xs.reduce((a, b) => a + b, 0) / xs.length;
const rows = [];
for (const shape of shapes) {
  const before = mean(results[`${shape.name}/before`].map(r => r.rps));
  for (const server of servers) {
    const rs = results[`${shape.name}/${server.name}`];
    const rps = mean(rs.map(r => r.rps));
    rows.push(`| ${shape.title} | ${server.name} | ${Math.round(rps).toLocaleString('en')} | ${Math.max(...rs.map(r => r.p50))} | ${Math.max(...rs.map(r => r.p99))} | ${(rps / before).toFixed(3)} | ${rs.reduce((a, r) => a + r.failed, 0)} |`);
  }
}
const table = ['| query | service | req/s | p50 ms | p99 ms | vs before | failed |', '|---|---|---:|---:|---:|---:|---:|', ...rows].join('\n');
console.log(table);
console.log(`\nOTLP sink: ${sink.requests} export requests, ${(sink.bytes / 1e6).toFixed(1)} MB of spans from the tracing service`);
writeFileSync(args.out ?? join(WORK, 'observability.json'), JSON.stringify({ results, sink }, null, 2));
sinkServer.close();
for (const c of children) c.kill('SIGTERM');
await Promise.all(children.map(c => new Promise(r => (c.exitCode !== null ? r() : c.on('exit', r)))));
process.exit(0);
