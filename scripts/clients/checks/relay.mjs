// relay-compiler compiles the fragments in scripts/clients/relay/ against the SDL the service serves: @connection
// on the root `people` connection and on nested ones (Person.quotes forwards, Person.events backwards, with
// last/before), @refetchable through the Node interface. Artifacts go to target/client-checks/relay/.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { base, workDir } from './common.mjs';

export async function run() {
  const dir = join(workDir, 'relay');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src'), { recursive: true });
  mkdirSync(join(dir, 'generated'));
  cpSync(fileURLToPath(new URL('../relay', import.meta.url)), join(dir, 'src'), { recursive: true });
  const response = await fetch(`${base}/graphql/schema.graphql`);
  assert.equal(response.status, 200);
  writeFileSync(join(dir, 'schema.graphql'), await response.text());
  writeFileSync(join(dir, 'relay.config.json'), JSON.stringify({
    src: './src', schema: './schema.graphql', language: 'javascript', artifactDirectory: './generated',
  }));
  const compiler = fileURLToPath(new URL('../node_modules/.bin/relay-compiler', import.meta.url));
  try {
    execFileSync(compiler, ['relay.config.json'], { cwd: dir, stdio: 'pipe' });
  } catch (e) {
    assert.fail(`relay-compiler failed:\n${e.stdout}${e.stderr}`);
  }
  const artifacts = readdirSync(join(dir, 'generated')).sort();
  for (const name of ['PeopleList_query.graphql.js', 'PersonQuotes_person.graphql.js', 'PersonEvents_person.graphql.js',
    'PersonQuotesPaginationQuery.graphql.js', 'PersonEventsPaginationQuery.graphql.js', 'PeopleListQuery.graphql.js']) {
    assert.ok(artifacts.includes(name), `relay-compiler wrote ${name} (got ${artifacts.join(', ')})`);
  }
  return `compiled ${artifacts.length} artifacts: @connection on people (root), Person.quotes (first/after), `
    + 'Person.events (last/before), @refetchable via node(id:)';
}
