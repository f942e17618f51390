import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import * as all from '../src/index.js';
import { iconArrowLeft, iconFacebook, iconStyles, iconsByName, renderIcon, type Icon } from '../src/index.js';

const NAMES = [
  'arrow-circle', 'arrow-down-basic', 'arrow-down', 'arrow-left-small', 'arrow-left', 'arrow-right-small',
  'arrow-right', 'arrow-up', 'arrow', 'close', 'facebook', 'linkedin', 'search', 'twitter', 'video',
  'x', 'bluesky', 'mastodon', 'threads', 'whatsapp', 'telegram', 'email', 'link', 'copy', 'check',
  'share', 'globe', 'map-pin', 'calendar', 'list', 'external-link', 'plus', 'minus',
];

const exported = Object.values(all).filter((v): v is Icon => typeof v === 'object' && v !== null && 'path' in v);
const icons = Object.entries(iconsByName).map(([name, icon]) => ({ name, ...icon }));

class IconProbe extends LitElement {
  static override styles = [iconStyles];
  icon: Icon = iconArrowLeft;
  label?: string;
  override render() {
    return renderIcon(this.icon, this.label);
  }
}
customElements.define('icon-probe', IconProbe);

describe('icons', () => {
  it('exports every named icon once, and indexes each by its name', () => {
    expect(Object.keys(iconsByName).sort()).to.deep.equal([...NAMES].sort());
    expect(exported).to.have.length(NAMES.length);
    for (const icon of Object.values(iconsByName)) expect(exported).to.include(icon);
  });

  it('draws each icon with real paths in currentColor', async () => {
    for (const icon of icons) {
      const el = await fixture<IconProbe>(html`<icon-probe .icon=${icon}></icon-probe>`);
      const svg = el.shadowRoot?.querySelector('svg');
      expect(svg?.getAttribute('stroke'), icon.name).to.equal('currentColor');
      expect(svg?.querySelectorAll('path, circle, rect, line, polyline').length, icon.name).to.be.greaterThan(0);
      const box = svg?.getBoundingClientRect();
      expect(box?.width, icon.name).to.be.greaterThan(0);
    }
  });

  it('is hidden from assistive technology unless labelled', async () => {
    const plain = await fixture<IconProbe>(html`<icon-probe .icon=${iconFacebook}></icon-probe>`);
    expect(plain.shadowRoot?.querySelector('svg')?.getAttribute('aria-hidden')).to.equal('true');
    const named = await fixture<IconProbe>(html`<icon-probe .icon=${iconFacebook} .label=${'Facebook'}></icon-probe>`);
    const svg = named.shadowRoot?.querySelector('svg');
    expect(svg?.getAttribute('role')).to.equal('img');
    expect(svg?.getAttribute('aria-label')).to.equal('Facebook');
    expect(svg?.hasAttribute('aria-hidden')).to.equal(false);
  });

  it('mirrors directional icons in right-to-left text only', async () => {
    const rtl = await fixture<IconProbe>(html`<icon-probe dir="rtl" .icon=${iconArrowLeft}></icon-probe>`);
    const ltr = await fixture<IconProbe>(html`<icon-probe dir="ltr" .icon=${iconArrowLeft}></icon-probe>`);
    const brand = await fixture<IconProbe>(html`<icon-probe dir="rtl" .icon=${iconFacebook}></icon-probe>`);
    const transform = (el: IconProbe) => getComputedStyle(el.shadowRoot?.querySelector('svg') as Element).transform;
    expect(transform(rtl)).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    expect(transform(ltr)).to.equal('none');
    expect(transform(brand)).to.equal('none');
  });
});
