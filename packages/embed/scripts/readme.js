// Regenerates the widget reference in README.md (between the widgets:start/end markers) from
// each widget's own JSDoc and feed schema, so the embed guide never drifts from the code.
//   node scripts/readme.js
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { discoverWidgets } from './widgets.js';
import { classDoc, cleanDoc as clean, oneLine, tags } from './jsdoc.js';

const readme = fileURLToPath(new URL('../README.md', import.meta.url));
/** Public properties, from `@property()` decorators or a `static properties` block (states left out). */
function properties(source) {
  const docFor = (name) => {
    const re = new RegExp(`\\/\\*\\*((?:(?!\\*\\/)[\\s\\S])*)\\*\\/\\s*(?:\\/\\/[^\\n]*\\n\\s*)*(?:@property\\([^)]*\\)\\s*)?(?:(?:declare|override|accessor)\\s+)*${name}\\??\\s*[:=;!]`);
    const m = re.exec(source);
    return m ? oneLine(clean(`/**${m[1]}*/`)) : '';
  };
  const found = [];
  for (const [, options, name] of source.matchAll(/@property\(([^)]*)\)\s*(?:(?:declare|override|accessor)\s+)*(\w+)/g)) found.push({ name, options });
  const block = /static\s+(?:override\s+)?properties\s*=\s*\{([\s\S]*?)\n\s*\};/.exec(source)?.[1] ?? '';
  for (const [, name, options] of block.matchAll(/^\s*(\w+)\s*:\s*\{([^}]*)\}/gm)) found.push({ name, options });
  return found
    .filter(({ options }) => !/state:\s*true/.test(options))
    .map(({ name, options }) => ({
      attr: /attribute:\s*['"]([^'"]+)['"]/.exec(options)?.[1] ?? name.toLowerCase(),
      type: /type:\s*(\w+)/.exec(options)?.[1] ?? 'String',
      doc: docFor(name),
    }));
}

function schemaSummary(schema) {
  const lines = [];
  const describe = (props, required = [], prefix = '') => {
    for (const [key, value] of Object.entries(props ?? {})) {
      const ref = value.$ref ? schema.$defs?.[value.$ref.split('/').pop()] : undefined;
      const type = value.type ?? ref?.type ?? (value.oneOf || ref?.oneOf ? 'text or per-locale text' : '');
      const desc = value.description ?? ref?.description ?? '';
      lines.push(`  - \`${prefix}${key}\`${required.includes(key) ? ' (required)' : ''}${type ? ` — ${[].concat(type).join(' or ')}` : ''}${desc ? `: ${oneLine(desc)}` : ''}`);
    }
  };
  describe(schema.properties, schema.required);
  const item = schema.$defs?.event ?? schema.$defs?.item;
  if (item) describe(item.properties, item.required, 'events[].');
  return lines.join('\n');
}

/** "name - text" → "`name`: text"; "[--x=v] - text" → "`--x` (default `v`): text"; "- text" → "(default): text" */
function named(entry) {
  const prop = /^\[([^=\]]+)(?:=([^\]]*))?\]\s*-?\s*(.*)$/.exec(entry);
  if (prop) return `\`${prop[1]}\`${prop[2] ? ` (default \`${prop[2]}\`)` : ''}: ${prop[3]}`;
  const fired = /^(?:\{(\w+)\}\s+)?([\w-]+)\s+-\s+(?:\{(\w+)\}\s+)?(.*)$/.exec(entry);
  if (fired) return `\`${fired[2]}\`${fired[1] || fired[3] ? ` (\`${fired[1] || fired[3]}\`)` : ''}: ${fired[4]}`;
  const unnamed = /^-\s+(.*)$/.exec(entry);
  if (unnamed) return `(default): ${unnamed[1]}`;
  return entry;
}

export function reference() {
  return discoverWidgets()
    .map((w) => {
      const base = w.tag.replace(/^scn-/, '');
      const source = readFileSync(join(w.dir, 'src', `${base}.ts`), 'utf8');
      const doc = classDoc(source);
      const summary = oneLine(tags(doc, 'summary')[0] ?? '');
      const props = properties(source);
      const list = (title, items) => (items.length ? `\n**${title}**\n\n${items.map((i) => `- ${i}`).join('\n')}\n` : '');
      const schemaPath = join(w.dir, 'src/feed.schema.json');
      let feed = '';
      if (existsSync(schemaPath)) {
        const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
        feed = `\n**Feed** (\`src\`; JSON Schema: \`packages/${base}/src/feed.schema.json\`). ${oneLine(schema.description ?? '')}\n\n${schemaSummary(schema)}\n`;
      }
      return [
        `### \`<${w.tag}>\``,
        '',
        summary,
        list('Attributes', props.map((p) => `\`${p.attr}\`${p.type === 'String' ? '' : ` (${p.type.toLowerCase()})`}: ${p.doc}`).concat('`theme`: `light`, `dark` or `brand`; unset follows the visitor\'s colour scheme.')),
        list('Events', tags(doc, 'fires').map(named)),
        list('Slots', tags(doc, 'slot').map(named)),
        list('Parts (`::part()`)', tags(doc, 'csspart').map(named)),
        list('Custom properties', tags(doc, 'cssprop').map(named)),
        w.fallback ? `\n**Without JavaScript** (and if its code cannot load) the tag shows what you write inside it, ${w.fallback.note}\n\n\`\`\`html\n<${w.tag}>\n  ${w.fallback.html}\n</${w.tag}>\n\`\`\`\n` : '',
        feed,
      ].join('\n');
    })
    .join('\n');
}

const START = '<!-- widgets:start -->';
const END = '<!-- widgets:end -->';
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = readFileSync(readme, 'utf8');
  const [head, rest] = text.split(START);
  const tail = rest.split(END)[1];
  writeFileSync(readme, `${head}${START}\n<!-- generated by \`node scripts/readme.js\` from each widget's JSDoc and feed schema -->\n\n${reference().replace(/\n{3,}/g, '\n\n')}\n${END}${tail}`);
  console.log('README.md: widget reference updated');
}
