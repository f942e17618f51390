import { expect } from '@open-wc/testing';
import { resizeReservedSpace } from '../src/reserved-space.js';

/** A host with a shadow root holding two sheets; counts every time its sheets are set. */
function host(tag: string): { el: HTMLElement; sheets: CSSStyleSheet[]; sets: () => number } {
  const el = document.createElement(tag);
  const root = el.attachShadow({ mode: 'open' });
  const sheets = [new CSSStyleSheet(), new CSSStyleSheet()];
  sheets[0].replaceSync(':host{display:block}');
  sheets[1].replaceSync(':host{color:inherit}');
  root.adoptedStyleSheets = sheets;
  let sets = 0;
  const own = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'adoptedStyleSheets');
  Object.defineProperty(root, 'adoptedStyleSheets', {
    get: () => own?.get?.call(root) as CSSStyleSheet[],
    set: (value: CSSStyleSheet[]) => {
      sets++;
      own?.set?.call(root, value);
    },
  });
  document.body.append(el);
  return { el, sheets, sets: () => sets };
}

describe('resizeReservedSpace', () => {
  const page = new CSSStyleSheet();
  // as reserve.css does: the tag's space is its ::before's, until the widget settles
  page.replaceSync('reserved-probe{display:flow-root;container-type:inline-size}reserved-probe::before{content:"";float:left;inline-size:0;block-size:100px}');
  before(() => (document.adoptedStyleSheets = [...document.adoptedStyleSheets, page]));
  after(() => (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== page)));

  it('sets the same sheets again, in order, while the page reserves the tag\'s space', () => {
    const { el, sheets, sets } = host('reserved-probe');
    resizeReservedSpace(el);
    expect(sets()).to.equal(1);
    expect([...(el.shadowRoot?.adoptedStyleSheets ?? [])]).to.deep.equal(sheets);
    expect(el.getBoundingClientRect().height).to.equal(100);
    el.remove();
  });

  it('does nothing where no space is reserved (no forced layout for nothing)', () => {
    const { el, sets } = host('unreserved-probe');
    resizeReservedSpace(el);
    expect(sets()).to.equal(0);
    el.remove();
  });

  it('does nothing before the host has a shadow root', () => {
    const el = document.createElement('reserved-probe');
    document.body.append(el);
    expect(() => resizeReservedSpace(el)).not.to.throw();
    el.remove();
  });
});
