# Writes src/test/resources/hostile/corpus.json, the hostile-input corpus run by HostileCorpusTest and
# ClosedApiTest (see HostileCorpus for the format). Edit the cases here, run `python3 scripts/hostile/generate_corpus.py`.
import json, base64
cases = []
def case(name, expect, **kw):
    c = {"name": name}
    c.update(kw)
    c["expect"] = expect
    cases.append(c)
def E(status=200, code=None, data="absent"):
    return {"status": status, "code": code, "data": data}
LIMIT = "QUERY_LIMIT_EXCEEDED"; VALID = "GRAPHQL_VALIDATION_FAILED"; PARSE = "GRAPHQL_PARSE_FAILED"
BAD = "BAD_REQUEST"; BUI = "BAD_USER_INPUT"

# --- Depth, aliases, root fields, fragments, directives, cost, tokens, sizes
case("deep nesting: 13 levels of followUps", E(200, LIMIT),
     query="{ events(first: 1) { nodes { <<11*followUps { >>name<<11*}>> } } }")
case("deep nesting: 400 levels (parser gives up)", E(200, LIMIT),
     query="{ events { nodes { <<400*followUps { >>name<<400*}>> } } }")
case("alias flood: 100 aliases of one field", E(200, LIMIT),
     query="{ sources(first: 1) { nodes { <<100*t#: title >> } } }")
case("alias flood: 1000 aliases of __typename", E(200, LIMIT),
     query="{ sources(first: 1) { nodes { <<1000*t#: __typename >> } } }")
case("root field flood: 50 aliased root connections", E(200, LIMIT),
     query="{ <<50*r#: sources { totalCount } >> }")
case("fragment cycle: a fragment spreading itself", E(200, VALID),
     query="{ sources { nodes { ...A } } } fragment A on Source { title author { name } ...A }")
case("fragment cycle: two fragments spreading each other", E(200, VALID),
     query="{ sources { nodes { ...A } } } fragment A on Source { title ...B } fragment B on Source { slug ...A }")
case("fragment cycle through a nested field", E(200, VALID),
     query="{ people { nodes { ...P } } } fragment P on Person { name quotes { nodes { speaker { ...P } } } }")
case("fragment bomb: 20 fragments each spreading the next twice", E(200, LIMIT),
     query="{ sources { nodes { ...F19 } } } fragment F0 on Source { title slug } "
           + " ".join(f"fragment F{i} on Source {{ ...F{i-1} ...F{i-1} }}" for i in range(1, 20)))
case("fragment bomb: nested lists in each of 12 fragments", E(200, LIMIT),
     query="{ sources { nodes { ...F11 } } } fragment F0 on Source { a0: title b: slug } "
           + " ".join(f"fragment F{i} on Source {{ x{i}: citations {{ nodes {{ source {{ ...F{i-1} }} }} }} ...F{i-1} }}" for i in range(1, 12)))
case("directive flood: 60 directives on one field", E(200, LIMIT),
     query="{ __typename <<60*@include(if: true) >> }")
case("directive flood: @skip on 60 fields", E(200, LIMIT),
     query="{ sources(first: 1) { nodes { <<60*title @skip(if: false) >> } } }")
case("huge first: 2147483647 on a root list", E(200, BUI, "present"),
     query="{ sources(first: 2147483647) { totalCount } }")
case("huge last: 2147483647 on a root list", E(200, BUI, "present"),
     query="{ people(last: 2147483647) { totalCount } }")
case("cost: 100 x 100 nested pages", E(200, LIMIT),
     query="{ sources(first: 100) { nodes { citations(first: 100) { nodes { excerpt startOffset endOffset fact { id } } } } } }")
case("cost: page sizes from variables", E(200, LIMIT),
     query="query($a: Int, $b: Int) { events(first: $a) { nodes { participants(first: $b) { edges { role node { name quotes(first: $b) { nodes { text } } } } } } } }",
     variables={"a": 100, "b": 100})
case("first beyond Int: 4294967297", E(200, VALID),
     query="{ sources(first: 4294967297) { totalCount } }")
case("token flood: 3000 tokens", E(200, LIMIT),
     query="{ <<3000*a >> }")
case("token flood: 2500 field names, valid syntax", E(200, LIMIT),
     query="{ sources { nodes { <<2500*title >> } } }")
case("document of 30000 characters", E(400, LIMIT),
     query="{ __typename } # <<30000*x>>")
case("10 MB body with its length announced", E(413, LIMIT), streamed="length",
     body='{"query": "{ __typename }", "padding": "<<10485760*x>>"}')
case("10 MB body, chunked (no length announced)", E(413, LIMIT), streamed="chunked",
     body='{"query": "{ __typename }", "padding": "<<10485760*x>>"}')
