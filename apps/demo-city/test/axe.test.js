// axe on every page of Valmont in every language, widgets included (axe walks open shadow roots), at
// a phone's width and a laptop's. axe is injected by the test, so this context bypasses the page's
// CSP; site.test.js checks the CSP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locales, pages } from '../site/content.js';
import { pagePath, widgetsOn } from '../site/render.js';
import { axeViolations, openRecorded, useHarness } from '../../../packages/embed/test-support/helpers.js';
import { widgetByShort } from '../../../packages/embed/scripts/widgets.js';

const harness = useHarness();

for (const width of [390, 1280]) {
  for (const locale of locales) {
    for (const page of pages) {
      test(`axe: ${locale} ${page} at ${width} px has no violations`, async () => {
        const context = await harness.browser.newContext({ bypassCSP: true, viewport: { width, height: 900 } });
        const url = `${harness.server.siteUrl.slice(0, -1)}${pagePath(locale, page)}`;
        const { page: tab } = await openRecorded(context, url, { waitFor: widgetsOn[page].map((s) => widgetByShort(s).tag) });
        try {
          const violations = await axeViolations(tab);
          assert.equal(violations.length, 0, `axe on ${url} at ${width} px:\n  ${violations.join('\n  ')}`);
        } finally {
          await context.close();
        }
      });
    }
  }
}
