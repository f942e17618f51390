import { expect, fixture, html } from '@open-wc/testing';
import { type LoadError, type LoadErrorKind, type ScnErrorEvent } from '@strong-cities/core';
import { captureWarnings, emulateReducedMotion, until } from '../../../config/test-utils.js';
import { type DeclarationCounter } from '../src/index.js';
import '../src/define.js';
import { feed, json, liveText, shownCount, spokenStatement } from './helpers.js';

type Template = (src: string) => ReturnType<typeof html>;

/** Renders the template against a real failing response; returns the element, its one error and warnings. */
async function broken(src: string, template: Template, wait = 5000) {
  let error: ScnErrorEvent | undefined;
  const onError = (e: ScnErrorEvent) => (error = e);
  document.addEventListener('scn-error', onError);
  let el: DeclarationCounter | undefined;
  try {
    const warnings = await captureWarnings(async () => {
      el = await fixture<DeclarationCounter>(template(src));
      await until(() => error !== undefined, 'scn-error', wait);
      await el.updateComplete;
    });
    if (!el || !error) throw new Error('no element or no error');
    return { el, error, warnings };
  } finally {
    document.removeEventListener('scn-error', onError);
  }
}

async function expectFallback(
  params: Record<string, string>,
  kind: LoadErrorKind,
  template: Template,
  expected: string,
): Promise<DeclarationCounter> {
  const src = feed(params);
  const { el, error, warnings } = await broken(src, template);
  expect((error.error as LoadError).kind).to.equal(kind);
  expect(error.source).to.equal(src);
  expect(warnings).to.have.length(1);
  expect(shownCount(el)).to.equal(expected);
  expect(spokenStatement(el)).to.match(new RegExp(`^${expected.replace('+', '\\+')} cit`));
  expect(spokenStatement(el)).not.to.match(/NaN|undefined|-\d/);
  expect(liveText(el)).to.equal('The latest information could not be loaded. Showing the last known information.');
  return el;
}

// 1.5 s: long enough for a feed that answers at once on a busy machine running two browsers (300 ms
// timed out there now and then), short enough for the timeout case below (its feed answers after 6 s)
const bare: Template = (src) => html`<scn-declaration-counter src=${src} timeout="1500"></scn-declaration-counter>`;
const withAttributes: Template = (src) =>
  html`<scn-declaration-counter src=${src} value="57" label="the Charter"></scn-declaration-counter>`;
const withInline: Template = (src) => html`<scn-declaration-counter src=${src} value="57">
  <script type="application/json">{ "count": 63 }</script>
</scn-declaration-counter>`;
const withText: Template = (src) => html`<scn-declaration-counter src=${src}>72 cities have endorsed it</scn-declaration-counter>`;

