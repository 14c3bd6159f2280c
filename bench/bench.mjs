// The benchmark driver: checks that SummitGraph, PostGraphile v4 and v5 (and the SQL floor where
// it exists) return the same data for each query shape, then loads them in turn (A/B/C/A/B/C) with
// autocannon at the same concurrency and duration, and prints the table. Started by bench/run,
// which starts the servers; see README.
//
//   node bench/bench.mjs --sg http://127.0.0.1:18300 --pg http://127.0.0.1:18400 \
//     --pg5 http://127.0.0.1:18410 --duration 20 --rounds 2 --connections 16 --out results.json
//   --shapes search,detail   only these shapes
import autocannon from 'autocannon';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (arg.startsWith('--')) pairs.push([arg.slice(2), all[i + 1]]);
    return pairs;
  }, []));
const SG = args.sg ?? 'http://127.0.0.1:18300';
const PG = args.pg ?? 'http://127.0.0.1:18400';
const PG5 = args.pg5 ?? 'http://127.0.0.1:18410';
const ONLY = args.shapes ? new Set(args.shapes.split(',')) : null;
const DURATION = Number(args.duration ?? 20);
const WARMUP = Number(args.warmup ?? 5);
const WARM_PASSES = Number(args['warm-passes'] ?? 10);
const ROUNDS = Number(args.rounds ?? 2);
const CONNECTIONS = Number(args.connections ?? 16);
const DEEP = Number(args.deep ?? 10000);

// PostGraphile v5 (amber preset) keeps v4's names except for a column named id, which becomes rowId
// (ROW_ID_ASC, eventByRowId(rowId: …)): v5 reads the .pg document so renamed unless a .pg5 one exists.
const forV5 = text => text.replace(/\bID_ASC\b/g, 'ROW_ID_ASC').replace(/(\w)ById\(id:/g, '$1ByRowId(rowId:');
const query = (name, side) => {
  const file = side => join(here, 'queries', `${name}.${side}.graphql`);
  if (side === 'floor') side = 'sg';
  if (side === 'pg5' && !existsSync(file('pg5'))) return forV5(readFileSync(file('pg'), 'utf8'));
  return readFileSync(file(side), 'utf8');
};

async function post(url, body) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = await response.json();
  if (response.status !== 200 || json.errors) {
    throw new Error(`${url}: HTTP ${response.status} ${JSON.stringify(json).slice(0, 500)}`);
  }
  return json.data;
}

