// Opens every story of the static Storybook build in Chromium, in every locale (en, fr, es, ar) and
// theme (light, dark) of the toolbar: it must render in that locale and theme (no story pins its
// own), log no error and none of Storybook's or Lit's set-up warnings, put widgets in the right
// direction, and axe, run as the a11y panel runs it, must find nothing: no violation and nothing
// "to review" (the panel counts both).
// One page per locale/theme switches stories through Storybook's channel (scripts/storybook-page.js).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { a11yFindings, expectedToFail, globalsCombos, loadPreview, root, settle, setupWarning, showStory, shownGlobals, storiesInBuild, useStaticStorybook } from './storybook-page.js';

const stories = storiesInBuild();
const axeSource = readFileSync(`${root}node_modules/axe-core/axe.min.js`, 'utf8');

const harness = useStaticStorybook();

describe('stories', { concurrency: Number(process.env.STORY_CONCURRENCY ?? 4) }, () => {
  for (const { locale, theme } of globalsCombos()) {
    describe(`stories in ${locale}, ${theme}`, { concurrency: 1 }, () => {
      let page;
      const errors = [];
      before(async () => {
        page = await harness.browser.newPage({ viewport: { width: 1024, height: 768 } });
        page.on('console', (m) => {
          if (setupWarning(m.text())) errors.push(m.text());
          if (m.type() !== 'error') return;
          // the browser's own line for a failed fixture request (see below) is not the story's error
          if (m.text().startsWith('Failed to load resource') && expectedToFail(m.location().url)) return;
          errors.push(m.text());
        });
        page.on('pageerror', (e) => errors.push(String(e)));
        page.on('response', (r) => {
          if (r.status() >= 400 && !expectedToFail(r.url())) errors.push(`HTTP ${r.status()} ${r.url()}`);
        });
        await loadPreview(page, harness.server.url, { locale, theme });
        await page.addScriptTag({ content: axeSource });
      });
      after(() => page?.close());

      for (const story of stories) {
        it(`${story.title} / ${story.name}`, async () => {
          errors.length = 0;
          const { verdict, detail } = await showStory(page, story.id);
          assert.equal(verdict, 'rendered', `Storybook says ${verdict}: ${detail}`);
          // every widget finished updating in the toolbar's locale and theme (a fixed wait lost the race under load)
          await settle(page);
          const rendered = await page.evaluate(() => (document.querySelector('#storybook-root')?.innerHTML.length ?? 0) > 0);
          assert.ok(rendered, 'story rendered nothing');
          // states are stories; locale and theme are the toolbar's: a story that pins its own would
          // show a state other than the one the designer chose
          assert.deepEqual(await shownGlobals(page), { locale, theme }, 'the story shows the toolbar’s locale and theme');
          const widgets = await page.evaluate(() =>
            [...document.querySelectorAll('#storybook-root *')]
              .filter((e) => e.localName.startsWith('scn-') && e.shadowRoot)
              .map((e) => ({ tag: e.localName, dir: e.getAttribute('dir'), lang: e.getAttribute('lang'), empty: e.shadowRoot.childNodes.length === 0 })),
          );
          for (const w of widgets) {
            assert.equal(w.dir, locale === 'ar' ? 'rtl' : 'ltr', `<${w.tag}> direction in ${locale}`);
            assert.equal(w.lang, locale, `<${w.tag}> lang`);
            assert.equal(w.empty, false, `<${w.tag}> rendered an empty shadow root`);
          }
          assert.deepEqual(errors.splice(0), [], 'console errors and set-up warnings');
          const findings = await a11yFindings(page);
          assert.deepEqual(findings, [], 'axe findings (violations and items to review), as in the a11y panel');
        });
      }
    });
  }
});
