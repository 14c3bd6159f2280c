// Gives PostGraphile the indexes its queries need on the benchmark's database. SummitGraph orders
// events and quotes by date with undated ones last through expression indexes (coalesce(date,
// 'infinity')); PostGraphile orders by the plain columns, which those indexes do not serve, so
// without these it would sort every event at each request. Idempotent.
//
//   node bench/peer-indexes.mjs postgres://postgres@127.0.0.1:18450/postgres
import pg from 'pg';

const client = new pg.Client({ connectionString: process.argv[2] });
await client.connect();
for (const sql of [
  'create index if not exists bench_peer_event_starts_on on event (starts_on, id)',
  'create index if not exists bench_peer_quote_speaker_said_on on quote (speaker_id, said_on, id)',
]) {
  await client.query(sql);
}
await client.end();
