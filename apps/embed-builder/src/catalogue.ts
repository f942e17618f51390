// What the builder knows about the widgets, read at run time from the files the build put beside
// the page (scripts/catalogue.js): the embed build's manifest, and per widget its
// custom-elements.json and feed JSON Schema. The controls come from the same model the WordPress
// plugin builds its blocks from, so a new widget or attribute needs no change here.
import { declarationOf, widgetModel, type Attribute, type Widget } from '../../wordpress-plugin/scripts/widget-model.js';

export type { Attribute, Widget };

/** One file of the CDN folder, as dist/manifest.json lists it. */
export interface EmbedFile {
  file: string;
  integrity: string;
}

/** The iframe embed's defaults for one widget, when the manifest has them (issue 20). */
export interface FrameInfo {
  height?: number;
  title?: Record<string, string>;
}

/** The part of packages/embed/dist/manifest.json the builder reads. */
export interface EmbedManifest {
  version: string;
  base: string;
  files: EmbedFile[];
  snippet: string;
  snippetClassic: string;
  frames?: Record<string, FrameInfo>;
}

/** A JSON Schema, as far as the builder reads it (the validator reads the rest). */
export type JsonSchema = Record<string, unknown>;

/** Translated words from the WordPress plugin's .po files: context → English → translation. */
export type Texts = Record<string, Record<string, Record<string, string>>>;

interface CatalogueFile {
  manifest: EmbedManifest;
  previewBase: string;
  widgets: { tag: string; title: string; icon?: string; manifest: string; schema: string | null; reserve: string }[];
  texts: Texts;
}

/** A widget as the builder shows it: its model, its raw defaults and its feed schema. */
export interface WidgetInfo extends Widget {
  /** attribute name → the default custom-elements.json documents, as written in the source */
  defaults: Record<string, string>;
  schema: JsonSchema | undefined;
  /** the block size its tag reserves before it renders (CSS length) */
  reserve: string;
}

export interface Catalogue {
  manifest: EmbedManifest;
  /** the CDN folder the preview loads: the pinned npm CDN, or the local build under npm start */
  previewBase: string;
  widgets: WidgetInfo[];
  texts: Texts;
}

interface CemAttribute {
  name: string;
  default?: string;
}
interface CemManifest {
  modules?: { declarations?: { tagName?: string; attributes?: CemAttribute[] }[] }[];
}

async function json<T>(url: URL): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Reads catalogue.json and every widget's files, relative to `base` (the page's own folder). */
export async function loadCatalogue(base: URL): Promise<Catalogue> {
  const file = await json<CatalogueFile>(new URL('catalogue.json', base));
  const widgets = await Promise.all(
    file.widgets.map(async (entry): Promise<WidgetInfo> => {
      const where = new URL(entry.manifest, base);
      const [cem, schema] = await Promise.all([
        json<CemManifest>(where),
        entry.schema ? json<JsonSchema>(new URL(entry.schema, base)) : Promise.resolve(undefined),
      ]);
      const declared = declarationOf(cem, entry.tag, where.pathname);
      const model = widgetModel(declared, { tag: entry.tag, title: entry.title, icon: entry.icon });
      const defaults = Object.fromEntries((declared.attributes ?? []).filter((a) => a.default !== undefined).map((a) => [a.name, a.default ?? '']));
      return { ...model, defaults, schema, reserve: entry.reserve };
    }),
  );
  return { manifest: file.manifest, previewBase: file.previewBase, widgets, texts: file.texts };
}

/**
 * The default an attribute documents, as a person reads it: a string literal unquoted, a number
 * or boolean as it is; a constant's name (`DEFAULT_NETWORKS`) is no help, so undefined.
 */
export function shownDefault(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const literal = /^(['"`])(.*)\1$/.exec(raw.trim());
  if (literal) return literal[2];
  if (/^-?\d+(\.\d+)?$/.test(raw.trim()) || raw.trim() === 'true' || raw.trim() === 'false') return raw.trim();
  return undefined;
}
