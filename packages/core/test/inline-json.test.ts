import { expect, fixture, html } from '@open-wc/testing';
import { LoadError, readInlineJson } from '../src/index.js';

const positive = (data: unknown) => (typeof data === 'number' && data > 0 ? data : undefined);

describe('readInlineJson', () => {
  it('reads and checks a child <script type="application/json">', async () => {
    const host = await fixture(html`<div><script type="application/json">42</script></div>`);
    expect(readInlineJson(host, positive, 'number')).to.equal(42);
  });

  it('is undefined without one; a nested or other script does not count', async () => {
    expect(readInlineJson(await fixture(html`<div></div>`), positive, 'number')).to.equal(undefined);
    const nested = await fixture(html`<div><p><script type="application/json">42</script></p><script>/* js */</script></div>`);
    expect(readInlineJson(nested, positive, 'number')).to.equal(undefined);
  });

  it('says why it cannot be used: not JSON, or not the expected shape', async () => {
    const broken = readInlineJson(await fixture(html`<div><script type="application/json">{ nope</script></div>`), positive, 'number');
    expect(broken).to.be.instanceOf(LoadError);
    expect((broken as LoadError).kind).to.equal('invalid-json');
    const wrong = readInlineJson(await fixture(html`<div><script type="application/json">-1</script></div>`), positive, 'number');
    expect((wrong as LoadError).kind).to.equal('invalid-shape');
    expect((wrong as LoadError).message).to.contain('not a usable number');
  });
});
