// A fetch that records what each client sends and gets (method, URL, body, status, the response's codes), so a
// check can assert how the client talked to the service, not only what data it ended with.
export function recordingFetch() {
  const exchanges = [];
  const fetchFn = async (input, init = {}) => {
    const url = typeof input === 'string' ? input : input.url ?? String(input);
    const method = (init.method ?? input.method ?? 'GET').toUpperCase();
    const response = await fetch(input, init);
    const text = await response.clone().text();
    let codes = [];
    try { codes = (JSON.parse(text).errors ?? []).map((e) => e.extensions?.code); } catch { /* not JSON */ }
    exchanges.push({ method, url, body: typeof init.body === 'string' ? init.body : undefined,
      status: response.status, codes, bytes: Buffer.byteLength(text) });
    return response;
  };
  return { fetchFn, exchanges };
}