describe('<scn-declaration-counter> with a failing feed (real responses from /__feed)', () => {
  before(function () {
    return emulateReducedMotion('reduce', this);
  });
  after(() => emulateReducedMotion('no-preference'));

  it('keeps the attributes on a network error', async () => {
    await expectFallback({ drop: '1' }, 'network', withAttributes, '57');
  });

  it('keeps inline JSON on a 404', async () => {
    const el = await expectFallback({ status: '404' }, 'http', withInline, '63');
    expect(el.data.count).to.equal(63);
  });

  it('keeps its own text on a 500', async () => {
    await expectFallback({ status: '500', body: '{"count": 99}' }, 'http', withText, '72');
  });

  it('keeps the seed when the feed times out (timeout attribute)', async () => {
    await expectFallback({ delay: '6000', body: '{"count": 99}' }, 'timeout', bare, '40+');
  });

  it('keeps the fallback on invalid JSON', async () => {
    await expectFallback({ body: '{"count": 12,' }, 'invalid-json', withAttributes, '57');
  });

  it('keeps the fallback on a document of the wrong shape', async () => {
    await expectFallback({ body: '[{"count": 12}]' }, 'invalid-shape', withInline, '63');
  });

  it('keeps the fallback when count is missing', async () => {
    await expectFallback({ body: '{"total": 12}' }, 'invalid-shape', bare, '40+');
  });

  it('never shows a negative count', async () => {
    await expectFallback({ body: '{"count": -12}' }, 'invalid-shape', withAttributes, '57');
  });

  it('never shows a non-numeric count', async () => {
    await expectFallback({ body: '{"count": "forty"}' }, 'invalid-shape', bare, '40+');
  });

  it('refuses a count given as a numeric string', async () => {
    await expectFallback({ body: '{"count": "12"}' }, 'invalid-shape', withText, '72');
  });

  it('refuses a null count (what NaN becomes in JSON)', async () => {
    await expectFallback({ body: '{"count": null}' }, 'invalid-shape', withAttributes, '57');
  });

  it('refuses a response over 256 kB', async () => {
    await expectFallback({ bytes: '300000' }, 'too-large', withInline, '63');
  });

  it('refuses a response over 256 kB sent without a Content-Length', async () => {
    await expectFallback({ bytes: '300000', nolength: '1' }, 'too-large', bare, '40+');
  });

  it('waits 8 s by default before giving up', async function () {
    this.timeout(20_000);
    const src = feed({ delay: '12000', body: '{"count": 99}' });
    const start = performance.now();
    const { el, error } = await broken(src, () => html`<scn-declaration-counter src=${src}></scn-declaration-counter>`, 12_000);
    expect((error.error as LoadError).kind).to.equal('timeout');
    expect(performance.now() - start).to.be.within(7900, 11_000);
    expect(shownCount(el)).to.equal('40+');
  });

  it('shows a loading state while the feed is on its way, then the feed', async () => {
    const src = feed({ delay: '400', body: '{"count": 88}' });
    const el = await fixture<DeclarationCounter>(html`<scn-declaration-counter src=${src}></scn-declaration-counter>`);
    expect(shownCount(el)).to.equal('Loading…');
    expect(spokenStatement(el)).to.equal('Loading… cities have endorsed The Hague Mayoral Declaration on Preventing Hate, Extremism and Polarisation, and Safeguarding Local Democracy');
    await until(() => shownCount(el) === '88', 'the feed count');
    expect(liveText(el)).to.equal('');
  });

  it('reports invalid inline JSON and uses the attributes', async () => {
    let event: ScnErrorEvent | undefined;
    const onError = (e: ScnErrorEvent) => (event = e);
    document.addEventListener('scn-error', onError);
    let el: DeclarationCounter | undefined;
    const warnings = await captureWarnings(async () => {
      el = await fixture<DeclarationCounter>(html`<scn-declaration-counter value="57">
        <script type="application/json">{ count: 63 }</script>
      </scn-declaration-counter>`);
    });
    document.removeEventListener('scn-error', onError);
    if (!el) throw new Error('no element');
    expect(shownCount(el)).to.equal('57');
    expect((event?.error as LoadError | undefined)?.kind).to.equal('invalid-json');
    expect(warnings).to.have.length(1);
  });

  it('reports inline JSON of the wrong shape and uses the seed', async () => {
    let event: ScnErrorEvent | undefined;
    const onError = (e: ScnErrorEvent) => (event = e);
    document.addEventListener('scn-error', onError);
    const el = await fixture<DeclarationCounter>(html`<scn-declaration-counter>
      <script type="application/json">{ "count": -1, "title": "negative" }</script>
    </scn-declaration-counter>`);
    document.removeEventListener('scn-error', onError);
    expect(shownCount(el)).to.equal('40+');
    expect((event?.error as LoadError | undefined)?.kind).to.equal('invalid-shape');
  });

  it('falls back to its own text, never to a number in unusable inline JSON', async () => {
    const el = await fixture<DeclarationCounter>(html`<scn-declaration-counter>
      <script type="application/json">{ count: 63 }</script>
      <!-- 99 -->
      <p>12 cities have endorsed it</p>
    </scn-declaration-counter>`);
    expect(shownCount(el)).to.equal('12');
  });

  it('loads a new feed when src changes', async () => {
    const el = await fixture<DeclarationCounter>(html`<scn-declaration-counter src=${json({ count: 5 })}></scn-declaration-counter>`);
    await until(() => shownCount(el) === '5', 'the first feed');
    el.src = json({ count: 6 });
    await until(() => shownCount(el) === '6', 'the second feed');
  });
});

describe('layout while the feed loads', () => {
  it('keeps everything below the number in place when the feed arrives', async () => {
    const src = `/__feed?${new URLSearchParams({ delay: '400', body: '{"count": 41, "approximate": true, "updated": "2022-11"}' })}`;
    const el = await fixture<DeclarationCounter>(html`<scn-declaration-counter src=${src}></scn-declaration-counter>`);
    const link = () => el.shadowRoot?.querySelector('[part=link]')?.getBoundingClientRect().top;
    const before = link();
    const textBefore = el.shadowRoot?.querySelector('.base')?.textContent?.replace(/\s+/g, ' ');
    await until(() => (el.shadowRoot?.querySelector('[part=count]')?.textContent ?? '').includes('41+'), 'the feed count', 5000);
    expect(link(), `${textBefore} → ${el.shadowRoot?.querySelector('.base')?.textContent?.replace(/\s+/g, ' ')}`).to.equal(before);
  });
});
