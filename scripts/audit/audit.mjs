// Runs graphql-http's GraphQL-over-HTTP audit suite against a running service and prints the counts
// per level (MUST, SHOULD, MAY). Exits 1 when any MUST or SHOULD audit does not pass.
// Usage: node audit.mjs http://127.0.0.1:8080/graphql
import { serverAudits } from 'graphql-http';

const url = process.argv[2] ?? 'http://127.0.0.1:8080/graphql';
const counts = {};
const failures = [];
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  const result = await audit.fn();
  const level = audit.name.split(' ')[0];
  counts[level] ??= {};
  counts[level][result.status] = (counts[level][result.status] ?? 0) + 1;
  if (result.status !== 'ok') {
    console.log(`${result.status}: ${audit.name} (${result.reason})`);
    if (level === 'MUST' || level === 'SHOULD') failures.push(audit.name);
  }
}
for (const level of ['MUST', 'SHOULD', 'MAY']) {
  const c = counts[level] ?? {};
  const total = Object.values(c).reduce((a, b) => a + b, 0);
  console.log(`${level}: ${c.ok ?? 0}/${total} ok` +
    Object.entries(c).filter(([s]) => s !== 'ok').map(([s, n]) => `, ${n} ${s}`).join(''));
}
if (failures.length > 0) {
  console.log(`FAILED: ${failures.length} MUST/SHOULD audit(s) did not pass`);
  process.exit(1);
}
console.log('All MUST and SHOULD audits pass');
