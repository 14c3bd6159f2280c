// Shared by the checks: the service's address, the one operation every client runs, and what its data must be.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

export const base = process.env.SUMMITGRAPH_URL ?? 'http://127.0.0.1:8080';
export const endpoint = `${base}/graphql`;
export const wsEndpoint = endpoint.replace(/^http/, 'ws');
export const workDir = process.env.CLIENT_CHECKS_WORK ?? fileURLToPath(new URL('../../../target/client-checks', import.meta.url));

export const document = readFileSync(new URL('../documents/client-check.graphql', import.meta.url), 'utf8');
export const operationName = 'ClientCheck';
// Non-ASCII (é, accents are ignored by the name filter) and %, +, & in the variables.
export const variables = { name: 'Pompéo', quotes: 3, odd: '100% + & ‑é' };

/** Removes __typename members, which some clients (Apollo's cache) add to every selection. */
export function withoutTypename(value) {
  if (Array.isArray(value)) return value.map(withoutTypename);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== '__typename')
      .map(([k, v]) => [k, withoutTypename(v)]));
  }
  return value;
}

/** What the data of the shared operation must say, whoever fetched it. */
export function assertExpectedData(data) {
  assert.equal(data.people.totalCount, 1, 'one person matches "Pompéo"');
  const person = data.people.nodes[0];
  assert.equal(person.name, 'Mike Pompeo');
  assert.ok(person.quotes.totalCount >= 3, 'Pompeo has quotes');
  assert.equal(person.quotes.edges.length, 3, 'first: $quotes (3) respected');
  assert.equal(person.quotes.pageInfo.endCursor, person.quotes.edges[2].cursor);
  for (const edge of person.quotes.edges) assert.ok(edge.node.text.length > 0);
  assert.equal(data.odd.totalCount, 0, 'nobody is named "100% + & ‑é"');
  assert.equal(data.encoded.totalCount, 0, '"%4Bim" arrived as written (decoded once)');
  assert.equal(data.search.totalCount, 1, 'the search literal with & + and U+2011 arrived as written');
}

/** The reference: a plain POST of the shared operation. */
export async function referenceData() {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: document, variables, operationName }),
  });
  const body = await response.json();
  assert.equal(response.status, 200, JSON.stringify(body));
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  assertExpectedData(body.data);
  return body.data;
}

/** Asserts a client's data equals the reference (ignoring __typename a client adds) and is right on its own. */
export function assertSameData(data, reference) {
  assert.deepEqual(withoutTypename(data), withoutTypename(reference));
  assertExpectedData(data);
}