// ---- Canonical forms: the same data whatever the server's field names -----------------------
const canon = {
  flat: {
    sg: d => d.events.nodes,
    pg: d => d.allEvents.nodes,
  },
  nested3: {
    sg: d => d.events.nodes.map(e => ({
      name: e.name,
      participants: e.participants.edges.map(p => ({ role: p.role, name: p.node.name, country: p.node.country })),
    })),
    pg: d => d.allEvents.nodes.map(e => ({
      name: e.name,
      participants: e.participationsByEventId.nodes.map(p => ({
        role: p.role, name: p.personByPersonId.name, country: p.personByPersonId.countryByCountryId,
      })),
    })),
    floor: d => canon.nested3.sg(d),
  },
  nested5: {
    sg: d => d.events.nodes.map(e => ({
      name: e.name,
      people: e.participants.edges.map(p => ({
        name: p.node.name,
        quotes: p.node.quotes.nodes.map(q => ({
          text: q.text, occasion: q.occasion?.name ?? null, location: q.occasion?.location?.name ?? null,
        })),
      })),
    })),
    pg: d => d.allEvents.nodes.map(e => ({
      name: e.name,
      people: e.participationsByEventId.nodes.map(p => ({
        name: p.personByPersonId.name,
        quotes: p.personByPersonId.quotesBySpeakerId.nodes.map(q => ({
          text: q.text,
          occasion: q.eventByOccasionId?.name ?? null,
          location: q.eventByOccasionId?.locationByLocationId?.name ?? null,
        })),
      })),
    })),
  },
  keyset: {
    sg: d => d.events.nodes.map(e => ({ name: e.name, status: e.status, on: e.date?.earliest ?? null })),
    pg: d => d.allEvents.nodes.map(e => ({ name: e.name, status: e.status, on: e.startsOn })),
  },
  // One-element lists, so that "no rows" stays detectable.
  detail: {
    sg: d => [{
      name: d.node.name, status: d.node.status, location: d.node.location?.name ?? null,
      participants: d.node.participants.edges.map(p => ({ role: p.role, name: p.node.name })),
      quotes: d.node.quotes.nodes.map(q => ({ text: q.text, speaker: q.speaker?.name ?? null })),
    }],
    pg: d => [{
      name: d.eventById.name, status: d.eventById.status, location: d.eventById.locationByLocationId?.name ?? null,
      participants: d.eventById.participationsByEventId.nodes.map(p => ({ role: p.role, name: p.personByPersonId.name })),
      quotes: d.eventById.quotesByOccasionId.nodes.map(q => ({ text: q.text, speaker: q.personBySpeakerId?.name ?? null })),
    }],
  },
  home: {
    sg: d => [{
      events: d.events.nodes.map(e => ({ name: e.name, people: e.participants.edges.map(p => [p.role, p.node.name]) })),
      people: d.people.nodes.map(p => ({ name: p.name, quotes: p.quotes.nodes.map(q => q.text) })),
      organizations: d.organizations.nodes.map(o => ({ name: o.name, country: o.country?.name ?? null })),
    }],
    pg: d => [{
      events: d.allEvents.nodes.map(e => ({
        name: e.name, people: e.participationsByEventId.nodes.map(p => [p.role, p.personByPersonId.name]),
      })),
      people: d.allPeople.nodes.map(p => ({ name: p.name, quotes: p.quotesBySpeakerId.nodes.map(q => q.text) })),
      organizations: d.allOrganizations.nodes.map(o => ({ name: o.name, country: o.countryByCountryId?.name ?? null })),
    }],
  },
  fanout4: {
    sg: d => d.people.nodes.map(p => ({
      name: p.name,
      quotes: p.quotes.nodes.map(q => ({
        text: q.text,
        occasion: q.occasion && {
          name: q.occasion.name, people: q.occasion.participants.edges.map(x => [x.role, x.node.name]),
        },
      })),
    })),
    pg: d => d.allPeople.nodes.map(p => ({
      name: p.name,
      quotes: p.quotesBySpeakerId.nodes.map(q => ({
        text: q.text,
        occasion: q.eventByOccasionId && {
          name: q.eventByOccasionId.name,
          people: q.eventByOccasionId.participationsByEventId.nodes.map(x => [x.role, x.personByPersonId.name]),
        },
      })),
    })),
  },
  // Ranks compared as the 32-bit floats both compute (SummitGraph writes them as doubles).
  search: {
    sg: d => d.search.edges.map(e => ({
      type: e.node.__typename, key: globalKey(e.node.id), rank: Math.fround(e.rank), snippet: e.snippet,
    })),
    pg: d => d.benchSearch.nodes.map(n => ({
      type: TYPE_OF_KIND[n.kind], key: Number(n.key), rank: Math.fround(n.rank), snippet: n.snippet,
    })),
  },
};
canon['search-new'] = canon.search;
for (const shape of Object.values(canon)) shape.pg5 = shape.pg;

const TYPE_OF_KIND = {
  PERSON: 'Person', ORGANIZATION: 'Organization', COUNTRY: 'Country', LOCATION: 'Location', EVENT: 'Event',
  QUOTE: 'Quote', SOURCE: 'Source',
};
// A SummitGraph global ID is base64url("Type:key").
const globalKey = id => Number(Buffer.from(id, 'base64url').toString('ascii').split(':')[1]);

// The cursor of item DEEP in the keyset shape's order, on each server (each has its own format).
async function deepCursors() {
  const peerCursor = async (url, v5) => (await post(`${url}/graphql`, {
    query: (v5 ? forV5 : x => x)(`query($offset: Int) { allEvents(condition: { status: "HELD" },
      orderBy: [STARTS_ON_ASC, ID_ASC], first: 1, offset: $offset) { edges { cursor } } }`),
    variables: { offset: DEEP - 1 },
  })).allEvents.edges[0].cursor;
  let sgCursor = null;
  for (let seen = 0; seen < DEEP; seen += 100) {
    const page = await post(`${SG}/graphql`, {
      query: `query($after: String) { events(filter: { status: HELD }, first: 100, after: $after) {
        pageInfo { endCursor } } }`,
      variables: { after: sgCursor },
    });
    sgCursor = page.events.pageInfo.endCursor;
  }
  return { sg: sgCursor, pg: await peerCursor(PG, false), pg5: await peerCursor(PG5, true) };
}

// The detail page's event: the one with the most participants, then quotes, among the first 100.
async function detailEvent() {
  const page = await post(`${SG}/graphql`, {
    query: `{ events(first: 100) { nodes { id participants(first: 10) { edges { role } }
      quotes(first: 5) { nodes { text } } } } }`,
  });
  const size = e => e.participants.edges.length * 10 + e.quotes.nodes.length;
  const best = page.events.nodes.reduce((a, b) => (size(b) > size(a) ? b : a));
  return { sg: best.id, pg: String(globalKey(best.id)) };
}

