import { expect, fixture } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { FeedController, LoadError } from '../src/index.js';

const feed = (params: Record<string, string>) => `/__feed?${new URLSearchParams(params)}`;
const requests = async (counter: string) => ((await (await fetch(`/__feed/count?counter=${counter}`)).json()) as { count: number }).count;
const asNumber = (data: unknown) => (typeof data === 'object' && data !== null && typeof (data as { n?: unknown }).n === 'number' ? (data as { n: number }).n : undefined);

/** A host that records what its feed reports. */
class FeedProbe extends LitElement {
  log: string[] = [];
  feed = new FeedController(this, {
    validate: asNumber,
    data: (n) => this.log.push(`data ${n}`),
    error: (e) => this.log.push(`error ${e.kind}`),
    settled: (ok) => this.log.push(`settled ${ok}`),
  });
}
customElements.define('feed-probe', FeedProbe);
const probe = () => fixture<FeedProbe>(html`<feed-probe></feed-probe>`);

describe('FeedController', () => {
  it('hands over checked data, and errors with their kind', async () => {
    const el = await probe();
    await el.feed.load(feed({ body: '{"n":3}' }));
    await el.feed.load(feed({ body: '{"n":"three"}' }));
    await el.feed.load(feed({ status: '500' }));
    expect(el.log).to.deep.equal(['data 3', 'settled true', 'error invalid-shape', 'settled false', 'error http', 'settled false']);
  });

  it('owns its status, as Lit’s Task does, and renders by it', async () => {
    const el = await probe();
    const draw = () => el.feed.render({ initial: () => 'none', pending: () => 'loading', complete: () => 'shown', error: () => 'failed' });
    expect([el.feed.status, draw()]).to.deep.equal(['initial', 'none']);
    const first = el.feed.load(feed({ body: '{"n":1}', delay: '100' }));
    expect([el.feed.status, draw()]).to.deep.equal(['pending', 'loading']);
    await first;
    expect([el.feed.status, draw()]).to.deep.equal(['complete', 'shown']);
    await el.feed.load(feed({ status: '500' }));
    expect([el.feed.status, draw()]).to.deep.equal(['error', 'failed']);
    // the same src again (a refresh) keeps the status until its answer
    const src = feed({ body: '{"n":2}', delay: '100' });
    await el.feed.load(src);
    const again = el.feed.load(src);
    expect(el.feed.status).to.equal('complete');
    await again;
    expect(el.feed.render({ error: () => 'failed' })).to.equal(undefined);
    el.feed.reset();
    expect(el.feed.status).to.equal('initial');
  });

  it('revalidates with the ETag of the copy shown: a 304 keeps it, a reset asks for the whole document', async () => {
    const el = await probe();
    const src = feed({ body: '{"n":1}', etag: 'v1' });
    await el.feed.load(src);
    await el.feed.load(src);
    expect(el.log).to.deep.equal(['data 1', 'settled true', 'settled true']);
    el.feed.reset();
    await el.feed.load(src);
    expect(el.log.slice(-2)).to.deep.equal(['data 1', 'settled true']);
  });

  it('lets a newer request win: the older one is aborted and reports nothing', async () => {
    const el = await probe();
    const slow = el.feed.load(feed({ body: '{"n":1}', delay: '400' }));
    await el.feed.load(feed({ body: '{"n":2}' }));
    await slow;
    expect(el.log).to.deep.equal(['data 2', 'settled true']);
  });

  it('gives up after the timeout it is given', async () => {
    const el = await probe();
    await el.feed.load(feed({ delay: '2000' }), { timeout: 100 });
    expect(el.log).to.deep.equal(['error timeout', 'settled false']);
    expect(new LoadError('timeout', 'x').kind).to.equal('timeout');
  });

  it('refreshes as `every` says, and stops once the host leaves the page', async () => {
    const el = await probe();
    const counter = `refresh-${Math.random()}`;
    void el.feed.load(feed({ body: '{"n":5}', counter }), { every: () => 50 });
    for (let i = 0; (await requests(counter)) < 3; i++) {
      if (i > 100) throw new Error('no third request');
      await new Promise((r) => setTimeout(r, 20));
    }
    el.remove();
    const seen = await requests(counter);
    await new Promise((r) => setTimeout(r, 300));
    expect(await requests(counter)).to.be.at.most(seen + 1); // at most the one already in flight
  });

  it('asks again when its host is put back in the page before the first answer came, once', async () => {
    const el = await probe();
    const box = el.parentElement;
    if (!box) throw new Error('no parent');
    const counter = `moved-${Math.random()}`;
    void el.feed.load(feed({ body: '{"n":7}', delay: '300', counter }));
    await new Promise((r) => setTimeout(r, 100)); // the request is at the server
    el.remove(); // and cancelled
    box.append(el);
    for (let i = 0; !el.log.length; i++) {
      if (i > 150) throw new Error(`no answer after the move (status ${el.feed.status})`);
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(el.log).to.deep.equal(['data 7', 'settled true']);
    expect(el.feed.status).to.equal('complete');
    expect(await requests(counter)).to.equal(2);
  });

  it('leaves a host that loads again by itself when put back to do so, with its own request', async () => {
    const el = await probe();
    const box = el.parentElement;
    if (!box) throw new Error('no parent');
    const src = feed({ body: '{"n":8}', delay: '300' });
    void el.feed.load(src);
    await new Promise((r) => setTimeout(r, 100));
    el.remove();
    box.append(el);
    // as the declaration counter does in its connectedCallback, here with a shorter timeout
    await el.feed.load(src, { timeout: 100 });
    await new Promise((r) => setTimeout(r, 400));
    expect(el.log).to.deep.equal(['error timeout', 'settled false']);
  });
});
