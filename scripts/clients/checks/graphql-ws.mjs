// graphql-ws (graphql-transport-ws subprotocol) runs the shared query over the /graphql WebSocket and gets the
// reference data; a subscription with a malformed ID gets an error with a stable code, and the socket stays usable
// afterwards. (Delivery of committed changes is proven across two instances by scripts/fleet-checks.sh.)
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import assert from 'node:assert/strict';
import { wsEndpoint, document, variables, operationName, referenceData, assertSameData } from './common.mjs';

async function collect(client, payload) {
  const results = [];
  try {
    for await (const result of client.iterate(payload)) results.push(result);
    return { results };
  } catch (error) {
    return { results, error };
  }
}

export async function run() {
  const reference = await referenceData();
  const client = createClient({ url: wsEndpoint, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
  try {
    const query = await collect(client, { query: document, variables, operationName });
    assert.equal(query.error, undefined, JSON.stringify(query.error));
    assert.equal(query.results.length, 1);
    assert.equal(query.results[0].errors, undefined, JSON.stringify(query.results[0].errors));
    assertSameData(query.results[0].data, reference);

    const subscription = await collect(client, { query: 'subscription { nodeChanged(id: "nope") { version } }' });
    const errors = subscription.error ?? subscription.results.flatMap((r) => r.errors ?? []);
    const list = Array.isArray(errors) ? errors : [errors];
    assert.ok(list.length > 0, 'a subscription with a malformed ID is refused');
    const codes = list.map((e) => e.extensions?.code);
    assert.ok(codes.every((c) => c === 'BAD_USER_INPUT'), `a stable code, got ${JSON.stringify(list)}`);

    const again = await collect(client, { query: '{ countries(first: 1) { totalCount } }' });
    assert.ok(again.results[0]?.data?.countries?.totalCount > 0, 'the socket serves after the refusal');
    return `query over graphql-transport-ws: reference data; malformed subscription refused with ${[...new Set(codes)].join(',')}; socket still serves`;
  } finally {
    await client.dispose();
  }
}