case("huge string variable: 200 kB search query", E(400, LIMIT),
     query="query($q: String!) { search(query: $q) { totalCount } }", variables={"q": "<<200000*a>>"})
case("long string variable within the size limit: 50000 characters", E(200, BUI, "present"),
     query="query($q: String!) { search(query: $q) { totalCount } }", variables={"q": "<<10000*kim >>"})
case("huge list variable: 20000 IDs", E(400, LIMIT),
     query="query($ids: [ID!]!) { nodes(ids: $ids) { id } }", variables={"ids": {"$repeat": 20000, "item": "x"}})
case("list variable beyond the 100-ID limit: 1000 IDs", E(200, BUI, "present"),
     query="query($ids: [ID!]!) { nodes(ids: $ids) { id } }", variables={"ids": {"$repeat": 1000, "item": "UGVyc29uOjE"}})
case("1000 batched operations in a JSON array", E(400, LIMIT),
     body="[<<999*{\"query\": \"{ __typename }\"},>>{\"query\": \"{ __typename }\"}]")
case("2 batched operations in a JSON array", E(400, LIMIT),
     body='[{"query": "{ __typename }"}, {"query": "{ sources { totalCount } }"}]')
case("two operations in one document without operationName", E(200, VALID),
     query="query A { __typename } query B { __typename }")

# --- Malformed HTTP bodies
case("invalid UTF-8 in the body", E(400, BAD),
     bodyBase64=base64.b64encode(b'{"query": "{ sources(filter: {title: \\"\xff\xfe\\"}) { totalCount } }"}').decode())
case("invalid JSON: truncated", E(400, BAD), body='{"query": "{ __typename }"')
case("invalid JSON: single quotes", E(400, BAD), body="{'query': '{ __typename }'}")
case("JSON string instead of an object", E(400, BAD), body='"{ __typename }"')
case("JSON null body", E(400, BAD), body="null")
case("empty body", E(400, BAD), body="")
case("query is a number", E(400, BAD), body='{"query": 5}')
case("query missing", E(400, BAD), body='{"variables": {}}')
case("variables is a string", E(400, BAD), body='{"query": "{ __typename }", "variables": "x"}')
case("variables is an array", E(400, BAD), body='{"query": "{ __typename }", "variables": [1]}')
case("operationName is an object", E(400, BAD), body='{"query": "{ __typename }", "operationName": {}}')
case("unparseable document", E(200, PARSE), query="{ sources { totalCount }")
case("unparseable document, graphql-response+json", E(400, PARSE), query="{ sources { totalCount }",
     accept="application/graphql-response+json")
case("invalid document, graphql-response+json", E(400, VALID), query="{ nosuchfield }",
     accept="application/graphql-response+json")
case("NUL character in a string variable", E(200, BUI),
     query="query($q: String!) { search(query: $q) { totalCount } }", variables={"q": "kim\u0000"})

# --- Variables and values
case("wrong variable type: string for Int", E(200, VALID),
     query="query($f: Int) { sources(first: $f) { totalCount } }", variables={"f": "abc"})
case("wrong variable type: object for String", E(200, VALID),
     query="query($q: String!) { search(query: $q) { totalCount } }", variables={"q": {"a": 1}})
case("fractional Int variable: 1.5", E(200, VALID),
     query="query($f: Int) { sources(first: $f) { totalCount } }", variables={"f": 1.5})
case("Int variable beyond 32 bits", E(200, VALID),
     query="query($f: Int) { sources(first: $f) { totalCount } }", variables={"f": 4294967297})
case("null for a non-null variable", E(200, VALID),
     query="query($q: String!) { search(query: $q) { totalCount } }", variables={"q": None})
case("missing non-null variable", E(200, VALID),
     query="query($q: String!) { search(query: $q) { totalCount } }")
case("unknown enum value as a literal", E(200, VALID),
     query="{ sources(orderBy: {field: NOSUCHFIELD}) { totalCount } }")
case("unknown enum value in a variable", E(200, VALID),
     query="query($o: SourceOrder) { sources(orderBy: $o) { totalCount } }", variables={"o": {"field": "NOSUCHFIELD"}})
case("enum value as a string literal", E(200, VALID),
     query='{ sources(orderBy: {field: "TITLE"}) { totalCount } }')
case("malformed ID: garbage", E(200, BUI, "present"), query='{ node(id: "garbage") { id } }')
case("malformed ID: base64 of no type", E(200, BUI, "present"),
     query='{ node(id: "UGVyc29uOjk5OTk5OTk5OTk5OTk5OTk5OTk") { id } }')
case("malformed ID: SQL in the ID", E(200, BUI, "present"), query="""{ node(id: "' OR 1=1 --") { id } }""")
case("unknown operationName", E(200, VALID), body='{"query": "{ __typename }", "operationName": "Nope"}')

