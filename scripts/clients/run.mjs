// The client-compatibility suite: runs every check against a running service and prints what each client ran and
// got. Exits 1 when any check fails (all checks run regardless). Usage (scripts/client-checks.sh starts the
// packaged service and calls this):  SUMMITGRAPH_URL=http://127.0.0.1:8080 node scripts/clients/run.mjs [check ...]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workDir } from './checks/common.mjs';

const ALL = ['sdl', 'eslint', 'relay', 'graphql-request', 'apollo', 'urql', 'graphql-ws', 'graphiql'];
const names = process.argv.length > 2 ? process.argv.slice(2) : ALL;
mkdirSync(workDir, { recursive: true });

const report = [];
for (const name of names) {
  const started = Date.now();
  try {
    const { run } = await import(`./checks/${name}.mjs`);
    const summary = await run();
    report.push({ name, ok: true, seconds: (Date.now() - started) / 1000, summary });
    console.log(`ok   ${name} (${((Date.now() - started) / 1000).toFixed(1)} s): ${summary}`);
  } catch (error) {
    report.push({ name, ok: false, seconds: (Date.now() - started) / 1000, error: String(error?.stack ?? error) });
    console.log(`FAIL ${name} (${((Date.now() - started) / 1000).toFixed(1)} s): ${String(error?.message ?? error).split('\n').slice(0, 12).join('\n     ')}`);
  }
}
writeFileSync(join(workDir, 'report.json'), JSON.stringify(report, null, 2));
const failed = report.filter((r) => !r.ok).map((r) => r.name);
console.log(failed.length ? `FAILED: ${failed.join(', ')}` : `All ${report.length} client checks pass`);
process.exit(failed.length ? 1 : 0);
