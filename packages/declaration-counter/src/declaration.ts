import { isLocalizedText, parsePartialDate, type LocalizedText } from '@strong-cities/core';

/** A city, mayor or leader that endorsed the declaration. */
export interface Signatory {
  name: string;
  /** the signatory's country, as the feed writes it */
  country?: string;
}

/** What the counter shows; every field optional so sources can be layered (feed > inline > attributes > …). */
export interface Declaration {
  count?: number;
  /** shows the count as a lower bound: "40+" */
  approximate?: boolean;
  title?: LocalizedText;
  url?: string;
  goal?: number;
  /** when the count was last checked: `YYYY-MM` or `YYYY-MM-DD`, a real date */
  updated?: string;
  signatories?: Signatory[];
}

/** The network's page for the declaration: its name, its endorsing cities, how to endorse it. */
export const DEFAULT_URL =
  'https://strongcitiesnetwork.org/news/endorse-the-hague-mayoral-declaration-on-preventing-hate-extremism-and-polarisation-and-safeguarding-local-democracy/';

/**
 * What a bare tag shows: the network's own figure. Its title is localized at render (the
 * `declaration-counter.hague-title` message). Each fact's source is in SEED_SOURCES.
 */
export const SEED = { count: 40, approximate: true, updated: '2022-11' } as const satisfies Declaration;

/**
 * The page each fact of the SEED and its title and link comes from (kept apart so that the widget's
 * bundle does not carry them). The endorsement page names the declaration and lists its cities but
 * states no total and no date; the network's Transatlantic Dialogue page says that in November 2022
 * the dialogue in The Hague ended with "more than 40 cities" endorsing it.
 */
export const SEED_SOURCES = {
  count: 'https://strongcitiesnetwork.org/fr/our-themes/dialogue-transatlantique/',
  updated: 'https://strongcitiesnetwork.org/fr/our-themes/dialogue-transatlantique/',
  title: DEFAULT_URL,
  url: DEFAULT_URL,
} as const satisfies Record<'count' | 'updated' | 'title' | 'url', string>;

// Number.isFinite is false for anything but a finite number
const isCount = (v: unknown): v is number => Number.isFinite(v) && (v as number) >= 0;
/** A string with some text in it, not only spaces (as isLocalizedText tests one). */
export const isText = (v: unknown): v is string => typeof v === 'string' && isLocalizedText(v);

/** Keeps the fields of a feed, inline JSON or the attributes that fit feed.schema.json; drops the rest. */
export function normalize(data: unknown): Declaration {
  const d = Object(data) as Record<string, unknown>;
  return {
    count: isCount(d.count) ? Math.round(d.count) : undefined,
    // read only with a count (they travel together: see layer)
    approximate: d.approximate === true,
    // a real month or day (`2022-11`, `2024-03-15`), as written; anything else → undefined
    updated: parsePartialDate(d.updated, ['month', 'day'])?.iso,
    title: isLocalizedText(d.title) ? d.title : undefined,
    url: isText(d.url) ? d.url : undefined,
    goal: isCount(d.goal) && d.goal > 0 ? d.goal : undefined,
    signatories: Array.isArray(d.signatories)
      ? d.signatories.filter((s: unknown): s is Signatory => isText(Object(s).name))
      : undefined,
  };
}

/**
 * Checks a feed or inline document (see feed.schema.json). A missing, negative or non-numeric
 * `count` makes the whole document unusable (arrays, strings and numbers have no `count` either).
 */
export function toDeclaration(data: unknown): Declaration | undefined {
  const d = normalize(data);
  return d.count === undefined ? undefined : d;
}

/** The first number a partner wrote in the tag's own text, e.g. "1,234+ cities have…"; it has no date. */
export function fromText(text: string): Declaration | undefined {
  const m = /(\d(?:[\d,.\u00a0\u202f ]*\d)?)\s*(\+?)/.exec(text);
  return m ? { count: Number(m[1].replace(/\D/g, '')), approximate: m[2] === '+', updated: undefined } : undefined;
}

/** `value`: "57", "1,234" or "40+" (at least 40). Anything else (negative, decimal, words) → undefined. */
export const parseCount = (text = ''): Declaration | undefined =>
  /^\s*\d[\d, ]*\+?\s*$/.test(text) ? fromText(text) : undefined;

/**
 * Layers sources, first wins per field, over the seed. `count`, `approximate` and `updated` travel
 * together: a partner's exact `value="57"` must not inherit the seed's "+" nor its date.
 */
export function layer(sources: (Declaration | undefined)[]): Declaration & { count: number } {
  const first = <K extends keyof Declaration>(k: K) => sources.find((s) => s?.[k] !== undefined)?.[k];
  return {
    // count, approximate and updated from the first source with a count (its other fields are
    // replaced below)
    ...(sources.find((s): s is Declaration & { count: number } => s?.count !== undefined) ?? SEED),
    title: first('title'),
    url: first('url'),
    goal: first('goal'),
    signatories: first('signatories'),
  };
}
