import { expect, fixture, html } from '@open-wc/testing';
import { emulateReducedMotion } from '../../../config/test-utils.js';
import { type DeclarationCounter } from '../src/index.js';
import '../src/define.js';
import { shownCount } from './helpers.js';

// Its own file: the count-up's tests (motion.test.ts) run in a Firefox with motion allowed, this one
// in the package's default Firefox, whose visitor has "reduce motion" on.
describe('<scn-declaration-counter> under prefers-reduced-motion', () => {
  before(function () {
    return emulateReducedMotion('reduce', this);
  });
  after(() => emulateReducedMotion('no-preference'));

  it('shows the final number at once, with no count-up', async () => {
    const el = await fixture<DeclarationCounter>(html`<scn-declaration-counter value="1000"></scn-declaration-counter>`);
    const shown = new Set<string>();
    const end = performance.now() + 500;
    while (performance.now() < end) {
      shown.add(shownCount(el));
      await new Promise((r) => requestAnimationFrame(r));
    }
    expect([...shown]).to.deep.equal(['1,000']);
  });
});
