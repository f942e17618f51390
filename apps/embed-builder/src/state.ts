// The configuration lives in the page's address, so a link shares it ("here is our counter"):
//   #widget=scn-declaration-counter&lang=fr&bg=%23f5f7fa&set.src=https%3A%2F%2F…&set.goal=100
// In the fragment, not the query: it never reaches a server's logs. Attributes are `set.<name>`;
// a boolean that is on is `set.<name>` with no value.
import type { Values } from './outputs.js';

export interface Config {
  widget: string | undefined;
  /** the preview's locale */
  lang: string;
  /** the host page's background colour in the preview, #rrggbb */
  bg: string;
  values: Values;
}

const PREFIX = 'set.';
export const previewLocales = ['en', 'fr', 'es', 'ar'] as const;
export const DEFAULT_BACKGROUND = '#ffffff';
const COLOUR = /^#[0-9a-f]{6}$/i;

export function readConfig(hash: string): Config {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const values: Values = {};
  for (const [key, value] of params) {
    if (key.startsWith(PREFIX) && key.length > PREFIX.length) values[key.slice(PREFIX.length)] = value === '' ? true : value;
  }
  const lang = params.get('lang') ?? '';
  const bg = params.get('bg') ?? '';
  return {
    widget: params.get('widget') ?? undefined,
    lang: (previewLocales as readonly string[]).includes(lang) ? lang : 'en',
    bg: COLOUR.test(bg) ? bg.toLowerCase() : DEFAULT_BACKGROUND,
    values,
  };
}

export function writeConfig(config: Config): string {
  const params = new URLSearchParams();
  if (config.widget) params.set('widget', config.widget);
  if (config.lang !== 'en') params.set('lang', config.lang);
  if (config.bg !== DEFAULT_BACKGROUND) params.set('bg', config.bg);
  for (const [name, value] of Object.entries(config.values)) params.set(`${PREFIX}${name}`, value === true ? '' : value);
  const text = params.toString();
  return text ? `#${text}` : '';
}
