// Writes JavaScript values as PHP literals, for the generated PHP files. A translatable string is
// written as a gettext call, which scripts/i18n.js finds like any other in the plugin's PHP.
import { TEXT_DOMAIN } from './model.js';

/** A PHP single-quoted string. */
export const phpString = (text) => `'${String(text).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** A raw PHP expression, written as it is. */
const raw = (code) => ({ [RAW]: code });
const RAW = Symbol('php');

/** A string translated when the PHP runs: __( … ), or _x( … ) with a context. */
export const translate = (text, context) =>
  raw(
    context
      ? `_x( ${phpString(text)}, ${phpString(context)}, ${phpString(TEXT_DOMAIN)} )`
      : `__( ${phpString(text)}, ${phpString(TEXT_DOMAIN)} )`,
  );

/** `value` as a PHP literal, indented `depth` tabs (WordPress coding style: array( … )). */
export function php(value, depth = 0) {
  const pad = '\t'.repeat(depth + 1);
  const end = '\t'.repeat(depth);
  if (value && typeof value === 'object' && RAW in value) return value[RAW];
  if (Array.isArray(value)) {
    if (value.length === 0) return 'array()';
    return `array(\n${value.map((v) => `${pad}${php(v, depth + 1)},`).join('\n')}\n${end})`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return 'array()';
    return `array(\n${entries.map(([k, v]) => `${pad}${phpString(k)} => ${php(v, depth + 1)},`).join('\n')}\n${end})`;
  }
  if (typeof value === 'string') return phpString(value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value === null || value === undefined) return 'null';
  throw new Error(`php: cannot write ${typeof value} as PHP`);
}
