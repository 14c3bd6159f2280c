// Graceful shutdown: keeps 16 requests in flight, sends SIGTERM to the service, and checks that every
// request got a whole answer: 200 (in flight, completed) or 503 (arrived while draining; the client then
// stops, as one told that the service is going away would), never a reset connection; that some requests
// completed after the signal; and that the service exited by itself.
// Usage: node shutdown.mjs --url http://127.0.0.1:8080/graphql --pid 1234
const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) =>
  arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs, []));
const url = args.url;
const pid = Number(args.pid);
const body = JSON.stringify({ query: '{ commitments(first: 20) { nodes { description parties { ... on Country { name } } citations { excerpt source { title } } } } summits { nodes { name participants { edges { node { name } } } } } }' });
let signalledAt = null;
const outcomes = [];
async function worker() {
  // Until the server refuses new connections.
  for (;;) {
    const started = Date.now();
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const text = await response.text();
      outcomes.push({ started, ended: Date.now(), status: response.status, complete: response.status !== 200 || !JSON.parse(text).errors });
      // Told the service is going away: a client takes its next request elsewhere.
      if (response.status === 503) return;
    } catch (e) {
      // A refused connection after the signal is expected; a reset of an accepted request is not.
      const code = e.cause?.code ?? e.code ?? String(e);
      outcomes.push({ started, ended: Date.now(), error: code });
      if (signalledAt !== null) return;
    }
    if (signalledAt !== null && Date.now() - signalledAt > 5000) return;
  }
}
const workers = Array.from({ length: 16 }, worker);
await new Promise((r) => setTimeout(r, 1500));
signalledAt = Date.now();
process.kill(pid, 'SIGTERM');
await Promise.all(workers);
let exited = false;
for (let i = 0; i < 300 && !exited; i++) {
  try { process.kill(pid, 0); await new Promise((r) => setTimeout(r, 100)); } catch { exited = true; }
}
const completedAfterSignal = outcomes.filter((o) => o.status === 200 && o.started < signalledAt && o.ended >= signalledAt).length;
const ok200 = outcomes.filter((o) => o.status === 200 && o.complete).length;
const drained503 = outcomes.filter((o) => o.status === 503).length;
const other = outcomes.filter((o) => o.status !== undefined && o.status !== 200 && o.status !== 503);
const broken = outcomes.filter((o) => o.error && o.started < signalledAt);
const refused = outcomes.filter((o) => o.error && o.started >= signalledAt && o.error === 'ECONNREFUSED').length;
const resets = outcomes.filter((o) => o.error && o.started >= signalledAt && o.error !== 'ECONNREFUSED');
console.log(`Shutdown: ${ok200} answered 200 (${completedAfterSignal} of them in flight at SIGTERM), ` +
  `${drained503} refused with 503 while draining, ${refused} connections refused after, ` +
  `${broken.length + resets.length} broken, ${other.length} other statuses; service exited: ${exited}`);
const ok = exited && broken.length === 0 && resets.length === 0 && other.length === 0
  && outcomes.every((o) => o.error || o.complete) && completedAfterSignal > 0;
for (const o of [...broken, ...resets]) {
  console.log(`  broken: sent ${o.started - signalledAt} ms after SIGTERM, failed after ${o.ended - o.started} ms: ${o.error}`);
}
for (const o of outcomes.filter((o) => o.status === 200 && !o.complete)) {
  console.log(`  200 with errors: sent ${o.started - signalledAt} ms after SIGTERM`);
}
console.log(ok ? 'Graceful shutdown passed' : 'Graceful shutdown FAILED');
process.exit(ok ? 0 : 1);
