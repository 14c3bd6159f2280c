// @graphql-eslint's schema-relay rules (connection, edge and page-info types, connection arguments) report
// nothing on the served SDL, except what is listed in EXCEPTIONS and documented in the README.
import { ESLint } from 'eslint';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { base, workDir } from './common.mjs';

/**
 * Documented exceptions (README, "Clients proven"): search results are the edges of SearchConnection, named
 * SearchResult since the first release (renaming the type would break clients' fragments on it); and search
 * pages forward only, as its results are ranked by relevance (read from the end, a ranking has no use).
 */
const EXCEPTIONS = [
  { rule: '@graphql-eslint/relay-edge-types', message: /Edge type must have "Edge" suffix/, line: /SearchResult/ },
  { rule: '@graphql-eslint/relay-arguments', message: /Field `search` must contain an argument `(last|before)`/, line: /^\s*search\(/ },
];

export async function run() {
  const sdlPath = join(workDir, 'eslint-schema.graphql');
  writeFileSync(sdlPath, await (await fetch(`${base}/graphql/schema.graphql`)).text());
  process.env.SUMMITGRAPH_SDL = sdlPath;
  const eslint = new ESLint({
    cwd: workDir,
    overrideConfigFile: fileURLToPath(new URL('./eslint.config.mjs', import.meta.url)),
  });
  const [result] = await eslint.lintFiles([sdlPath]);
  const rules = Object.keys((await eslint.calculateConfigForFile(sdlPath)).rules ?? {});
  const sdlLines = (await import('node:fs')).readFileSync(sdlPath, 'utf8').split('\n');
  const excepted = (m) => EXCEPTIONS.some((x) => x.rule === m.ruleId && x.message.test(m.message)
    && x.line.test(sdlLines[m.line - 1] ?? ''));
  const reported = result.messages.filter((m) => !excepted(m));
  const exceptions = result.messages.length - reported.length;
  assert.ok(rules.length > 0, 'the schema-relay rules are configured');
  if (reported.length > 0) {
    const lines = reported.slice(0, 15).map((m) => `${m.line}:${m.column} ${m.ruleId ?? 'fatal'} ${m.message}`);
    assert.fail(`${reported.length} problems:\n${lines.join('\n')}`);
  }
  return `rules ${rules.join(', ')}: no problems (${exceptions} documented exception${exceptions === 1 ? '' : 's'})`;
}