async function shapes() {
  const wanted = name => !ONLY || ONLY.has(name);
  const cursors = wanted('keyset') ? await deepCursors() : {};
  const detail = wanted('detail') ? await detailEvent() : {};
  const v3 = { first: 20, participants: 10 };
  const peers = vars => ({ ...vars, pg5: vars.pg });
  return [
    { name: 'flat', title: 'flat list page (50 events)', vars: peers({ sg: { first: 50 }, pg: { first: 50 } }) },
    {
      name: 'nested3', title: '3 levels: events > participants > person > country (20 x 10)',
      vars: { ...peers({ sg: v3, pg: v3 }), floor: v3 },
    },
    {
      name: 'nested5',
      title: '5 levels: events > participants > person > quotes > occasion > location (10 x 10 x 5)',
      vars: peers({ sg: { first: 10, participants: 10, quotes: 5 }, pg: { first: 10, participants: 10, quotes: 5 } }),
    },
    {
      name: 'keyset',
      title: `keyset page deep: held events by date after item ${DEEP} (20)`,
      vars: {
        sg: { first: 20, after: cursors.sg }, pg: { first: 20, after: cursors.pg }, pg5: { first: 20, after: cursors.pg5 },
      },
    },
    {
      name: 'detail',
      title: 'detail page: one event by ID > participants > person, quotes > speaker (10, 5)',
      vars: peers({ sg: { id: detail.sg }, pg: { id: detail.pg } }),
    },
    {
      name: 'home',
      title: 'home screen: 3 root fields (events, people, organizations), 2 levels each (10 x 5, 10 x 3, 10)',
      vars: peers({ sg: {}, pg: {} }),
    },
    {
      name: 'fanout4',
      title: '4-level fan-out: people > quotes > occasion > participants > person (10 x 3 x 1 x 5)',
      vars: peers({ sg: { first: 10 }, pg: { first: 10 } }),
    },
    {
      name: 'search',
      title: 'search "summit", first 20 (rank, snippet, node)',
      vars: peers({ sg: { query: 'summit', first: 20 }, pg: { query: 'summit', first: 20 } }),
    },
    {
      // The same results under a new query text at every request ("summit -<a word no row has>"), so no
      // server can answer from what it kept of an earlier search: the cost of ranking itself.
      name: 'search-new',
      file: 'search',
      fresh: true,
      title: 'search "summit -<new word>", first 20: a new query at every request, nothing kept',
      vars: peers({ sg: { query: 'summit', first: 20 }, pg: { query: 'summit', first: 20 } }),
    },
  ].filter(shape => wanted(shape.name));
}

const URLS = { sg: () => `${SG}/graphql`, floor: () => `${SG}/bench/sql-floor`, pg: () => `${PG}/graphql`, pg5: () => `${PG5}/graphql` };
const target = (shape, side) => ({
  url: URLS[side](),
  body: JSON.stringify({ query: query(shape.file ?? shape.name, side), variables: shape.vars[side] }),
});

async function verify(shape) {
  const results = {};
  for (const side of Object.keys(shape.vars)) {
    const { url, body } = target(shape, side);
    const data = await post(url, JSON.parse(body));
    results[side] = canon[shape.name][side](data);
  }
  const size = JSON.stringify(results.sg).length;
  if (!Array.isArray(results.sg) || results.sg.length === 0) {
    throw new Error(`${shape.name}: SummitGraph returned no rows`);
  }
  for (const side of Object.keys(results)) {
    if (!isDeepStrictEqual(results.sg, results[side])) {
      writeFileSync(`/tmp/bench-${shape.name}-sg.json`, JSON.stringify(results.sg, null, 1));
      writeFileSync(`/tmp/bench-${shape.name}-${side}.json`, JSON.stringify(results[side], null, 1));
      throw new Error(`${shape.name}: ${side} differs from SummitGraph (see /tmp/bench-${shape.name}-*.json)`);
    }
  }
  return { rows: results.sg.length, bytes: size };
}

// SQL statements SummitGraph sends per request of a shape, from its statement counter.
async function statementsPerRequest(shape, times = 20) {
  const counter = async () => (await (await fetch(`${SG}/bench/sql-statements`)).json()).statements;
  const { url, body } = target(shape, 'sg');
  const before = await counter();
  for (let i = 0; i < times; i++) await post(url, JSON.parse(shape.fresh ? freshQuery(body) : body));
  return (await counter() - before) / times;
}

