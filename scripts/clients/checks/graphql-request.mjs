// graphql-request with its defaults (POST).
import { GraphQLClient } from 'graphql-request';
import assert from 'node:assert/strict';
import { endpoint, document, variables, operationName, referenceData, assertSameData } from './common.mjs';
import { recordingFetch } from './recording.mjs';

export async function run() {
  const reference = await referenceData();
  const { fetchFn, exchanges } = recordingFetch();
  const client = new GraphQLClient(endpoint, { fetch: fetchFn });
  const data = await client.request({ document, variables, operationName });
  assertSameData(data, reference);
  assert.deepEqual(exchanges.map((e) => e.method), ['POST']);
  return 'one POST, reference data';
}
