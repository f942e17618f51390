// Test browsers render with the repository's fonts and no others (config/fonts.conf, applied by
// config/chrome.js): asks Chromium which font files it really drew each script with. A machine's own
// fonts (Noto, Liberation, URW, Droid…) must never show, and Chinese must not fall back to empty boxes.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { chromeLaunchOptions } from './chrome.js';

/** The token stack (packages/tokens) names system fonts that many machines have: none may be used. */
const TOKEN_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', 'Helvetica Neue', Arial, sans-serif";

const samples = [
  { what: 'Latin in the token stack', family: TOKEN_STACK, text: 'Strong Cities Network', fonts: ['DejaVuSans'] },
  { what: 'bold Latin', family: TOKEN_STACK, weight: 700, text: 'Join the network', fonts: ['DejaVuSans-Bold'] },
  { what: 'Arabic in the token stack', family: TOKEN_STACK, lang: 'ar', text: 'انضم إلى الشبكة', fonts: ['DejaVuSans'] },
  { what: 'Chinese in the token stack', family: TOKEN_STACK, lang: 'zh-Hans', text: '简体中文', fonts: ['WenQuanYiMicroHei'] },
  { what: 'Japanese and Korean', family: TOKEN_STACK, text: '日本語한국어', fonts: ['WenQuanYiMicroHei'] },
  { what: 'serif', family: 'serif', text: 'Serif', fonts: ['DejaVuSerif'] },
  { what: 'monospace', family: 'monospace', text: 'Mono', fonts: ['DejaVuSansMono'] },
  { what: 'a family the machine may have', family: "'Liberation Sans', 'Nimbus Sans', 'Droid Sans Fallback', sans-serif", text: 'Other', fonts: ['DejaVuSans'] },
];

let browser;
let page;
let cdp;
before(async () => {
  browser = await chromium.launch(chromeLaunchOptions());
  page = await browser.newPage();
  await page.setContent('<!doctype html><meta charset="utf-8"><body></body>');
  cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
});
after(() => browser?.close());

describe('test browsers draw text with the repository fonts only', () => {
  for (const { what, family, weight = 400, lang = 'en', text, fonts } of samples) {
    it(what, async () => {
      await page.evaluate(
        ({ family, weight, lang, text }) => {
          const p = document.createElement('p');
          p.id = 'sample';
          p.lang = lang;
          p.textContent = text;
          p.style.fontFamily = family;
          p.style.fontWeight = String(weight);
          document.body.replaceChildren(p);
          // laid out and painted before the fonts are asked for: under load an unpainted node has none yet
          return new Promise((resolve) => window.requestAnimationFrame(() => window.requestAnimationFrame(resolve)));
        },
        { family, weight, lang, text },
      );
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#sample' });
      const used = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts;
      // a glyph a font lacks is drawn by the next one: every glyph must come from an expected file
      const byFile = used.filter((f) => !/^\s*$/.test(f.postScriptName)).map((f) => f.postScriptName);
      assert.deepEqual([...new Set(byFile)].sort(), [...fonts].sort(), `${what}: drawn with ${JSON.stringify(used)}`);
    });
  }
});
