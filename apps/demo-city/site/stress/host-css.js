// Stress pages: the widgets on partner pages whose own CSS tries to reach into them, one common
// hostile rule (or one real framework's stylesheet) a page. The layout tests compare each widget on
// these pages with the plain one; a partner can open them to see the same.
//   /stress/host-css/<case>?lang=en|fr|es|ar[&at=head|body][&feeds=built-in]
// `at=body` pastes the snippet in the body, as a CMS block does, instead of the head.
// `feeds=built-in` writes the tags without `src`, as the snippet's example does: the counter and the
// map show what they have built in (the network's declaration and events), not the demo city's feeds.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { embedTags } from '../render.js';
import { discoverWidgets } from '../../../../packages/embed/scripts/widgets.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const wordpressTheme = '/usr/share/wordpress/wp-content/themes/twentytwentythree';

/**
 * Twenty Twenty-Three's stylesheet as WordPress serves it: its style.css and the global styles
 * WordPress writes from its theme.json (presets and the body's typography and spacing).
 */
function twentyTwentyThree() {
  const theme = JSON.parse(readFileSync(join(wordpressTheme, 'theme.json'), 'utf8'));
  const { settings, styles } = theme;
  const presets = [
    ...settings.typography.fontSizes.map((f) => `--wp--preset--font-size--${f.slug}:${f.fluid?.max ?? f.size}`),
    ...settings.typography.fontFamilies.map((f) => `--wp--preset--font-family--${f.slug}:${f.fontFamily}`),
    ...(settings.spacing?.spacingSizes ?? []).map((s) => `--wp--preset--spacing--${s.slug}:${s.size}`),
    ...settings.color.palette.map((c) => `--wp--preset--color--${c.slug}:${c.color}`),
  ];
  const t = styles.typography;
  const p = styles.spacing.padding;
  return [
    readFileSync(join(wordpressTheme, 'style.css'), 'utf8'),
    `body{${presets.join(';')}}`,
    `body{margin:0;font-family:${t.fontFamily};font-size:${t.fontSize};line-height:${t.lineHeight};background-color:var(--wp--preset--color--base);color:var(--wp--preset--color--contrast);padding:${p.top} ${p.right} ${p.bottom} ${p.left}}`,
    'body .is-layout-flow > * + *{margin-block-start:' + styles.spacing.blockGap + ';margin-block-end:0}',
    'a{color:var(--wp--preset--color--contrast);text-decoration:underline}',
    'h1{font-size:var(--wp--preset--font-size--x-large);font-weight:400;line-height:1.2}',
  ].join('\n');
}

/** Each case: the page's own stylesheet (served from the site, so the strict CSP allows it). */
export const hostCssCases = {
  plain: () => '',
  'root-62-5': () => 'html{font-size:62.5%}body{font-size:1.6rem}',
  'root-22px': () => 'html{font-size:22px}',
  'content-box': () => '*,*::before,*::after{box-sizing:content-box!important}',
  'font-inherit': () => '*{font:inherit}',
  'uppercase-spaced': () => 'body{text-transform:uppercase;letter-spacing:.2em;word-spacing:.3em;text-align:justify}',
  'hidden-shown': () => '[hidden]{display:block!important}',
  'svg-full': () => 'svg{width:100%}',
  bootstrap: () => readFileSync(join(repoRoot, 'node_modules/bootstrap/dist/css/bootstrap.min.css'), 'utf8'),
  'wordpress-2023': () => (existsSync(wordpressTheme) ? twentyTwentyThree() : ''),
};

const ARTICLE = '<p>Strong Cities Network members share what works in preventing hate, extremism and polarisation. This paragraph stands for a partner city\'s article text around the widgets.</p>';

/** A widget's tag as a partner writes it, with the demo's attributes and its feed. */
function tagOf(widget, feeds) {
  const attrs = Object.entries(widget.demo?.attributes ?? {}).map(([k, v]) => ` ${k}="${v}"`).join('');
  const src = widget.demo?.feed && feeds[widget.demo.feed] ? ` src="${feeds[widget.demo.feed]}"` : '';
  return `<${widget.tag}${attrs}${src}></${widget.tag}>`;
}

/**
 * The route: `/stress/host-css/<case>` and its stylesheet `/stress/host-css/<case>.css`.
 * @returns {{ body: string, type?: string } | undefined} undefined for an unknown case
 */
export function hostCssRoute(url, { cdn, manifest, feeds = {} }) {
  const match = /^\/stress\/host-css\/([a-z0-9-]+)(\.css)?$/.exec(url.pathname);
  const css = match && Object.hasOwn(hostCssCases, match[1]) ? hostCssCases[match[1]] : undefined;
  if (!css) return undefined;
  if (match[2]) return { body: css(), type: 'text/css; charset=utf-8' };
  const name = match[1];
  const lang = ['en', 'fr', 'es', 'ar'].includes(url.searchParams.get('lang') ?? '') ? url.searchParams.get('lang') : 'en';
  const inBody = url.searchParams.get('at') === 'body';
  const withFeeds = url.searchParams.get('feeds') === 'built-in' ? {} : feeds;
  const snippet = embedTags(cdn, manifest);
  const widgets = discoverWidgets();
  return {
    body: `<!doctype html><html lang="${lang}"${lang === 'ar' ? ' dir="rtl"' : ''}><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Host CSS stress: ${name}</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/stress/host-css/${name}.css">
${inBody ? '' : snippet}</head>
<body class="is-layout-flow"><h1>Host CSS: ${name}</h1>${ARTICLE}
${inBody ? snippet : ''}
${widgets.map((w) => `<div class="scn-slot">${tagOf(w, withFeeds)}</div>`).join('\n')}
<p id="below">${ARTICLE}</p></body></html>`,
  };
}
