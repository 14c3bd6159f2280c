// The SDL served at /graphql/schema.graphql is a self-contained GraphQL document: graphql-js builds it, and it
// describes the same schema as introspection (both printed by graphql-js, sorted).
import { buildClientSchema, buildSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema } from 'graphql';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { base, workDir } from './common.mjs';

export async function run() {
  const response = await fetch(`${base}/graphql/schema.graphql`);
  assert.equal(response.status, 200);
  const sdl = await response.text();
  writeFileSync(join(workDir, 'schema.graphql'), sdl);
  let built;
  try {
    built = buildSchema(sdl);
  } catch (e) {
    assert.fail(`graphql-js buildSchema refuses the served SDL: ${e.message.split('\n')[0]}`);
  }
  const introspection = await (await fetch(`${base}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: getIntrospectionQuery({ descriptions: true, specifiedByUrl: true,
      directiveIsRepeatable: true, inputValueDeprecation: true }) }),
  })).json();
  assert.equal(introspection.errors, undefined, JSON.stringify(introspection.errors));
  const fromSdl = printSchema(lexicographicSortSchema(built));
  const fromIntrospection = printSchema(lexicographicSortSchema(buildClientSchema(introspection.data)));
  writeFileSync(join(workDir, 'schema-from-sdl.graphql'), fromSdl);
  writeFileSync(join(workDir, 'schema-from-introspection.graphql'), fromIntrospection);
  if (fromSdl !== fromIntrospection) {
    const a = fromSdl.split('\n');
    const b = fromIntrospection.split('\n');
    const line = a.findIndex((l, i) => l !== b[i]);
    assert.fail(`the SDL and introspection differ from line ${line + 1}: SDL "${a[line]}", introspection "${b[line]}"`
      + ' (both printed under target/client-checks/)');
  }
  const types = Object.keys(built.getTypeMap()).filter((n) => !n.startsWith('__')).length;
  return `buildSchema ok (${types} types, ${built.getDirectives().length} directives); printed SDL = printed introspection`;
}
