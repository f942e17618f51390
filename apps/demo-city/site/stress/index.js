// /stress/: the list of stress pages, so nobody mistakes them for the demo site.
import { locales, pages, pagePath } from './hostile.js';
import { hostCssCases } from './host-css.js';

/** The stress index: what each family of pages is for, with a link to each page. */
export function stressIndex() {
  const list = locales
    .map((l) => `<li><span lang="${l}">${l}</span>: ${pages.map((p) => `<a href="${pagePath(l, p)}">${p}</a>`).join(' · ')}</li>`)
    .join('\n      ');
  return `<!doctype html>
<html lang="en" dir="ltr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Stress pages — Valmont demo</title><link rel="icon" href="/assets/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="/assets/valmont.css"></head>
<body><main id="main" class="wrap stack">
  <h1>Stress pages</h1>
  <p class="lead">These pages are not the demo site (that is <a href="/en/">Valmont</a>). They put the widgets on the worst pages a partner might have, and the end-to-end tests open them.</p>
  <section aria-labelledby="hostile"><h2 id="hostile">Hostile theme: <code>/stress/hostile/…</code></h2>
    <p>The demo city under Bootstrap and a global reset that reaches every element, the widgets' hosts included (<code>html { font-size: 62.5% }</code>, <code>* { font: inherit; box-sizing: content-box }</code>, <code>button { all: unset }</code>, <code>[hidden] { display: block }</code>, uppercase headings, justified text), with every widget on every page.</p>
    <ul>
      ${list}
    </ul>
  </section>
  <section aria-labelledby="host-css"><h2 id="host-css">One hostile rule at a time: <code>/stress/host-css/…</code></h2>
    <p>A bare page with every widget under one common page rule (or Bootstrap 5, or WordPress Twenty Twenty-Three's styles). Add <code>?lang=ar</code> for a language, <code>&amp;at=body</code> for the snippet pasted in the body.</p>
    <ul>
      ${Object.keys(hostCssCases).map((c) => `<li><a href="/stress/host-css/${c}">${c}</a></li>`).join('\n      ')}
    </ul>
  </section>
</main></body>
</html>
`;
}
