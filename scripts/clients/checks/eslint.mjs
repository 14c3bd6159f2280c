// @graphql-eslint's schema-relay rules (connection, edge and page-info types, connection arguments) report
// nothing on the served SDL, except what is listed in EXCEPTIONS and documented in the README.
import { ESLint } from 'eslint';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { base, workDir } from './common.mjs';

/** Documented exceptions: none so far (each would be a rule id and a message pattern, with the reason). */
const EXCEPTIONS = [];

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
  const reported = result.messages.filter((m) => !EXCEPTIONS.some((x) => x.rule === m.ruleId && x.message.test(m.message)));
  assert.ok(rules.length > 0, 'the schema-relay rules are configured');
  if (reported.length > 0) {
    const lines = reported.slice(0, 15).map((m) => `${m.line}:${m.column} ${m.ruleId ?? 'fatal'} ${m.message}`);
    assert.fail(`${reported.length} problems:\n${lines.join('\n')}`);
  }
  return `rules ${rules.join(', ')}: no problems`;
}
