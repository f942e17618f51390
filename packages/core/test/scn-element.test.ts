import { expect, fixture, html } from '@open-wc/testing';
import { nextEvent } from '../../../config/test-utils.js';
import { html as litHtml } from 'lit';
import { LoadError, ScnElement, messages } from '../src/index.js';

class BaseProbe extends ScnElement {
  override render() {
    return litHtml`<button>${messages.loading()}</button>`;
  }
  fail() {
    this.reportError(new LoadError('http', 'HTTP 404 from /feed.json', 404), '/feed.json');
  }
}
customElements.define('base-probe', BaseProbe);

describe('ScnElement', () => {
  it('renders with tokens, base styles and a visible focus ring', async () => {
    const el = await fixture<BaseProbe>(html`<base-probe></base-probe>`);
    const button = el.shadowRoot?.querySelector('button');
    if (!button) throw new Error('no button');
    expect(getComputedStyle(el).getPropertyValue('--scn-color-brand').trim()).to.match(/^#/);
    button.focus();
    // :focus-visible applies to programmatic focus after no pointer interaction
    expect(getComputedStyle(button).outlineStyle).to.equal('solid');
    expect(el.lang).to.equal('en');
    expect(el.dir).to.equal('ltr');
  });

  it('does not inherit the host page text styles', async () => {
    const wrapper = await fixture(html`<div style="text-transform: uppercase; letter-spacing: 5px"><base-probe></base-probe></div>`);
    const el = wrapper.querySelector('base-probe') as BaseProbe;
    await el.updateComplete;
    expect(getComputedStyle(el).textTransform).to.equal('none');
    expect(getComputedStyle(el).letterSpacing).to.equal('normal');
  });

  it('applies a chosen theme and warns once about an unknown one', async () => {
    const dark = await fixture<BaseProbe>(html`<base-probe theme="dark"></base-probe>`);
    expect(getComputedStyle(dark).getPropertyValue('--scn-color-surface').trim()).to.equal('#131820');
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const odd = await fixture<BaseProbe>(html`<base-probe theme="neon"></base-probe>`);
      odd.requestUpdate();
      await odd.updateComplete;
    } finally {
      console.warn = original;
    }
    expect(warnings).to.deep.equal([
      `[strong-cities] <base-probe> theme="neon" is not usable (expected light, dark or brand); using the visitor's colour scheme.`,
    ]);
  });

  it('reads theme=" Dark " as dark, silently, and reflects it for the stylesheet', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const spaced = await fixture<BaseProbe>(html`<base-probe theme=" Dark "></base-probe>`);
      await spaced.updateComplete;
      expect(spaced.getAttribute('theme')).to.equal('dark');
      expect(getComputedStyle(spaced).getPropertyValue('--scn-color-surface').trim()).to.equal('#131820');
    } finally {
      console.warn = original;
    }
    expect(warnings).to.deep.equal([]);
  });

  it('reports a recovered failure as scn-error and one warning', async () => {
    const el = await fixture<BaseProbe>(html`<base-probe></base-probe>`);
    const original = console.warn;
    const warnings: string[] = [];
    console.warn = (m: string) => warnings.push(m);
    try {
      const seen = nextEvent(document, 'scn-error');
      el.fail();
      const event = await seen;
      expect(event.source).to.equal('/feed.json');
      expect((event.error as LoadError).status).to.equal(404);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
  });

  it('is accessible', async () => {
    const el = await fixture<BaseProbe>(html`<base-probe></base-probe>`);
    await expect(el).to.be.accessible();
  });
});
