import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import { contrastPairs, contrastRatio, hostCssText, neutral, pageCssText, schemes, tokens } from '../src/index.js';

describe('colour contrast (WCAG AA)', () => {
  for (const [name, scheme] of Object.entries(schemes)) {
    for (const { fg, bg, min } of contrastPairs) {
      it(`${name}: ${fg} on ${bg} ≥ ${min}:1`, () => {
        const ratio = contrastRatio(scheme[fg], scheme[bg]);
        expect(ratio, `${scheme[fg]} on ${scheme[bg]} is ${ratio.toFixed(2)}:1`).to.be.at.least(min);
      });
    }
  }

  it('computes known ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.be.closeTo(21, 0.01);
    expect(contrastRatio('#777777', '#ffffff')).to.be.closeTo(4.48, 0.01);
    expect(() => contrastRatio('red', '#fff')).to.throw(/rrggbb/);
  });
});

class TokenProbe extends LitElement {
  static override styles = [tokens];
}
customElements.define('token-probe', TokenProbe);

class SizeProbe extends LitElement {
  static override styles = [tokens, css`div { inline-size: var(--scn-space-4); block-size: 1px; font-size: var(--scn-font-size-l); }`];
  override render() {
    return html`<div></div>`;
  }
}
customElements.define('size-probe', SizeProbe);

const read = (el: Element, name: string) => getComputedStyle(el).getPropertyValue(name).trim();

describe('tokens as Lit css', () => {
  it('applies the light scheme by default and the dark one when asked', async () => {
    const light = await fixture(html`<token-probe theme="light"></token-probe>`);
    const dark = await fixture(html`<token-probe theme="dark"></token-probe>`);
    expect(read(light, '--scn-color-surface')).to.equal(schemes.light.surface);
    expect(read(dark, '--scn-color-surface')).to.equal(schemes.dark.surface);
  });

  it('sizes in units of --scn-rem, not the page\'s root font size', async () => {
    const el = await fixture<SizeProbe>(html`<size-probe style="--scn-rem: 20px"></size-probe>`);
    const box = el.renderRoot.querySelector('div')?.getBoundingClientRect();
    // --scn-space-4 is 1 unit, --scn-font-size-l 1.25 units
    expect(box?.width).to.equal(20);
    expect(getComputedStyle(el.renderRoot.querySelector('div') as Element).fontSize).to.equal('25px');
  });

  it('lets the host page override a token on the element', async () => {
    const el = await fixture(html`<token-probe style="--scn-color-brand: #123456"></token-probe>`);
    expect(read(el, '--scn-color-brand')).to.equal('#123456');
  });
});

describe('CSS text', () => {
  it('gives host pages the neutral palette, and widgets only the tokens they can use', () => {
    for (const [k, v] of Object.entries(neutral)) expect(pageCssText()).to.include(`--scn-neutral-${k}:${v};`);
    expect(hostCssText()).not.to.include('--scn-neutral-');
    expect(hostCssText()).to.include(`--scn-color-surface:${schemes.light.surface};`);
  });

  it('lets forced colours beat every scheme selector, automatic dark included', () => {
    const forced = /@media \(forced-colors:active\)\{([^{]+)\{/;
    // in a widget the automatic selector also matches theme=dark and theme=brand, as specifically
    // as their own (packages/embed/test/themes.test.js reads the values in forced colours)
    expect(forced.exec(hostCssText())?.[1].split(',')).to.deep.equal([':host', ':host(:not([theme=light]))']);
    expect(forced.exec(pageCssText())?.[1].split(',')).to.include.members([':root:not([data-scn-theme])', '[data-scn-theme=light]']);
  });
});
