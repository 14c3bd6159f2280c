// Turns the benchmark's JSON results into the tables, printed and added to bench/RESULTS.md as a new
// dated section at the top (earlier runs stay below it).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import os from 'node:os';

const argv = process.argv.slice(2);
const option = name => {
  const i = argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const [value] = argv.splice(i, 2).slice(1);
  return value;
};
const mode = option('mode') ?? 'full';
const command = option('command') ?? 'bench/run';
const javaOpts = option('java-opts') ?? '';
const loadBefore = option('load-before') ?? '?';
const results = argv.map(file => JSON.parse(readFileSync(file, 'utf8')));

const sh = cmd => { try { return execSync(cmd, { encoding: 'utf8' }).trim(); } catch { return '?'; } };
const f0 = n => (n == null ? '–' : Math.round(n).toLocaleString('en-US'));
const f2 = n => n.toFixed(2);
const ratio = (a, b) => (a && b && b.rps > 0 ? `${f2(a.rps / b.rps)}×` : '–');
const cells = side => (side ? [f0(side.rps), side.p50, side.p99] : ['–', '–', '–']);

const lines = [];
lines.push(`## Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${mode} mode: \`${command.trim()}\``, '');
lines.push('### Machine', '');
lines.push(`- CPU: ${os.cpus()[0]?.model ?? '?'}, ${os.cpus().length} cores; memory ${Math.round(os.totalmem() / 2 ** 30)} GiB; ${sh('uname -sr')}`);
lines.push(`- Load average (1, 5, 15 min) before the run: ${loadBefore}; during the run the servers,`
  + ' PostgreSQL and the load generator share the 2 cores. Compare A and B within a row: they ran alternately,'
  + ' in the same minutes');
lines.push(`- Java: ${sh("java -version 2>&1 | head -1")}; SummitGraph JVM options: \`${javaOpts}\``);
lines.push(`- Load average after the run: ${sh('cut -d" " -f1-3 /proc/loadavg')}`);
lines.push(`- Node ${process.version}; PostGraphile v4 ${sh('node -p "require(\'./bench/node_modules/postgraphile/package.json\').version"')}`
  + ` (Node ${process.version}); PostGraphile v5 ${sh('node -p "require(\'./bench/v5/node_modules/postgraphile/package.json\').version"')}`
  + ` (amber preset, Node ${sh('bench/v5/node_modules/.bin/node --version')})`
  + `; autocannon ${sh('node -p "require(\'./bench/node_modules/autocannon/package.json\').version"')}`);
lines.push('- PostgreSQL: the embedded server SummitGraph starts (17.x), on the same machine; both servers use it,'
  + ' with the same schema and indexes, plus two plain-column indexes that serve PostGraphile\'s orderings'
  + ' and bench_search(), SummitGraph\'s search statement as a function PostGraphile exposes'
  + ' (`bench/peer-setup.mjs`)', '');

for (const r of results) {
  lines.push(`### Scale ${r.scale}`, '');
  const warm = Object.entries(r.warmUp ?? {})
    .map(([side, w]) => `${side} ${w.passes} (${w.stable ? 'settled' : 'not settled'})`).join(', ');
  lines.push(`autocannon, ${r.connections} connections, ${r.rounds} round(s) of ${r.duration} s per server and shape,`
    + ' alternating SummitGraph / PostGraphile v4 / v5 (/ SQL floor); req/s averaged over the rounds, p50 the median,'
    + ' p99 the worst round. Each shape was first checked to return the same data from every server.'
    + ` Warm-up passes of ${r.warmSeconds ?? '?'} s per shape until two in a row agreed within 10%: ${warm || '?'}.`
    + ' Ratios are SummitGraph\'s throughput divided by the other\'s (above 1: SummitGraph serves more).', '');
  lines.push('| query | SummitGraph req/s | p50 ms | p99 ms | PostGraphile v4 req/s | p50 ms | p99 ms | SG / v4 | PostGraphile v5 req/s | p50 ms | p99 ms | SG / v5 | SQL floor req/s | p50 ms | p99 ms | SG / floor | SQL stmts / req (SG) |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const s of r.shapes) {
    lines.push(`| ${s.title} | ${cells(s.sg).join(' | ')} | ${cells(s.pg).join(' | ')} | **${ratio(s.sg, s.pg)}**`
      + ` | ${cells(s.pg5).join(' | ')} | **${ratio(s.sg, s.pg5)}** | ${cells(s.floor).join(' | ')} | ${ratio(s.sg, s.floor)}`
      + ` | ${s.statements} |`);
  }
  const errors = r.shapes.reduce(
    (n, s) => n + ['sg', 'pg', 'pg5', 'floor'].reduce((m, side) => m + (s[side]?.errors ?? 0), 0), 0);
  lines.push('');
  lines.push(`- SummitGraph ready ${r.readyMs} ms after launch (embedded database already initialised, measured`
    + ' until /q/health/ready answered); RSS after the run '
    + `${r.rssMb.toFixed(0)} MB (PostGraphile v4 ${r.postgraphileRssMb.toFixed(0)} MB,`
    + ` v5 ${r.postgraphile5RssMb ? r.postgraphile5RssMb.toFixed(0) : '?'} MB)`);
  lines.push(`- Failed or non-2xx responses during the load: ${errors}`);
  const loaded = sh(`cat bench/work/scale-${r.scale}/loaded`);
  if (loaded !== '?') lines.push(`- Data load (\`generate ${r.scale}\`, once per scale): ${loaded.split('\n').join('; ')}`);
  lines.push('');
}

// How SummitGraph's latency grows with the data: the same shapes at the smallest and largest scale.
if (results.length > 1) {
  const [small, large] = [results[0], results[results.length - 1]];
  lines.push(`### Scale ${large.scale} against scale ${small.scale} (SummitGraph)`, '');
  lines.push(`| query | p50 ms at ${small.scale} | p50 ms at ${large.scale} | p50 growth | req/s at ${small.scale} | req/s at ${large.scale} |`);
  lines.push('|---|---:|---:|---:|---:|---:|');
  for (const s of small.shapes) {
    const l = large.shapes.find(x => x.name === s.name);
    if (!l) continue;
    lines.push(`| ${s.title} | ${s.sg.p50} | ${l.sg.p50} | **${f2(l.sg.p50 / s.sg.p50)}×** | ${f0(s.sg.rps)} | ${f0(l.sg.rps)} |`);
  }
  lines.push('');
}

const text = lines.join('\n');
console.log(text);
const TITLE = '# Benchmark results';
const earlier = existsSync('bench/RESULTS.md')
  ? readFileSync('bench/RESULTS.md', 'utf8').replace(/^# Benchmark results\n+(Newest run first\.\n+)?/, '')
  : '';
writeFileSync('bench/RESULTS.md', `${TITLE}\n\nNewest run first.\n\n${text}\n${earlier ? `\n${earlier}` : ''}`);