# --- Introspection abuse (enabled)
case("introspection: __schema twice", E(200, LIMIT),
     query="{ a: __schema { types { name } } b: __schema { types { name } } }")
case("introspection: fields inside fields", E(200, LIMIT),
     query="{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }")

# --- HTTP methods, media types, CSRF
case("mutation over GET", E(405, BAD), method="GET", query="mutation { __typename }")
case("named mutation over GET among queries", E(405, BAD), method="GET",
     query="query Q { __typename } mutation M { __typename }", operationName="M")
case("subscription over GET", E(405, BAD), method="GET", query="subscription { __typename }")
case("query over GET", E(200, None, "present"), method="GET", query="{ sources { totalCount } }")
case("GET with variables that are no JSON object", E(400, BAD), method="GET",
     query="query($f: Int) { sources(first: $f) { totalCount } }", rawVariables="[1")
case("GET without a query", E(400, BAD), method="GET")
case("cross-site form post (urlencoded)", E(415, BAD),
     contentType="application/x-www-form-urlencoded", body="query=%7B__typename%7D")
case("cross-site form post (multipart)", E(415, BAD),
     contentType="multipart/form-data; boundary=x",
     body='--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ __typename }\r\n--x--\r\n')
case("cross-site text/plain post of a JSON body", E(415, BAD),
     contentType="text/plain", body='{"query": "{ __typename }"}')
case("POST without a content type", E(415, BAD), contentType="", body='{"query": "{ __typename }"}')
case("application/graphql body", E(415, BAD), contentType="application/graphql", body="{ __typename }")
case("PUT", E(405, BAD), method="PUT", body='{"query": "{ __typename }"}')
case("Accept: text/html only", E(406, BAD), accept="text/html", query="{ __typename }")
case("GraphiQL's introspection query passes every limit", E(200, None, "present"),
     document="hostile/graphiql-introspection", boundMs=1000)

# --- SQL metacharacters and wildcards: same data as the same text with a harmless character
filters = [("people", "PersonFilter", "name"), ("organizations", "OrganizationFilter", "name"),
           ("countries", "CountryFilter", "name"), ("locations", "LocationFilter", "name"),
           ("events", "EventFilter", "name"), ("agreements", "AgreementFilter", "title"),
           ("quotes", "QuoteFilter", "text"), ("sources", "SourceFilter", "title")]
metas = [("%", "#"), ("_", "#"), ("\\", "#"), ("k_m", "k#m"), ("%kim%", "#kim#"), ("'; drop table person;--", "## drop table person###")]
for root, filt, field in filters:
    for meta, harmless in metas:
        case(f"SQL metacharacters in {filt}.{field}: {meta}", E(200, None, "present"),
             query=f"query($v: String) {{ {root}(filter: {{{field}: $v}}, first: 100) {{ totalCount nodes {{ id }} }} }}",
             variables={"v": meta}, sameDataAs={"v": harmless})
for meta, harmless in [("kim%", "kim#"), ("kim_", "kim#"), ("kim'", "kim#"), ("kim';--", "kim###"), ("kim\\", "kim#"), ("%", "#")]:
    # Answered, not refused: a real full-text search, slower than a refusal on a busy machine.
    case(f"SQL metacharacters in search: {meta}", E(200, None, "present"), boundMs=300,
         query="query($v: String!) { search(query: $v, first: 10) { totalCount edges { rank node { id } } } }",
         variables={"v": meta}, sameDataAs={"v": harmless})

# --- With introspection, the SDL and GraphiQL turned off (run by a test profile)
case("introspection disabled: __schema", E(200, "INTROSPECTION_DISABLED"), profile="closed",
     query="{ __schema { queryType { name } } }")
case("introspection disabled: __type", E(200, "INTROSPECTION_DISABLED"), profile="closed",
     query='{ __type(name: "Person") { name } }')
case("introspection disabled: GraphiQL's query", E(200, "INTROSPECTION_DISABLED"), profile="closed",
     document="hostile/graphiql-introspection")
case("introspection disabled: __typename still answers", E(200, None, "present"), profile="closed",
     query="{ __typename }")
case("SDL endpoint disabled", {"status": 404}, profile="closed", method="GET", path="/graphql/schema.graphql")
case("GraphiQL disabled", {"status": 404}, profile="closed", method="GET", path="/q/graphql-ui/")

import pathlib
out = pathlib.Path(__file__).resolve().parents[2] / "src/test/resources/hostile/corpus.json"
json.dump(cases, open(out, "w"), indent=1, ensure_ascii=False)
print(len(cases), sum(1 for c in cases if "profile" not in c))
