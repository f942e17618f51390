import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { styleProps } from '../src/index.js';

class StyleProbe extends LitElement {
  static override properties = { left: {} };
  left?: string = '10%';
  override render() {
    return litHtml`<div ${styleProps({ left: this.left, '--x': '3' })}></div>`;
  }
}
customElements.define('style-probe', StyleProbe);

describe('styleProps', () => {
  it('sets properties through the CSSOM and removes them when undefined', async () => {
    // record style attributes written as markup: a strict CSP refuses those, not CSSOM writes
    const el = await fixture<StyleProbe>(html`<style-probe></style-probe>`);
    const div = el.shadowRoot?.querySelector('div') as HTMLDivElement;
    expect(div.style.getPropertyValue('left')).to.equal('10%');
    expect(div.style.getPropertyValue('--x')).to.equal('3');
    el.left = undefined;
    await el.updateComplete;
    expect(div.style.getPropertyValue('left')).to.equal('');
  });

  it('works under a CSP that forbids style attributes', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<meta http-equiv="Content-Security-Policy" content="style-src 'self'">
      <div id="a"></div>`;
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const doc = frame.contentDocument as Document;
    const target = doc.getElementById('a') as HTMLDivElement;
    target.setAttribute('style', 'left: 5px');
    expect(target.style.left, 'the CSP refuses a style attribute').to.equal('');
    target.style.setProperty('left', '5px');
    expect(target.style.left, 'and allows the CSSOM').to.equal('5px');
    frame.remove();
  });
});
