// Visual regression: every story of the static Storybook build, in every locale (en, fr, es, ar) and
// theme (light, dark) of the toolbar, is screenshotted and compared with its baseline in visual-baselines/<story-id>--<locale>--<theme>.png.
// A changed look fails with the path of a diff image (test-results/visual/); so does a missing baseline.
// How shots are taken and compared (fonts, tolerances): scripts/visual-shots.js.
//
// After a deliberate change of look, review the diffs, then update the baselines and commit them:
//   npm run test:visual:update      (builds, then UPDATE_BASELINES=1 node --test scripts/visual.test.js)
// STORY_FILTER=membership narrows the run to story ids containing it (baselines are then only added
// or replaced, never pruned). STORYBOOK_STATIC=/path tests another build.
//
// A story that cannot be still can say so:
//   parameters: { visual: { mask: ['scn-x >>> .clock'] } }   masked areas are painted over
//   parameters: { visual: { disable: true } }                 not screenshotted
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { globalsCombos, root, storiesInBuild, useStaticStorybook } from './storybook-page.js';
import { comparePngs, launchBrowser, openPreview } from './visual-shots.js';

const baselineDir = process.env.VISUAL_BASELINES ?? join(root, 'visual-baselines');
const resultDir = join(root, 'test-results', 'visual');
// UPDATE_BASELINES=1 rewrites the baselines that look different; =all every one whose bytes differ
// (a fresh set, e.g. after a Chromium or font update, without the renders that were within tolerance)
const update = process.env.UPDATE_BASELINES === '1' || process.env.UPDATE_BASELINES === 'all';
const rewriteAll = process.env.UPDATE_BASELINES === 'all';
const updateCommand = 'npm run test:visual:update (or, on a fresh Storybook build, UPDATE_BASELINES=1 node --test scripts/visual.test.js)';

const stories = storiesInBuild();
const combos = globalsCombos();
/** Screenshots taken in this run, by file name (baselines of stories that are gone are pruned). */
const taken = new Set();
/** Tests that failed: an update run with failures deletes no baseline (their stories may still exist). */
let failures = 0;

const harness = useStaticStorybook({
  launch: launchBrowser,
  setup: () => {
    mkdirSync(resultDir, { recursive: true });
    mkdirSync(baselineDir, { recursive: true });
  },
  teardown: () => {
    // baselines of stories that no longer exist go away when all of them were updated
    if (update && !process.env.STORY_FILTER && taken.size > 0 && failures === 0) {
      for (const file of readdirSync(baselineDir)) if (file.endsWith('.png') && !taken.has(file)) rmSync(join(baselineDir, file));
    }
    if (update && failures > 0) console.log(`${failures} stories failed: no baseline was deleted; fix them and update again.`);
  },
});

const relative = (path) => (path.startsWith(root) ? path.slice(root.length) : path);

/** Compares a screenshot with its baseline (or writes it, when updating); returns a failure message or ''. */
function compareWithBaseline(name, actualPng) {
  const baselinePath = join(baselineDir, name);
  const actualPath = join(resultDir, name.replace(/\.png$/, '.actual.png'));
  const diffPath = join(resultDir, name.replace(/\.png$/, '.diff.png'));
  rmSync(actualPath, { force: true });
  rmSync(diffPath, { force: true });
  if (!existsSync(baselinePath)) {
    if (update) {
      writeFileSync(baselinePath, actualPng);
      return '';
    }
    writeFileSync(actualPath, actualPng);
    return `no baseline ${relative(baselinePath)} (screenshot: ${actualPath}). If this is a new story, create it with ${updateCommand} and commit it.`;
  }
  const baselinePng = readFileSync(baselinePath);
  if (rewriteAll) {
    if (!baselinePng.equals(actualPng)) writeFileSync(baselinePath, actualPng);
    return '';
  }
  const { same, count, sizeMismatch, diffPng } = comparePngs(baselinePng, actualPng);
  if (same) return '';
  if (update) {
    writeFileSync(baselinePath, actualPng);
    return '';
  }
  if (diffPng) writeFileSync(diffPath, diffPng);
  writeFileSync(actualPath, actualPng);
  const differing = sizeMismatch || `${count} pixels differ (diff: ${diffPath})`;
  return `looks different from ${relative(baselinePath)}: ${differing}; now: ${actualPath}. If the change is deliberate, update with ${updateCommand} and commit.`;
}

// Locale/theme pages run side by side (VISUAL_CONCURRENCY, default 4; LOCALES=en,ar THEMES=dark narrow them): most of a shot is waiting.
describe('visual regression', { concurrency: Number(process.env.VISUAL_CONCURRENCY ?? 4) }, () => {
  for (const { locale, theme } of combos) {
    // one page shows one story at a time: its stories run in turn (the inner default would inherit 2)
    describe(`screenshots in ${locale}, ${theme}`, { concurrency: 1 }, () => {
      let preview;
      before(async () => {
        preview = await openPreview(harness.browser, harness.server.url, { locale, theme });
      });
      after(() => preview?.close());
      afterEach((t) => {
        if (t.passed === false) failures += 1;
      });

      for (const story of stories) {
        it(`${story.title} / ${story.name}`, async (t) => {
          // states are stories, locale and theme the toolbar's: a story showing others would be a
          // state the designer did not choose (and its shot would overwrite another's)
          const shot = await preview.shoot(story.id, {
            skipShot: (name, shown) => {
              assert.deepEqual(shown, { locale, theme }, 'the story shows the toolbar’s locale and theme');
              taken.add(name);
              return '';
            },
          });
          assert.equal(shot.verdict, 'rendered', `the story did not render (${shot.verdict}): ${shot.detail}`);
          if (shot.skip) {
            t.skip(shot.skip);
            return;
          }
          assert.ok(shot.name && shot.png);
          const failure = compareWithBaseline(shot.name, shot.png);
          assert.equal(failure, '', failure);
        });
      }
    });
  }
});
