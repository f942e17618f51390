import { expect } from '@open-wc/testing';
import { defineElement } from '../src/index.js';

function captureWarnings(run: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (m: string) => warnings.push(m);
  try {
    run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('defineElement', () => {
  it('defines a tag once and never throws on a second definition', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    expect(defineElement('scn-define-a', First, '1.0.0')).to.equal(true);
    const warnings = captureWarnings(() => {
      expect(defineElement('scn-define-a', First, '1.0.0')).to.equal(false);
      expect(defineElement('scn-define-a', Second, '1.0.0')).to.equal(false);
    });
    expect(customElements.get('scn-define-a')).to.equal(First);
    expect(warnings).to.have.length(0);
  });

  it('warns once when another version defined the tag first', () => {
    class Old extends HTMLElement {}
    class New extends HTMLElement {}
    defineElement('scn-define-b', Old, '1.0.0');
    const warnings = captureWarnings(() => {
      defineElement('scn-define-b', New, '2.0.0');
      defineElement('scn-define-b', New, '2.0.0');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('1.0.0').and.contain('2.0.0');
  });

  it('warns instead of throwing when the browser refuses the definition', () => {
    class Reused extends HTMLElement {}
    defineElement('scn-define-c', Reused, '1.0.0');
    let result = true;
    const warnings = captureWarnings(() => {
      result = defineElement('scn-define-d', Reused, '1.0.0'); // same class, second name
    });
    expect(result).to.equal(false);
    expect(warnings[0]).to.contain('scn-define-d');
    expect(() => defineElement('not valid', class extends HTMLElement {}, '1')).not.to.throw();
  });
});