function load(shape, side, duration) {
  const { url, body } = target(shape, side);
  return new Promise((resolve, reject) => {
    autocannon({
      url, method: 'POST', body, connections: CONNECTIONS, duration,
      headers: { 'content-type': 'application/json' },
      ...(shape.fresh ? { requests: [{ setupRequest: request => ({ ...request, body: freshQuery(body) }) }] } : {}),
    }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

// A request body whose search text excludes a word no row has: the same results, a query never sent before.
let freshQueries = 0;
const freshQuery = body => {
  const request = JSON.parse(body);
  const variables = request.variables;
  const key = 'query' in variables ? 'query' : 'searchQuery';
  variables[key] = `${variables[key]} -zqfresh${(freshQueries++).toString(36).replace(/[0-9]/g, d => 'abcdefghij'[d])}`;
  return JSON.stringify(request);
};

const summary = r => ({
  rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99,
  requests: r.requests.total, errors: r.errors + r.timeouts + r.non2xx,
});

const median = values => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

async function main() {
  const list = await shapes();
  const report = { duration: DURATION, rounds: ROUNDS, connections: CONNECTIONS, warmSeconds: WARMUP, shapes: [] };
  const checked = new Map();
  for (const shape of list) {
    const verified = await verify(shape);
    const statements = await statementsPerRequest(shape);
    console.error(`${shape.name}: same data from ${Object.keys(shape.vars).join(', ')} (${verified.rows} rows,`
      + ` ${verified.bytes} bytes); ${statements} SQL statements per request`);
    checked.set(shape, { verified, statements });
  }
  // Every server compiles its hot code while under load (HotSpot's C2 on the JVM, V8 on Node). On
  // 2 cores the JVM's throughput goes on rising for a minute or two of load (nested3 at scale 1,
  // 20 s loads: 201, 229, 285, 639, 750, 828, 767 req/s), so a fixed warm-up measured it half
  // compiled. Each server therefore runs every shape in passes of WARMUP s until two consecutive
  // passes agree: every shape's throughput within 10% of the pass before (at most WARM_PASSES
  // passes, in short mode too), before any measurement; each shape then warms again just before
  // its rounds. The report says how many passes each server needed and whether it settled.
  report.warmUp = {};
  for (const side of ['sg', 'floor', 'pg', 'pg5']) {
    const sideShapes = list.filter(shape => shape.vars[side]);
    if (sideShapes.length === 0) continue;
    let previous = null;
    let stable = false;
    let pass = 0;
    while (!stable && pass < WARM_PASSES) {
      pass++;
      const rates = {};
      for (const shape of sideShapes) rates[shape.name] = summary(await load(shape, side, WARMUP)).rps;
      console.error(`warming up ${side}, pass ${pass}: `
        + Object.entries(rates).map(([name, rps]) => `${name} ${rps.toFixed(0)}`).join(', ') + ' req/s');
      stable = previous !== null && sideShapes.every(shape =>
        Math.abs(rates[shape.name] - previous[shape.name]) <= 0.1 * previous[shape.name]);
      previous = rates;
    }
    report.warmUp[side] = { passes: pass, stable };
  }
  for (const shape of list) {
    const { verified, statements } = checked.get(shape);
    const runs = Object.fromEntries(Object.keys(shape.vars).map(side => [side, []]));
    console.error(`${shape.name}:`);
    for (const side of Object.keys(runs)) await load(shape, side, WARMUP);
    for (let round = 0; round < ROUNDS; round++) {
      for (const side of Object.keys(runs)) {
        const result = summary(await load(shape, side, DURATION));
        runs[side].push(result);
        console.error(`  round ${round + 1} ${side}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms,`
          + ` p99 ${result.p99} ms, errors ${result.errors}`);
      }
    }
    const combined = Object.fromEntries(Object.entries(runs).map(([side, rs]) => [side, {
      rps: rs.reduce((s, r) => s + r.rps, 0) / rs.length,
      p50: median(rs.map(r => r.p50)), p99: Math.max(...rs.map(r => r.p99)),
      errors: rs.reduce((s, r) => s + r.errors, 0), runs: rs,
    }]));
    report.shapes.push({ name: shape.name, title: shape.title, statements, verified, ...combined });
  }
  writeFileSync(args.out ?? '/dev/stdout', JSON.stringify(report, null, 1));
}

main().catch(error => {
  console.error(error.message);
  process.exit(1);
});
