// Every snippet the builder offers, for one widget configured: from the embed build's manifest
// (module and classic script tags, integrity included), the iframe embed's own writer, the
// WordPress plugin's block and shortcode writers, the Drupal entry and the CSP lines of
// packages/embed. Nothing here knows a widget by name.
import { frameSnippet } from '@strong-cities/embed/frame-url.js';
import { cspDirectives } from '../../../packages/embed/scripts/csp.js';
import { drupalLibrary } from '../../../packages/embed/scripts/drupal.js';
import { widgetBlock, widgetShortcode } from '../../wordpress-plugin/scripts/widget-model.js';
import type { EmbedManifest, WidgetInfo } from './catalogue.js';

/** Attribute name → value: a string, or true for a boolean attribute that is on. */
export type Values = Record<string, string | true>;

/** Escapes text for a double-quoted HTML attribute. */
export const escapeAttribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The widget's tag with its attributes, in the order the widget declares them. */
export function widgetTag(widget: WidgetInfo, values: Values): string {
  const attributes = widget.attributes
    .filter((a) => values[a.name] !== undefined)
    .map((a) => {
      const value = values[a.name];
      return value === true ? ` ${a.name}` : ` ${a.name}="${escapeAttribute(value ?? '')}"`;
    })
    .join('');
  return `<${widget.tag}${attributes}></${widget.tag}>`;
}

/** The loader's integrity as the manifest lists it. */
export function loaderIntegrity(manifest: EmbedManifest): string {
  const loader = manifest.files.find((f) => f.file === 'loader.js');
  if (!loader) throw new Error('the embed manifest lists no loader.js');
  return loader.integrity;
}

/** The origin of a feed URL, when it is an absolute http(s) URL. */
export function feedOrigin(src: string | true | undefined): string | undefined {
  if (typeof src !== 'string') return undefined;
  try {
    const url = new URL(src);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined; // a relative feed is on the page's own origin: 'self' covers it
  }
}

/** The policy a host sends for this configuration: the embed's lines, plus the feed's origin. */
export function cspFor(base: string, src: string | true | undefined): string[] {
  const origin = feedOrigin(src);
  return cspDirectives(base).map((d: string) => (origin && d.startsWith('connect-src ') ? `${d} ${origin}` : d));
}

/** Pixels for a reserve in rem (the loader's unit), at the browser's default 16 px. */
export function reservePixels(reserve: string): number {
  const rem = /^([\d.]+)rem$/.exec(reserve);
  const px = /^([\d.]+)px$/.exec(reserve);
  return rem ? Number(rem[1]) * 16 : px ? Number(px[1]) : 48;
}

export interface OutputContext {
  widget: WidgetInfo;
  values: Values;
  manifest: EmbedManifest;
  /** the locale the iframe's title is written in */
  locale: string;
}

export type OutputId = 'module' | 'classic' | 'iframe' | 'shortcode' | 'block' | 'drupal' | 'csp';
export const outputIds: OutputId[] = ['module', 'classic', 'iframe', 'shortcode', 'block', 'drupal', 'csp'];

/**
 * The iframe's height and title: from the manifest's `frames` when the build has them; else the
 * block size the loader reserves for the widget (the same figure, in px at 16 px/rem) and the
 * widget's title.
 */
export function frameDefaults({ widget, manifest, locale }: OutputContext): { height: number; title: string } {
  const frame = manifest.frames?.[widget.tag];
  const title = frame?.title?.[locale] ?? frame?.title?.['en'] ?? widget.title;
  const height = typeof frame?.height === 'number' && Number.isFinite(frame.height) ? frame.height : reservePixels(widget.reserve);
  return { height, title };
}

/** The text of one output. */
export function output(id: OutputId, context: OutputContext): string {
  const { widget, values, manifest } = context;
  const tag = widgetTag(widget, values);
  switch (id) {
    case 'module':
      return `${manifest.snippet}\n\n${tag}`;
    case 'classic':
      return `${manifest.snippetClassic}\n\n${tag}`;
    case 'iframe':
      return frameSnippet({ base: manifest.base, tag: widget.tag, attributes: values, ...frameDefaults(context) });
    case 'shortcode':
      return widgetShortcode(widget, values);
    case 'block':
      return widgetBlock(widget, values);
    case 'drupal':
      return `${drupalLibrary(manifest.base, loaderIntegrity(manifest))}\n\n${tag}`;
    case 'csp':
      return cspFor(manifest.base, values['src'])
        .map((d) => `${d};`)
        .join('\n');
  }
}
