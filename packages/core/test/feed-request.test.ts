import { expect } from '@open-wc/testing';
import { loadJson } from '../src/index.js';
import { startFeed } from '../src/feed-request.js';

interface Feed {
  count: number;
}
const validate = (d: unknown): Feed | undefined =>
  typeof d === 'object' && d !== null && typeof (d as Feed).count === 'number' ? (d as Feed) : undefined;

/** How many requests the responder has had under `counter`. */
const requestsFor = async (counter: string): Promise<number> => ((await (await fetch(`/__feed/count?counter=${counter}`)).json()) as Feed).count;

// loader.js starts a widget's `src` feed while the widget's code is on its way (issue 18)
describe('a feed the loader started early', () => {
  it('is taken up by the first load of that URL: one request, the same data', async () => {
    const counter = `early-${Math.random().toString(36).slice(2)}`;
    const url = `/__feed?${new URLSearchParams({ body: '{"count":7}', counter })}`;
    startFeed(url);
    startFeed(url); // a second widget with the same src: still one early request
    const result = await loadJson(url, { validate });
    expect(result).to.deep.include({ ok: true, data: { count: 7 } });
    expect(await requestsFor(counter)).to.equal(1);
    // a second load is a request of its own (a refresh must see a new answer)
    const again = await loadJson(url, { validate });
    expect(again).to.deep.include({ ok: true, data: { count: 7 } });
    expect(await requestsFor(counter)).to.equal(2);
  });

  it('is given up with the timeout of the load that took it', async () => {
    const url = `/__feed?${new URLSearchParams({ delay: '3000', body: '{"count":1}', counter: Math.random().toString(36).slice(2) })}`;
    startFeed(url);
    const started = performance.now();
    const result = await loadJson(url, { validate, timeout: 300 });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error.kind).to.equal('timeout');
    expect(performance.now() - started).to.be.lessThan(2500);
  });

  it('is never started for a URL that is not http(s)', async () => {
    startFeed('javascript:alert(1)');
    startFeed('http://[not a url');
    const result = await loadJson('javascript:alert(1)', { validate });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error.kind).to.equal('unsafe-url');
  });
});
