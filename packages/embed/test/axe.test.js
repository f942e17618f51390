// axe on every page of the demo city, widgets included (axe walks open shadow roots).
// axe is injected by the test, so this context bypasses the page's CSP; pages.test.js checks the CSP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
// the demo city's stress copy (/stress/hostile/…): every widget on every page, under a hostile theme
import { locales, pages, pagePath } from '../../../apps/demo-city/site/stress/hostile.js';
import { axeViolations, openRecorded, useHarness } from '../test-support/helpers.js';

let context;
const harness = useHarness(undefined, async () => {
  context = await harness.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
});

for (const locale of locales) {
  for (const page of pages) {
    test(`axe: ${locale} ${page} has no violations`, async () => {
      const url = `${harness.server.siteUrl.slice(0, -1)}${pagePath(locale, page)}`;
      const { page: tab } = await openRecorded(context, url);
      try {
        const violations = await axeViolations(tab);
        assert.equal(violations.length, 0, `axe on ${url}:\n  ${violations.join('\n  ')}`);
      } finally {
        await tab.close();
      }
    });
  }
}
