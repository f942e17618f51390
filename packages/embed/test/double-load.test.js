// Loading the widgets twice, or two versions, never throws and warns once on a version mismatch.
// Under the demo's CSP a second Lit would throw creating its "lit-html" Trusted Types policy, so
// these pages prove the global marker stops the second copy before any Lit code runs.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allTags, brief, emptyBox, harnessPage, inspectWidgets, nonCspErrors, openRecorded, tags, useHarness, widgetsReady } from '../test-support/helpers.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const OTHER = '9.9.9';

/** The same CDN folder rebuilt as another version: only the version strings differ. */
function otherVersion() {
  const dir = mkdtempSync(join(tmpdir(), 'scn-embed-v2-'));
  cpSync(dist, dir, { recursive: true });
  const { version } = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  for (const file of ['loader.js', 'widgets.js']) {
    const path = join(dir, file);
    const code = readFileSync(path, 'utf8');
    // the minifier may fold the version into more than one place (the guard's marker, its check,
    // its warning): every one changes, as in a real build of another version
    const quoted = new RegExp(`([\`'"])${version.replace(/\./g, '\\.')}\\1`);
    assert.match(code, quoted, `${file}: no version string for the double-load guard was found`);
    writeFileSync(path, code.split(version).join(OTHER));
  }
  return dir;
}

const script = (cdn, entry) => {
  const [file, copy] = entry.split('#');
  const base = file.endsWith('-v2') ? `${cdn}/v2` : cdn;
  const name = file.replace('-v2', '');
  const src = `${base}/${name}.js${copy ? `?copy=${copy}` : ''}`;
  return name === 'loader'
    ? `<script type="module" src="${src}" crossorigin="anonymous"></script>`
    : `<script src="${src}" crossorigin="anonymous" defer></script>`;
};

let other = '';
// the second version's folder is made when the servers start, not at import
const harness = useHarness(() => ({
  cdn: { '/': dist, '/v2/': (other = otherVersion()) },
  routes: {
    '/__double': (_req, url, { cdn }) => ({
      body: harnessPage({ head: url.searchParams.get('load').split(',').map((e) => script(cdn, e)).join('\n'), body: allTags() }),
    }),
  },
}));
after(() => {
  if (other) rmSync(other, { recursive: true, force: true });
});

// entries: loader | widgets, "-v2" for the other version, "#n" for another URL of the same file
const matrix = [
  { load: 'loader,loader', mismatch: false, why: 'loader twice, same URL' },
  { load: 'loader,loader#2', mismatch: false, why: 'loader twice, two URLs' },
  { load: 'widgets,widgets#2', mismatch: false, why: 'widgets.js twice' },
  { load: 'loader,widgets', mismatch: false, why: 'loader, then widgets.js' },
  { load: 'widgets,loader', mismatch: false, why: 'widgets.js, then loader' },
  { load: 'loader,loader-v2', mismatch: true, why: 'two versions of the loader' },
  { load: 'widgets,widgets-v2', mismatch: true, why: 'two versions of widgets.js' },
  { load: 'loader-v2,widgets', mismatch: true, why: 'loader of one version, widgets.js of another' },
  { load: 'widgets-v2,loader,loader#3', mismatch: true, why: 'three copies, two versions' },
];

describe('double load', () => {
  for (const { load, mismatch, why } of matrix) {
    test(`${why} (${load}): every widget works, nothing throws, ${mismatch ? 'one warning' : 'no warning'}`, async () => {
      const context = await harness.browser.newContext();
      const { page, log } = await openRecorded(context, `${harness.server.siteUrl}__double?load=${load}`);
      try {
        // a widget added after both copies ran is still defined (by whichever copy won)
        await page.evaluate((tag) => document.body.append(document.createElement(tag)), tags[0]);
        await page.waitForFunction((tag) => [...document.querySelectorAll(tag)].every((el) => el.matches(':defined')), tags[0], { timeout: 10_000, polling: 100 });
        // the appended one is below the fold: widgets render when they come near the viewport, or when asked
        await widgetsReady(page);
        for (const w of await inspectWidgets(page)) {
          assert.ok(w.defined && w.rendered, `${w.tag} did not render (${load})`);
          assert.equal(emptyBox(w), '', `${w.tag} is an empty box (${load})`);
        }
        await page.waitForTimeout(200);
        assert.equal(log.pageErrors.length, 0, `uncaught errors (${load}): ${brief(log.pageErrors)}`);
        const errors = nonCspErrors(log.errors);
        assert.equal(errors.length, 0, `console errors (${load}): ${brief(errors)}`);
        const versionWarnings = log.warnings.filter((w) => /is not used: version|already defined by version/.test(w));
        assert.equal(versionWarnings.length, mismatch ? 1 : 0, `version warnings (${load}): ${brief(versionWarnings)}`);
        const lit = log.warnings.filter((w) => /Multiple versions of Lit|lit-html/.test(w));
        assert.equal(lit.length, 0, `a second Lit ran (${load}): ${brief(lit)}`);
      } finally {
        await context.close();
      }
    });
  }
});
