// Figures for the HTTP features (issue 16's closing note), against a running service:
//   node scripts/clients/measure.mjs http://127.0.0.1:8080
// 1. bytes on the wire of the README's first example by GET, with and without gzip;
// 2. the share of 304s when the same GET is repeated 100 times by a client that revalidates (If-None-Match);
// 3. the automatic-persisted-query round trip as Apollo Client performs it (requests, statuses, bytes).
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createHash } from 'node:crypto';
import { ApolloClient, InMemoryCache, HttpLink, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';

const base = process.argv[2] ?? 'http://127.0.0.1:8080';
const readme = readFileSync(new URL('../../src/test/resources/graphql/readme/first-summit.graphql', import.meta.url), 'utf8');

/** A raw GET (node's http, which neither adds Accept-Encoding nor decompresses): status, headers, wire bytes. */
function get(path, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk) => { bytes += chunk.length; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, bytes }));
    });
    req.on('error', reject);
    req.end();
  });
}

const path = `/graphql?query=${encodeURIComponent(readme)}`;
const plain = await get(path);
const gzipped = await get(path, { 'accept-encoding': 'gzip' });
console.log(`README first example by GET: ${plain.bytes} bytes without gzip, ${gzipped.bytes} bytes with gzip`
  + ` (content-encoding ${gzipped.headers['content-encoding'] ?? 'none'}), ${(100 * gzipped.bytes / plain.bytes).toFixed(1)}%`);

let etag;
const statuses = {};
for (let i = 0; i < 100; i++) {
  const answer = await get(path, etag ? { 'if-none-match': etag } : {});
  statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
  etag = answer.headers.etag ?? etag;
}
const unconditional = await get(path);
console.log(`The same GET 100 times, revalidating with If-None-Match: ${JSON.stringify(statuses)}`
  + ` (${statuses[304] ?? 0}% 304); Cache-Control "${unconditional.headers['cache-control']}"`);

const trip = [];
const recording = async (input, init = {}) => {
  const response = await fetch(input, init);
  const text = await response.clone().text();
  const url = new URL(typeof input === 'string' ? input : input.url);
  const sent = init.method === 'POST' ? Buffer.byteLength(init.body) : url.search.length;
  let code = '';
  try { code = JSON.parse(text).errors?.[0]?.extensions?.code ?? 'data'; } catch { code = '?'; }
  trip.push(`${init.method ?? 'GET'} (${init.method === 'POST' ? 'body' : 'query string'} ${sent} bytes) → ${response.status} ${code}, ${Buffer.byteLength(text)} bytes`);
  return response;
};
const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const unique = gql(readme.replace(/\n}\s*$/, `\n  measured${Date.now()}: __typename\n}\n`));
for (let start = 0; start < 2; start++) {
  const client = new ApolloClient({
    link: new PersistedQueryLink({ sha256, useGETForHashedQueries: true }).concat(new HttpLink({ uri: `${base}/graphql`, fetch: recording })),
    cache: new InMemoryCache(),
  });
  await client.query({ query: unique, fetchPolicy: 'no-cache' });
  client.stop();
}
console.log('APQ as Apollo Client performs it (first start, then a second start):');
for (const line of trip) console.log(`  ${line}`);
