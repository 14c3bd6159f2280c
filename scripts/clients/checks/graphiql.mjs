// Headless Chromium (Debian's) opens the packaged GraphiQL, types the shared operation and its variables, runs
// it, and reads the result pane; then the docs explorer must show a type's description. Every request the page
// makes must stay on loopback (GraphiQL must work offline). Screenshots go under target/client-checks/.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import assert from 'node:assert/strict';
import { base, document, variables, workDir, referenceData, assertSameData } from './common.mjs';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function isLoopback(url) {
  if (/^(data|blob|about|chrome-error):/.test(url)) return true;
  const { hostname } = new URL(url);
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

/** The text of the CodeMirror editor inside `selector` (its model, not the rendered, virtualized lines). */
function editorText(page, selector) {
  return page.$eval(`${selector} .CodeMirror`, (el) => el.CodeMirror.getValue());
}

export async function run() {
  const reference = await referenceData();
  const typeDescription = (await (await fetch(`${base}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __type(name: "Person") { description } }' }),
  })).json()).data.__type.description;

  const profile = mkdtempSync(join(tmpdir(), 'summitgraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: FLAGS,
  });
  const requests = [];
  const offLoopback = [];
  try {
    const page = context.pages()[0] ?? await context.newPage();
    page.on('request', (request) => {
      requests.push(`${request.method()} ${request.url()}`);
      if (!isLoopback(request.url())) offLoopback.push(request.url());
    });
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(`${base}/q/graphql-ui/`, { waitUntil: 'load' });
    await page.waitForSelector('.graphiql-query-editor .CodeMirror', { timeout: 30_000 });

    // Type the operation and its variables, as a user would (insertText: no auto-closed brackets).
    await page.click('.graphiql-query-editor .CodeMirror');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(document);
    await page.click('.graphiql-editor-tool [data-name="variables"], .graphiql-editor-tools button:has-text("Variables")');
    await page.click('.graphiql-editor-tool .CodeMirror');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(JSON.stringify(variables, null, 2));
    assert.equal(await editorText(page, '.graphiql-query-editor'), document, 'the editor holds the typed document');

    const answered = page.waitForResponse((r) => r.url() === `${base}/graphql` && r.request().method() === 'POST'
      && (r.request().postData() ?? '').includes('ClientCheck'));
    await page.click('.graphiql-execute-button');
    const response = await answered;
    await page.waitForFunction(() => {
      const el = document.querySelector('.result-window .CodeMirror');
      return el && el.CodeMirror.getValue().trim().length > 0;
    }, null, { timeout: 30_000 });
    const shownText = await editorText(page, '.result-window');
    let shown;
    try { shown = JSON.parse(shownText); } catch { assert.fail(`GraphiQL shows no JSON result: ${shownText}`); }
    assert.equal(shown.errors, undefined, `GraphiQL shows errors (HTTP ${response.status()}): ${JSON.stringify(shown.errors)}`);
    assertSameData(shown.data, reference);
    await page.screenshot({ path: join(workDir, 'graphiql-result.png') });

    // Docs explorer: search for Person and open it; its description must be shown.
    await page.click('button[aria-label="Show Documentation Explorer"]');
    await page.waitForSelector('.graphiql-doc-explorer', { timeout: 15_000 });
    await page.fill('.graphiql-doc-explorer-search input', 'Person');
    await page.click('.graphiql-doc-explorer-search [role="option"]:has-text("Person") >> nth=0');
    await page.waitForSelector('.graphiql-doc-explorer-title:text-is("Person")', { timeout: 15_000 });
    const docs = await page.textContent('.graphiql-doc-explorer');
    assert.ok(docs.includes(typeDescription), `the docs explorer shows Person's description "${typeDescription}"`);
    await page.screenshot({ path: join(workDir, 'graphiql-docs.png') });

    assert.deepEqual(offLoopback, [], 'GraphiQL requested something outside loopback');
    assert.deepEqual(pageErrors, [], 'the page raised errors');
    const graphqlPosts = requests.filter((r) => r.startsWith('POST ')).length;
    return `result pane = reference data, docs show Person's description, ${requests.length} requests `
      + `(${graphqlPosts} GraphQL POSTs), none off loopback; screenshots in target/client-checks/`;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
