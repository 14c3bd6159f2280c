// Apollo Client 4, three ways: HttpLink by POST; HttpLink with useGETForQueries; PersistedQueryLink (automatic
// persisted queries, sha256) in front of an HttpLink sending hashed queries by GET. Each gets the reference data;
// the persisted-query round trip is asserted request by request.
import { ApolloClient, InMemoryCache, HttpLink, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { createHash } from 'node:crypto';
import assert from 'node:assert/strict';
import { endpoint, document, variables, referenceData, assertSameData } from './common.mjs';
import { recordingFetch } from './recording.mjs';

const query = gql(document);
const sha256 = (text) => createHash('sha256').update(text).digest('hex');

async function runWith(link, fetchPolicy = 'no-cache', document = query) {
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  const result = await client.query({ query: document, variables, fetchPolicy });
  assert.equal(result.error, undefined, String(result.error));
  client.stop();
  return result.data;
}

function describe(exchange) {
  const url = new URL(exchange.url);
  const params = exchange.method === 'GET' ? [...url.searchParams.keys()].join('+') : '';
  let sent = params;
  if (exchange.body) sent = Object.keys(JSON.parse(exchange.body)).join('+');
  const hashOnly = !sent.split('+').includes('query');
  return `${exchange.method} ${hashOnly ? 'hash only' : 'hash+query'} → ${exchange.status}`
    + (exchange.codes.length ? ` ${exchange.codes.join(',')}` : ' data');
}

export async function run() {
  const reference = await referenceData();
  const lines = [];

  const post = recordingFetch();
  assertSameData(await runWith(new HttpLink({ uri: endpoint, fetch: post.fetchFn })), reference);
  assert.deepEqual(post.exchanges.map((e) => e.method), ['POST']);
  lines.push('HttpLink POST: reference data');

  const get = recordingFetch();
  assertSameData(await runWith(new HttpLink({ uri: endpoint, fetch: get.fetchFn, useGETForQueries: true })), reference);
  assert.deepEqual(get.exchanges.map((e) => e.method), ['GET']);
  assert.ok(new URL(get.exchanges[0].url).searchParams.get('operationName') === 'ClientCheck');
  lines.push('HttpLink useGETForQueries: one GET with operationName, reference data');

  // Automatic persisted queries as Apollo performs them: the hash alone first (by GET), the service does not know
  // it (400 with application/graphql-response+json, which Apollo asks for), Apollo sends hash and query (by
  // POST), the service verifies and stores it; a second client (a new app start) sends the hash alone and gets
  // the data.
  // A root alias unique to this run makes the document new to the service's store, whatever ran before.
  const apq = recordingFetch();
  const marker = `run${Date.now()}`;
  const unique = gql(document.replace('query ClientCheck(', `query ClientCheck(`)
    .replace(/\n}\s*$/, `\n  ${marker}: __typename\n}\n`));
  const apqLink = () => new PersistedQueryLink({ sha256, useGETForHashedQueries: true })
    .concat(new HttpLink({ uri: endpoint, fetch: apq.fetchFn }));
  for (let start = 0; start < 2; start++) {
    const data = await runWith(apqLink(), 'no-cache', unique);
    assert.equal(data[marker], 'Query');
    delete data[marker];
    assertSameData(data, reference);
  }
  const trip = apq.exchanges.map(describe);
  assert.deepEqual(trip, [
    'GET hash only → 400 PERSISTED_QUERY_NOT_FOUND',
    'POST hash+query → 200 data',
    'GET hash only → 200 data',
  ]);
  lines.push(`PersistedQueryLink (sha256, hashed queries by GET): ${trip.join('; ')}`);
  return lines.join('\n  ');
}
