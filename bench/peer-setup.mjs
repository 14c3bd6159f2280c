// Gives PostGraphile what its queries need on the benchmark's database. Idempotent.
//
// - Indexes: SummitGraph orders events and quotes by date with undated ones last through expression
//   indexes (coalesce(date, 'infinity')); PostGraphile orders by the plain columns, which those indexes
//   do not serve, so without these it would sort every event at each request.
// - Search: PostGraphile has no full-text search of its own; its users add a set-returning function,
//   which it exposes as a root field. bench_search is SummitGraph's search statement
//   (SearchRepository) as such a function, over the same stored, GIN-indexed documents (V60).
//
//   node bench/peer-setup.mjs postgres://summitgraph:PASSWORD@127.0.0.1:18450/postgres
import pg from 'pg';

const KINDS = [
  ['PERSON', 'person', 'names'], ['ORGANIZATION', 'organization', 'names'], ['COUNTRY', 'country', 'names'],
  ['LOCATION', 'location', 'names'], ['EVENT', 'event', "t.name || '. ' || coalesce(t.description, '')"],
  ['QUOTE', 'quote', 't.text'], ['SOURCE', 'source', "t.title || ' — ' || t.text"],
];
const NAMES = "t.name || coalesce(' (' || nullif(array_to_string(t.aliases, ', '), '') || ')', '')";
const body = b => (b === 'names' ? NAMES : b);
const hits = KINDS.map(([kind, table]) => `select '${kind}'::text as kind, t.id,`
  + ` ts_rank_cd(t.search_document, q.query)::real as rank from ${table} t, q where t.search_document @@ q.query`)
  .join(' union all ');
const bodies = KINDS.map(([kind, table, b]) => ` when '${kind}' then (select ${body(b)} from ${table} t where t.id = p.id)`)
  .join('');
const OPTIONS = 'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "';

const client = new pg.Client({ connectionString: process.argv[2] });
await client.connect();
for (const sql of [
  'create index if not exists bench_peer_event_starts_on on event (starts_on, id)',
  'create index if not exists bench_peer_quote_speaker_said_on on quote (speaker_id, said_on, id)',
  'drop function if exists bench_search(text, int)',
  'drop type if exists bench_search_hit',
  // Not "id": PostGraphile v5 would name that field rowId, v4 id.
  'create type bench_search_hit as (kind text, key bigint, rank real, snippet text)',
  `create or replace function bench_search(search_query text, page_size int) returns setof bench_search_hit
     language sql stable as $f$
     with q as (select websearch_to_tsquery('public.summitgraph', search_query) as query),
     hits as (${hits}),
     page as (select * from hits order by rank desc, id limit page_size)
     select p.kind, p.id as key, p.rank, ts_headline('public.summitgraph', case p.kind${bodies} end, q.query, '${OPTIONS}')
     from page p, q order by p.rank desc, p.id
   $f$`,
]) {
  await client.query(sql);
}
await client.end();
