import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { html as litHtml } from 'lit';
import { until } from '../../../config/test-utils.js';
import { ScnElement } from '../src/index.js';

/**
 * Which task a render ran in: the first render of a task numbers it and queues a timer to close
 * it; that timer is due before any task queued later in the same one (the next slice of renders).
 */
let task = 0;
let open = false;
const currentTask = () => {
  if (!open) {
    open = true;
    task += 1;
    setTimeout(() => (open = false));
  }
  return task;
};

class LazyProbe extends ScnElement {
  /** busy time per render, ms: a render slow enough that several would make a long task */
  static busy = 0;
  renderedIn?: number;
  override render() {
    this.renderedIn = currentTask();
    const end = performance.now() + LazyProbe.busy;
    while (performance.now() < end) {
      // stands for a heavy widget's first render
    }
    return litHtml`<p>rendered</p>`;
  }
}
customElements.define('lazy-probe', LazyProbe);

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
/** Rendered: its shadow root holds its content (read without asking for `updateComplete`). */
const shown = (el: LazyProbe) => Boolean(el.shadowRoot?.querySelector('p'));

/** A page far taller than the viewport, with a probe at `at` viewports down; removed after. */
function tallPage(at: number): { page: HTMLElement; probe: LazyProbe } {
  const page = document.createElement('div');
  const spacer = document.createElement('div');
  spacer.className = 'spacer';
  spacer.style.height = `${Math.round(innerHeight * at)}px`;
  const probe = document.createElement('lazy-probe') as LazyProbe;
  const after = document.createElement('div');
  after.style.height = `${innerHeight * 4}px`;
  page.append(spacer, probe, after);
  document.body.append(page);
  return { page, probe };
}

describe('first render near the viewport', () => {
  let page: HTMLElement | undefined;
  afterEach(() => {
    page?.remove();
    page = undefined;
    scrollTo(0, 0);
    LazyProbe.busy = 0;
  });

  it('renders a widget in view, and sets :state(settled) with that render', async () => {
    ({ page } = tallPage(0));
    const probe = page.querySelector('lazy-probe') as LazyProbe;
    await until(() => shown(probe), 'the probe in view to render');
    expect(probe.matches(':state(settled)')).to.equal(true);
  });

  it('waits for a widget far below the viewport until it is scrolled near, unsettled until then', async () => {
    let probe: LazyProbe;
    ({ page, probe } = tallPage(5));
    for (let i = 0; i < 5; i++) await frame();
    expect(shown(probe), 'rendered five viewports down').to.equal(false);
    expect(probe.hasUpdated).to.equal(false);
    // nothing built for it yet: no shadow root, no styles
    expect(probe.shadowRoot).to.equal(null);
    expect(probe.matches(':state(settled)'), 'settled before its render').to.equal(false);
    // within a viewport of the bottom edge: rendered before it scrolls in
    scrollTo(0, innerHeight * 3.5);
    await until(() => shown(probe), 'the probe to render when scrolled near');
    expect(probe.getBoundingClientRect().top).to.be.greaterThan(innerHeight);
    expect(probe.matches(':state(settled)')).to.equal(true);
  });

  it('gives a far widget no pending update until it comes near, keeping what changed meanwhile', async () => {
    let probe: LazyProbe;
    ({ page, probe } = tallPage(5));
    await frame();
    // Lit would have requested an update in the constructor (a promise chain per widget)
    expect(probe.isUpdatePending, 'an update pending five viewports down').to.equal(false);
    probe.theme = 'dark';
    expect(probe.isUpdatePending, 'a change requested an update while far').to.equal(false);
    expect(probe.hasUpdated).to.equal(false);
    scrollTo(0, innerHeight * 3.5);
    await until(() => shown(probe), 'the probe to render when scrolled near');
    // the change made while it waited reached its first render (reflected as Lit does it)
    expect(probe.getAttribute('theme')).to.equal('dark');
  });

  it('renders a widget awaited before it is in the page once it is put in, even far down', async () => {
    const probe = document.createElement('lazy-probe') as LazyProbe;
    let done = false;
    void probe.updateComplete.then(() => (done = true));
    await frame();
    expect(done, 'resolved before the widget was in the page').to.equal(false);
    ({ page } = tallPage(5));
    page.append(probe);
    await until(() => done, 'updateComplete to resolve without scrolling');
    expect(shown(probe), 'updateComplete resolved before the render').to.equal(true);
  });

  it('renders every waiting widget for print (beforeprint)', async () => {
    let probe: LazyProbe;
    ({ page, probe } = tallPage(5));
    await frame();
    expect(shown(probe)).to.equal(false);
    dispatchEvent(new Event('beforeprint'));
    await Promise.resolve();
    await Promise.resolve();
    expect(shown(probe), 'rendered before the print is laid out').to.equal(true);
    expect(probe.matches(':state(settled)')).to.equal(true);
  });

  it('renders every waiting widget when the print medium is emulated (PDF, print preview)', async function () {
    let probe: LazyProbe;
    ({ page, probe } = tallPage(5));
    await frame();
    expect(shown(probe)).to.equal(false);
    try {
      await emulateMedia({ media: 'print' });
    } catch (error) {
      if (!/CDP support is required/.test(String(error))) throw error;
      console.warn(`Skipped in ${navigator.userAgent}: this browser cannot emulate the print medium (no WebDriver BiDi command for it).`);
      this.skip();
    }
    try {
      await until(() => shown(probe), 'the probe to render for print');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('renders a waiting widget when something awaits its updateComplete', async () => {
    let probe: LazyProbe;
    ({ page, probe } = tallPage(5));
    await frame();
    expect(shown(probe)).to.equal(false);
    await probe.updateComplete;
    expect(shown(probe)).to.equal(true);
  });

  it('keeps waiting while out of the page, and renders once put back near the viewport', async () => {
    let probe: LazyProbe;
    ({ page, probe } = tallPage(5));
    await frame();
    probe.remove();
    await frame();
    expect(shown(probe)).to.equal(false);
    page.prepend(probe);
    await until(() => shown(probe), 'the probe put back at the top to render');
  });

  it('renders many widgets that come near together in several tasks, not one long one', async () => {
    LazyProbe.busy = 12;
    page = document.createElement('div');
    const probes = Array.from({ length: 12 }, () => document.createElement('lazy-probe') as LazyProbe);
    page.append(...probes);
    document.body.append(page);
    await until(() => probes.every(shown), 'all twelve probes to render', 10_000);
    const tasks = new Set(probes.map((p) => p.renderedIn));
    // 12 × 12 ms of rendering in slices of about 30 ms: at least four tasks
    expect(tasks.size, `rendered in tasks ${[...tasks].join(', ')}`).to.be.greaterThan(3);
  });
});
