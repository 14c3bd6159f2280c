// Two instances on one PostgreSQL behave as one service (README, "Several instances"):
//  1. subscribed through A with graphql-ws, a change made through B arrives, with its version and new state;
//     and the reverse;
//  2. a burst: S subscribers on A, N changes committed through A and B (W writers, each renaming its own person
//     in turn): every subscriber gets every change, each person's versions in commit order, lost = 0; A's heap and
//     RSS at start and end.
// Usage: node fleet.mjs A_BASE B_BASE TOKEN A_PID [subscribers=200] [changes=1000]
import assert from 'node:assert/strict';
import {
  wsClient, subscribe, createPerson, renamePerson, citation, awaitSubscriptions, memory, NODE_CHANGED, PEOPLE_CHANGED,
} from './lib.mjs';

const [a, b, token, pidA, subscribersArg, changesArg] = process.argv.slice(2);
const SUBSCRIBERS = Number(subscribersArg ?? 200);
const CHANGES = Number(changesArg ?? 1000);
const WRITERS = 10;
const PER_CLIENT = 10;

function nextEvent(events, timeoutMs = 30_000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no event within 30 s')), timeoutMs);
    events.waiting = (event) => { clearTimeout(timer); resolve(event); };
  });
}

async function acrossInstances(subscribeTo, writeTo, label) {
  const cite = await citation(writeTo);
  const person = await createPerson(writeTo, token, `Fleet ${label}`, cite);
  const client = wsClient(subscribeTo);
  const events = { queue: [], waiting: null };
  const unsubscribe = subscribe(client, NODE_CHANGED, { id: person }, (data) => {
    if (events.waiting) { const w = events.waiting; events.waiting = null; w(data.nodeChanged); } else events.queue.push(data.nodeChanged);
  });
  await awaitSubscriptions(subscribeTo, 1);
  const started = performance.now();
  const arriving = nextEvent(events);
  const version = await renamePerson(writeTo, token, person, 0, `Fleet ${label} renamed`);
  const event = await arriving;
  const ms = performance.now() - started;
  assert.equal(event.change, 'UPDATED');
  assert.equal(event.id, person);
  assert.equal(event.version, version);
  assert.equal(event.node.name, `Fleet ${label} renamed`);
  unsubscribe();
  await client.dispose();
  await awaitSubscriptions(subscribeTo, 0);
  console.log(`${label}: subscribed through one, changed through the other: version ${event.version} and its state arrived in ${ms.toFixed(0)} ms`);
}

async function burst() {
  const cite = await citation(a);
  const people = [];
  for (let w = 0; w < WRITERS; w++) people.push(await createPerson(w % 2 ? b : a, token, `Burst Writer ${w}`, cite));
  const mine = new Set(people);
  const clients = [];
  const received = []; // per subscriber: events for the burst's people, in arrival order
  const failures = [];
  for (let c = 0; c < Math.ceil(SUBSCRIBERS / PER_CLIENT); c++) clients.push(wsClient(a));
  for (let s = 0; s < SUBSCRIBERS; s++) {
    const events = [];
    received.push(events);
    subscribe(clients[Math.floor(s / PER_CLIENT)], PEOPLE_CHANGED, {}, (data) => {
      const change = data.factsChanged;
      if (mine.has(change.id)) events.push(change);
    }, (e) => failures.push(e.message));
  }
  await awaitSubscriptions(a, SUBSCRIBERS);
  const before = await memory(a, pidA);
  const started = performance.now();
  // Each writer renames its own person in turn, alternately through A and B: N changes in all.
  const perWriter = Math.ceil(CHANGES / WRITERS);
  await Promise.all(people.map(async (person, w) => {
    for (let v = 0; v < perWriter; v++) {
      await renamePerson(v % 2 ? b : a, token, person, v, `Burst ${w} #${v + 1}`);
    }
  }));
  const committed = performance.now();
  const expected = perWriter * WRITERS;
  const deadline = Date.now() + 90_000;
  while (received.some((events) => events.length < expected) && Date.now() < deadline && failures.length === 0) {
    await new Promise((r) => setTimeout(r, 200));
  }
  const delivered = performance.now();
  await new Promise((r) => setTimeout(r, 500)); // anything extra (duplicates) would arrive now
  const after = await memory(a, pidA);
  let lost = 0; let duplicates = 0; let outOfOrder = 0;
  for (const events of received) {
    lost += Math.max(0, expected - events.length);
    duplicates += Math.max(0, events.length - expected);
    const last = new Map();
    for (const e of events) {
      if (e.version !== (last.get(e.id) ?? 0) + 1) outOfOrder++;
      last.set(e.id, e.version);
    }
  }
  await Promise.all(clients.map((c) => c.dispose()));
  console.log(`burst: ${SUBSCRIBERS} subscribers on A, ${expected} changes through A and B (${WRITERS} writers) committed in ${((committed - started) / 1000).toFixed(1)} s, all delivered ${((delivered - started) / 1000).toFixed(1)} s after the first`);
  console.log(`burst: events delivered ${received.reduce((n, e) => n + e.length, 0)} of ${SUBSCRIBERS * expected}; lost ${lost}, duplicates ${duplicates}, out of order ${outOfOrder}, subscription errors ${failures.length}`);
  console.log(`burst: instance A memory: heap ${before.heapMb} MB, RSS ${before.rssMb} MB at start; heap ${after.heapMb} MB, RSS ${after.rssMb} MB at end`);
  assert.deepEqual(failures, [], 'no subscription failed');
  assert.equal(lost, 0, 'every subscriber got every change');
  assert.equal(duplicates, 0, 'no change twice');
  assert.equal(outOfOrder, 0, "each person's versions in commit order");
  // Bounded: the heap is capped by -Xmx (scripts/jvm-options); the RSS must not run away with the burst.
  assert.ok(!(after.rssMb > before.rssMb + 250), `RSS grew from ${before.rssMb} to ${after.rssMb} MB`);
}

try {
  await acrossInstances(a, b, 'A<-B');
  await acrossInstances(b, a, 'B<-A');
  await burst();
  console.log('Fleet checks passed');
  process.exit(0);
} catch (e) {
  console.error(`Fleet checks FAILED: ${e.stack ?? e}`);
  process.exit(1);
}
