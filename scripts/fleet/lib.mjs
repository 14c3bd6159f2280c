// What the fleet checks and the live benchmark share: graphql-ws clients, curator mutations over HTTP, and the
// service's own figures (subscriptions held, heap, RSS).
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { readFileSync } from 'node:fs';

export const NODE_CHANGED = `subscription NodeChanged($id: ID!) {
  nodeChanged(id: $id) { change id version node { id ... on Person { name version } } }
}`;

export const PEOPLE_CHANGED = `subscription PeopleChanged {
  factsChanged(filter: { kinds: [PERSON] }) { change id version fact { id ... on Person { name } } }
}`;

/** A graphql-ws client (graphql-transport-ws) on the instance at base (http://host:port). */
export function wsClient(base) {
  return createClient({
    url: base.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    keepAlive: 10_000,
  });
}

/**
 * Subscribes; every event's data goes to onEvent, errors to onError. Returns the unsubscribe function.
 */
export function subscribe(client, query, variables, onEvent, onError = (e) => { throw e; }) {
  return client.subscribe(
    { query, variables },
    {
      next: (result) => (result.errors ? onError(new Error(JSON.stringify(result.errors))) : onEvent(result.data)),
      error: (e) => onError(e instanceof Error ? e : new Error(JSON.stringify(e))),
      complete: () => {},
    },
  );
}

/** Runs a GraphQL operation by POST; with a token, as a curator. Returns data, failing on any error. */
export async function post(base, query, variables, token) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(`${query.slice(0, 40)}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** A seed source's ID and a verbatim excerpt of it, for citations. */
export async function citation(base) {
  const data = await post(base, '{ sources(first: 1) { nodes { id text } } }');
  const source = data.sources.nodes[0];
  const words = source.text.split(/\s+/).slice(0, 8).join(' ');
  return { source: source.id, excerpt: source.text.slice(0, source.text.indexOf(words) + words.length) };
}

export async function createPerson(base, token, name, cite) {
  const data = await post(base, `mutation($input: PersonCreateInput!) {
      personCreate(input: $input) { person { id version } userErrors { field message code } } }`,
  { input: { name, citation: cite } }, token);
  if (data.personCreate.userErrors.length) throw new Error(JSON.stringify(data.personCreate.userErrors));
  return data.personCreate.person.id;
}

export async function renamePerson(base, token, id, version, name) {
  const data = await post(base, `mutation($input: PersonUpdateInput!) {
      personUpdate(input: $input) { person { version } userErrors { field message code } } }`,
  { input: { person: id, version, name } }, token);
  if (data.personUpdate.userErrors.length) throw new Error(JSON.stringify(data.personUpdate.userErrors));
  return data.personUpdate.person.version;
}

/** Prometheus text of the instance's /q/metrics. */
async function metrics(base) {
  return (await fetch(`${base}/q/metrics`)).text();
}

function metric(text, name, labels = '') {
  const sum = text.split('\n')
    .filter((line) => line.startsWith(name) && (line[name.length] === ' ' || line[name.length] === '{') && line.includes(labels))
    .map((line) => Number(line.slice(line.lastIndexOf(' ') + 1)))
    .reduce((a, b) => a + b, 0);
  return sum;
}

/** How many subscriptions the instance holds. */
export async function subscriptionsHeld(base) {
  return metric(await metrics(base), 'graphql_subscriptions');
}

/** Waits until the instance holds `count` subscriptions (at most `seconds`). */
export async function awaitSubscriptions(base, count, seconds = 30) {
  const deadline = Date.now() + seconds * 1000;
  let held = -1;
  while (Date.now() < deadline) {
    held = await subscriptionsHeld(base);
    if (held === count) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${base} holds ${held} subscriptions, expected ${count}`);
}

/** Heap in use (MB, all areas) and the process's resident set (MB). */
export async function memory(base, pid) {
  const heap = metric(await metrics(base), 'jvm_memory_used_bytes', 'area="heap"') / 1048576;
  let rss = NaN;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    rss = Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
  } catch { /* not on Linux */ }
  return { heapMb: Math.round(heap), rssMb: Math.round(rss) };
}

export function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
