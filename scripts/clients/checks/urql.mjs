// urql core with its default exchanges and options: it sends queries by GET when the URL is short enough.
import { Client, cacheExchange, fetchExchange, gql } from '@urql/core';
import assert from 'node:assert/strict';
import { endpoint, document, variables, referenceData, assertSameData } from './common.mjs';
import { recordingFetch } from './recording.mjs';

export async function run() {
  const reference = await referenceData();
  const { fetchFn, exchanges } = recordingFetch();
  const client = new Client({ url: endpoint, exchanges: [cacheExchange, fetchExchange], fetch: fetchFn });
  const result = await client.query(gql(document), variables).toPromise();
  assert.equal(result.error, undefined, String(result.error));
  assertSameData(result.data, reference);
  assert.deepEqual(exchanges.map((e) => e.method), ['GET'], 'urql used GET (its default for queries)');
  return `default exchanges: one GET of ${new URL(exchanges[0].url).search.length} URL characters, reference data`;
}
