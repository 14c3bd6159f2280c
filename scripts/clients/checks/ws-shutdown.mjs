// Run last, by scripts/client-checks.sh: with a graphql-transport-ws socket open (connection acknowledged), the
// service is sent SIGTERM; the socket must be closed by the service with 1001 (going away), and the service must
// exit by itself. Outcomes, not latencies: a service that waits for its shutdown timeout and then drops the
// connection closes it with 1006 (no close frame), which fails here.
// Usage: node ws-shutdown.mjs <ws url> <pid>
import WebSocket from 'ws';
import assert from 'node:assert/strict';

const [url, pidText] = process.argv.slice(2);
const pid = Number(pidText);
const socket = new WebSocket(url, 'graphql-transport-ws');
await new Promise((resolve, reject) => { socket.once('open', resolve); socket.once('error', reject); });
socket.send(JSON.stringify({ type: 'connection_init' }));
await new Promise((resolve) => socket.once('message', resolve));
const closed = new Promise((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: String(reason) })));
process.kill(pid, 'SIGTERM');
const close = await Promise.race([closed, new Promise((r) => setTimeout(() => r(null), 60_000).unref())]);
assert.ok(close, 'the socket was closed');
assert.equal(close.code, 1001, `close code 1001 (going away), got ${close.code} ${close.reason}`);
const alive = () => { try { process.kill(pid, 0); return true; } catch { return false; } };
for (let i = 0; i < 600 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
assert.ok(!alive(), 'the service exited');
console.log(`socket closed by the service with ${close.code} "${close.reason}"; the service exited`);
