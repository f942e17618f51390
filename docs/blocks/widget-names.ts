/// <reference types="vite/client" />
// The widgets' names in each locale, as the WordPress plugin's translations give them (its block
// titles): the gallery's headings use these, so a name is translated once, by the translators.
import fr from '../../apps/wordpress-plugin/plugin/languages/strong-cities-widgets-fr_FR.po?raw';
import es from '../../apps/wordpress-plugin/plugin/languages/strong-cities-widgets-es_ES.po?raw';
import ar from '../../apps/wordpress-plugin/plugin/languages/strong-cities-widgets-ar.po?raw';

const catalogues: Record<string, string> = { fr, es, ar };

/** msgid → msgstr of one .po file (single-line entries, which these names are). */
function entries(po: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of po.matchAll(/^msgid "((?:[^"\\]|\\.)*)"\nmsgstr "((?:[^"\\]|\\.)*)"$/gm)) if (m[2]) found.set(m[1], m[2]);
  return found;
}
const parsed = new Map(Object.entries(catalogues).map(([locale, po]) => [locale, entries(po)]));

/** `name` ("Event map") in `locale`; English, the source, as is. */
export function widgetName(name: string, locale: string): string {
  return parsed.get(locale)?.get(name) ?? name;
}
