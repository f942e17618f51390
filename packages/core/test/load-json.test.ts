import { expect } from '@open-wc/testing';
import { loadJson, LoadError } from '../src/index.js';

interface Feed {
  count: number;
}
const validate = (d: unknown): Feed | undefined =>
  typeof d === 'object' && d !== null && typeof (d as Feed).count === 'number' ? (d as Feed) : undefined;

const feed = (params: Record<string, string>) => `/__feed?${new URLSearchParams(params)}`;

async function expectError(url: string, kind: string, options: Partial<Parameters<typeof loadJson>[1]> = {}) {
  const result = await loadJson(url, { validate, ...options });
  if (result.ok) throw new Error(`expected ${kind}, got data`);
  expect(result.error).to.be.instanceOf(LoadError);
  expect(result.error.kind).to.equal(kind);
  return result.error;
}

describe('loadJson against a real HTTP responder', () => {
  it('returns validated data', async () => {
    const result = await loadJson(feed({ body: '{"count":40}' }), { validate });
    expect(result).to.deep.include({ ok: true, data: { count: 40 } });
  });

  it('decodes the body as UTF-8, a byte-order mark dropped', async () => {
    for (const body of ['{"count":40,"city":"Montréal — 東京"}', '\uFEFF{"count":40,"city":"Montréal — 東京"}']) {
      for (const nolength of ['', '1']) {
        const result = await loadJson(feed({ body, nolength }), { validate });
        expect(result).to.deep.include({ ok: true, data: { count: 40, city: 'Montréal — 東京' } });
      }
    }
  });

  it('reports 404 and 500 with their status', async () => {
    expect((await expectError(feed({ status: '404' }), 'http')).status).to.equal(404);
    expect((await expectError(feed({ status: '500' }), 'http')).status).to.equal(500);
  });

  it('gives up after the timeout', async () => {
    const started = performance.now();
    await expectError(feed({ delay: '3000', body: '{"count":1}' }), 'timeout', { timeout: 300 });
    expect(performance.now() - started).to.be.lessThan(2500);
  });

  it('takes a timeout that is not a positive number of milliseconds as the default', async () => {
    // a 0 ms timer (what setTimeout makes of each of these) would give up before the answer
    for (const timeout of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const result = await loadJson(feed({ delay: '100', body: '{"count":1}' }), { validate, timeout });
      expect(result.ok ? 'ok' : result.error.kind, String(timeout)).to.equal('ok');
    }
  });

  it('reads an answer without a body (204) as invalid JSON', async () => {
    await expectError(feed({ status: '204' }), 'invalid-json');
  });

  it('refuses invalid JSON and the wrong shape', async () => {
    await expectError(feed({ body: '{"count": 4' }), 'invalid-json');
    await expectError(feed({ body: '{"count":"forty"}' }), 'invalid-shape');
  });

  it('refuses bodies over the size cap, with and without Content-Length', async () => {
    await expectError(feed({ bytes: '300000' }), 'too-large');
    await expectError(feed({ bytes: '300000', nolength: '1' }), 'too-large');
    await expectError(feed({ bytes: '2000', nolength: '1' }), 'too-large', { maxBytes: 1000 });
  });

  it('reports a dropped connection as a network error', async () => {
    await expectError(feed({ drop: '1' }), 'network');
    await expectError('http://127.0.0.1:9/feed.json', 'network');
  });

  it('refuses non-http feed URLs without a request', async () => {
    await expectError('javascript:alert(1)', 'unsafe-url');
    await expectError('data:application/json,{"count":1}', 'unsafe-url');
    await expectError('http://[not a url', 'unsafe-url');
  });

  it('revalidates with If-None-Match and reports not modified', async () => {
    const first = await loadJson(feed({ body: '{"count":1}', etag: 'v1' }), { validate });
    if (!first.ok || !('data' in first)) throw new Error('first load failed');
    expect(first.etag).to.equal('"v1"');
    const second = await loadJson(feed({ body: '{"count":1}', etag: 'v1' }), { validate, etag: first.etag });
    expect(second).to.deep.include({ ok: true, notModified: true });
  });

  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = loadJson(feed({ delay: '2000' }), { validate, signal: controller.signal });
    controller.abort();
    const result = await pending;
    expect(result.ok ? 'ok' : result.error.kind).to.equal('aborted');
  });
});
