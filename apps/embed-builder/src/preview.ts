// The preview's page: the copied snippet in a fresh document under the strict Content-Security-
// Policy of DESIGN.md (a <meta http-equiv>, as a static page can carry it), loaded into a
// sandboxed iframe as `srcdoc`. No script of the builder runs inside it: what renders here is what
// renders on a partner's page with the same policy.
import { cspFor, escapeAttribute, loaderIntegrity, widgetTag, type Values } from './outputs.js';
import type { EmbedManifest, WidgetInfo } from './catalogue.js';

/** The sandbox of the preview: scripts, and links that open outside it; never the builder's origin. */
export const PREVIEW_SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

export interface PreviewOptions {
  widget: WidgetInfo;
  values: Values;
  manifest: EmbedManifest;
  /** the CDN folder the loader comes from (ends with `/`) */
  base: string;
  locale: string;
  dir: 'ltr' | 'rtl';
  title: string;
}

export function previewDocument({ widget, values, manifest, base, locale, dir, title }: PreviewOptions): string {
  const policy = ["default-src 'self'", ...cspFor(base, values['src'])].join('; ');
  return [
    '<!doctype html>',
    `<html lang="${escapeAttribute(locale)}" dir="${dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeAttribute(title)}</title>`,
    `<script type="module" src="${escapeAttribute(`${base}loader.js`)}" integrity="${escapeAttribute(loaderIntegrity(manifest))}" crossorigin="anonymous"></script>`,
    '</head>',
    '<body>',
    `<main>${widgetTag(widget, values)}</main>`,
    '</body>',
    '</html>',
  ].join('\n');
}
