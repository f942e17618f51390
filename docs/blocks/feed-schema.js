// <FeedSchema schema={json} />: a widget's feed format as a table, read from its src/feed.schema.json
// at build time (the MDX page imports the JSON), so the docs cannot drift from the schema.
import { createElement as h, Fragment } from 'react';

/** Follows a local `$ref` (`#/$defs/x`); the referring node's own keys (e.g. description) win. */
function resolve(node, rootSchema) {
  if (!node?.$ref?.startsWith('#/')) return node ?? {};
  const target = node.$ref.slice(2).split('/').reduce((at, key) => at?.[key], rootSchema) ?? {};
  const { $ref, ...own } = node;
  return { ...resolve(target, rootSchema), ...own, ref: $ref };
}

function typeOf(node, rootSchema) {
  const n = resolve(node, rootSchema);
  if (n.oneOf || n.anyOf) return [...new Set((n.oneOf ?? n.anyOf).map((alt) => typeOf(alt, rootSchema)))].join(' or ');
  const types = [n.type ?? (n.properties ? 'object' : 'any')].flat();
  return types
    .map((t) => {
      if (t === 'array') return `array of ${typeOf(n.items, rootSchema)}`;
      if (t === 'object' && !n.properties && n.additionalProperties) return `object of ${typeOf(n.additionalProperties, rootSchema)} (per locale)`;
      return t;
    })
    .join(' or ');
}

function rules(n) {
  const parts = [];
  if (n.default !== undefined) parts.push(`default ${JSON.stringify(n.default)}`);
  if (n.minimum !== undefined) parts.push(`≥ ${n.minimum}`);
  if (n.exclusiveMinimum !== undefined) parts.push(`> ${n.exclusiveMinimum}`);
  if (n.maximum !== undefined) parts.push(`≤ ${n.maximum}`);
  if (n.minLength) parts.push(`at least ${n.minLength} character${n.minLength > 1 ? 's' : ''}`);
  if (n.maxItems) parts.push(`at most ${n.maxItems} entries`);
  if (n.format) parts.push(`format ${n.format}`);
  if (n.enum) parts.push(`one of ${n.enum.map((v) => JSON.stringify(v)).join(', ')}`);
  if (n.examples) parts.push(`e.g. ${n.examples.slice(0, 3).map((v) => JSON.stringify(v)).join(', ')}`);
  return parts.join('; ');
}

/** One row per field, nested fields as `a.b` and array entries as `a[].b`; a shared definition is expanded once. */
export function schemaRows(schema) {
  const rows = [];
  const expanded = new Map();
  const walk = (node, path) => {
    const n = resolve(node, schema);
    if (n.ref && expanded.has(n.ref)) {
      rows.push({ path: path || '(document)', type: typeOf(n, schema), required: false, description: `as \`${expanded.get(n.ref)}\``, rules: '' });
      return;
    }
    if (n.ref) expanded.set(n.ref, path || '(document)');
    for (const alt of n.oneOf ?? n.anyOf ?? []) {
      const a = resolve(alt, schema);
      if (a.properties || a.type === 'array') walk(alt, path);
    }
    if (n.type === 'array' || (Array.isArray(n.type) && n.type.includes('array'))) walk(n.items, `${path}[]`);
    const required = new Set(n.required ?? []);
    for (const [name, child] of Object.entries(n.properties ?? {})) {
      const c = resolve(child, schema);
      const childPath = path ? `${path}.${name}` : name;
      rows.push({ path: childPath, type: typeOf(child, schema), required: required.has(name), description: c.description ?? '', rules: rules(c) });
      if (c.properties || c.type === 'array') walk(child, childPath);
    }
  };
  if (schema.oneOf || schema.anyOf) rows.push({ path: '(document)', type: typeOf(schema, schema), required: true, description: '', rules: '' });
  walk(schema, '');
  return rows;
}

/** Text with `code` spans, as schema descriptions are written. */
function prose(text) {
  return text.split(/`([^`]+)`/).map((part, i) => (i % 2 === 1 ? h('code', { key: i }, part) : part));
}

export function FeedSchema({ schema }) {
  const rows = schemaRows(schema);
  return h(
    Fragment,
    null,
    schema.description ? h('p', null, prose(schema.description)) : null,
    h(
      'table',
      null,
      h('thead', null, h('tr', null, ['Field', 'Type', 'Required', 'Meaning and rules'].map((c) => h('th', { key: c }, c)))),
      h(
        'tbody',
        null,
        rows.map((r) =>
          h(
            'tr',
            { key: r.path },
            h('td', null, h('code', null, r.path)),
            h('td', null, r.type),
            h('td', null, r.required ? 'yes' : ''),
            h('td', null, prose(r.description), r.description && r.rules ? ' ' : '', r.rules ? h('em', null, `(${r.rules})`) : null),
          ),
        ),
      ),
    ),
  );
}

/** The schema's first example as pretty JSON, for a <Source> block. */
export function feedExample(schema) {
  return schema.examples?.[0] === undefined ? '' : JSON.stringify(schema.examples[0], null, 2);
}
