// Assembles the project's public site in site/ (gitignored): one folder any static host can serve,
// from any path, with relative links only.
//   site/            the static Storybook (storybook-static, built first: npm run build:site does it)
//   site/demo/       the demo city (apps/demo-city, not its /stress/ pages), its pages rendered to files, the widgets loaded
//                    from site/demo/cdn/ (packages/embed/dist, the CDN folder as built)
//   site/builder/    apps/embed-builder/dist, when that app exists and is built
// Storybook's Introduction links to demo/en/ and builder/; every demo page links back.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locales, pages } from '../apps/demo-city/site/content.js';
import { pagePath, renderPage } from '../apps/demo-city/site/render.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (...parts) => join(root, ...parts);

/** Relative links from a demo page (`/en/news/x.html`) to a demo path (`/assets/site.css`). */
function relativeFrom(pagePathname) {
  const depth = pagePathname.split('/').length - 2; // '/en/' → 1, '/en/news/x.html' → 2
  return '../'.repeat(depth);
}

/** The demo city as static files, its absolute links made relative, the CDN folder beside it. */
function buildDemo(out, { builder }) {
  const cdnDir = at('packages/embed/dist');
  const manifestFile = join(cdnDir, 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error('No CDN folder: run `npx turbo run build` first (packages/embed/dist).');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const cdnPath = new URL(manifest.base).pathname; // /npm/@strong-cities/embed@x/dist/
  cpSync(cdnDir, join(out, 'cdn'), { recursive: true });
  const assets = join(out, 'assets');
  mkdirSync(assets, { recursive: true });
  cpSync(at('apps/demo-city/site/assets'), assets, { recursive: true });

  for (const locale of locales) {
    for (const page of pages) {
      const path = pagePath(locale, page);
      // no origin: every link comes out as a root path, made relative below; the CDN becomes cdn/
      const cdn = 'https://cdn.invalid';
      let html = renderPage({ locale, page, origin: '', cdn, manifest });
      html = html.replaceAll(`${cdn}${cdnPath}`, '/cdn/');
      const up = relativeFrom(path);
      html = html.replace(/(href|src)="\/(?!\/)/g, `$1="${up}`);
      const links = [`<a href="${up}../">Widget documentation (Storybook)</a>`];
      if (builder) links.push(`<a href="${up}../builder/">Embed builder</a>`);
      html = html.replace('</footer>', `<div class="wrap site-footer__more"><p>${links.join(' · ')}</p></div></footer>`);
      const file = join(out, path.endsWith('/') ? `${path}index.html` : path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, html);
    }
  }
  writeFileSync(
    join(out, 'index.html'),
    '<!doctype html><html lang="en"><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=en/"><title>Demo city</title><p><a href="en/">Demo city</a></p></html>\n',
  );
}

export function buildSite(out = at('site')) {
  const storybook = process.env.STORYBOOK_STATIC ?? at('storybook-static');
  if (!existsSync(join(storybook, 'index.json'))) throw new Error('No static Storybook: run `npm run build-storybook` first.');
  rmSync(out, { recursive: true, force: true });
  cpSync(storybook, out, { recursive: true });
  const builderDist = at('apps/embed-builder/dist');
  const builder = existsSync(join(builderDist, 'index.html'));
  if (builder) cpSync(builderDist, join(out, 'builder'), { recursive: true });
  buildDemo(join(out, 'demo'), { builder });
  return { out, builder, files: readdirSync(out).length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { out, builder } = buildSite();
  console.log(`Public site in ${relative(process.cwd(), out) || '.'}/: Storybook, demo/${builder ? ', builder/' : ' (no apps/embed-builder/dist yet)'}`);
}
