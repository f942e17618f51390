// Reads a widget's class JSDoc from its TypeScript source: the embed README's reference
// (readme.js) and the widget list (widgets.js, for each widget's no-JS fallback) both use it.

const clean = (doc) => doc.replace(/^\s*\/\*\*|\*\/\s*$/g, '').split('\n').map((l) => l.replace(/^\s*\* ?/, '')).join('\n').trim();
export const oneLine = (s) => s.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
export { clean as cleanDoc };

/** The JSDoc block right above `export class X extends ScnElement`, without its stars. */
export function classDoc(source) {
  const at = source.search(/export class \w+ extends ScnElement/);
  const before = source.slice(0, at);
  const start = before.lastIndexOf('/**');
  return start === -1 ? '' : clean(before.slice(start));
}

/** The raw text of every `@name` tag (up to the next tag), line breaks kept. */
export function rawTags(doc, name) {
  const re = new RegExp(`^@${name}\\s+([\\s\\S]*?)(?=^@|$(?![\\s\\S]))`, 'gm');
  return [...doc.matchAll(re)].map((m) => m[1].trim());
}

/** Every `@name` tag on one line each. */
export const tags = (doc, name) => rawTags(doc, name).map(oneLine);

/**
 * A widget's documented no-JS fallback (`@fallback` in its class JSDoc): its first line says what
 * the tag shows before and without its script, the rest is an example of the HTML to write inside.
 * @returns {{ note: string, html: string } | undefined}
 */
export function fallbackOf(source) {
  const [text] = rawTags(classDoc(source), 'fallback');
  if (!text) return undefined;
  const [note, ...html] = text.split('\n');
  return { note: note.trim(), html: html.join('\n').trim() };
}
