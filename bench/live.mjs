// Delivery latency of subscriptions, from commit to client (README, "Subscriptions"; not part of CI).
// S subscribers (graphql-ws) spread over the instances given, each subscribed to factsChanged(kinds: [PERSON]);
// one writer renames one person at a steady rate, through the instances in turn. For each change and subscriber:
//   upper = arrival − when the mutation was sent (the commit happens after this), and
//   lower = arrival − when its answer arrived (the commit happened before this; may be negative),
// so the latency from commit to client lies between the two. Prints p50/p99 of both, and lost events.
// Usage: node bench/live.mjs TOKEN SECONDS RATE SUBSCRIBERS BASE [BASE...]
import {
  wsClient, subscribe, createPerson, renamePerson, citation, awaitSubscriptions, percentile, PEOPLE_CHANGED,
} from '../scripts/fleet/lib.mjs';

const [token, secondsArg, rateArg, subscribersArg, ...bases] = process.argv.slice(2);
const SECONDS = Number(secondsArg); const RATE = Number(rateArg); const SUBSCRIBERS = Number(subscribersArg);
const person = await createPerson(bases[0], token, 'Latency Probe', await citation(bases[0]));
const sent = new Map(); const answered = new Map();
const upper = []; const lower = []; let received = 0;
// Ten subscriptions per socket (within summitgraph.live.max-per-connection), sockets spread over the instances.
const clients = [];
const perBase = new Map(bases.map((base) => [base, 0]));
for (let c = 0; c < Math.ceil(SUBSCRIBERS / 10); c++) clients.push(wsClient(bases[c % bases.length]));
for (let s = 0; s < SUBSCRIBERS; s++) {
  const base = bases[Math.floor(s / 10) % bases.length];
  perBase.set(base, perBase.get(base) + 1);
  subscribe(clients[Math.floor(s / 10)], PEOPLE_CHANGED, {}, (data) => {
    const now = performance.now();
    const change = data.factsChanged;
    if (change.id !== person || !sent.has(change.version)) return;
    received++;
    upper.push(now - sent.get(change.version));
    if (answered.has(change.version)) lower.push(now - answered.get(change.version));
    else lower.push(0); // arrived before the mutation's answer: the commit was at most that long ago
  });
}
for (const [base, count] of perBase) await awaitSubscriptions(base, count);
const total = Math.round(SECONDS * RATE);
const started = performance.now();
for (let v = 0; v < total; v++) {
  const due = started + (v * 1000) / RATE;
  const wait = due - performance.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  sent.set(v + 1, performance.now());
  await renamePerson(bases[v % bases.length], token, person, v, `Latency Probe ${v + 1}`);
  answered.set(v + 1, performance.now());
}
await new Promise((r) => setTimeout(r, 3000));
await Promise.all(clients.map((c) => c.dispose()));
upper.sort((a, b) => a - b); lower.sort((a, b) => a - b);
const achieved = total / ((performance.now() - 3000 - started) / 1000);
console.log(JSON.stringify({
  instances: bases.length, subscribers: SUBSCRIBERS, changes: total, rate: Number(achieved.toFixed(1)),
  events: received, lost: SUBSCRIBERS * total - received,
  p50: { fromSend: +percentile(upper, 50).toFixed(1), fromAnswer: +percentile(lower, 50).toFixed(1) },
  p99: { fromSend: +percentile(upper, 99).toFixed(1), fromAnswer: +percentile(lower, 99).toFixed(1) },
}));
process.exit(0);
