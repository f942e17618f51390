// The one Custom Elements Manifest configuration for every widget package. Run from a package
// folder (scripts/cem.js does that in each widget's `build`); writes custom-elements.json there.
// Also usable with the analyzer's own CLI:
//   npx cem analyze --config ../../config/custom-elements-manifest.config.mjs
import { readFileSync, readdirSync } from 'node:fs';
import { posix } from 'node:path';
// the analyzer's own TypeScript: another version's SyntaxKind numbers would not match its AST checks
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';

/** Every declaration (class, function, variable) of a manifest's modules. */
const declarationsOf = (manifest) => manifest.modules.flatMap((mod) => mod.declarations ?? []);

const coreSources = ['scn-element.ts', 'events.ts'].map((file) => new URL(`../packages/core/src/${file}`, import.meta.url));

/**
 * Tags are registered with core's `defineElement('scn-x', X, version)`, not `customElements.define`,
 * so the analyzer would not know a class's tag name: declare the definition as the analyzer does.
 */
function defineElementCallsPlugin() {
  return {
    name: 'SCN - DEFINE-ELEMENT-CALLS',
    analyzePhase({ ts: tsApi, node, moduleDoc }) {
      if (!tsApi.isCallExpression(node) || !tsApi.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !tsApi.isStringLiteral(tag) || !tsApi.isIdentifier(klass)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: klass.text, module: importedFrom(node.getSourceFile(), klass.text, moduleDoc.path) },
        },
      ];
    },
  };
}

/** The module (as a path beside the importing one, .ts) a name is imported from; else this module. */
function importedFrom(sourceFile, name, modulePath) {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const named = statement.importClause?.namedBindings;
    if (!named || !ts.isNamedImports(named) || !named.elements.some((e) => e.name.text === name)) continue;
    const specifier = statement.moduleSpecifier.text;
    if (!specifier.startsWith('.')) return specifier;
    return posix.join(posix.dirname(modulePath), specifier).replace(/\.js$/, '.ts');
  }
  return modulePath;
}

/**
 * Widgets extend core's ScnElement (the `theme` attribute, inherited CSS custom properties, `scn-error`).
 * Core ships no manifest, so analyse its base class here and hand it to the analyzer's inheritance
 * step as an external manifest: inherited members appear with `inheritedFrom: @strong-cities/core`.
 */
function coreBaseClassPlugin() {
  return {
    name: 'SCN - CORE-BASE-CLASS',
    initialize({ context }) {
      const modules = coreSources.map((url) =>
        ts.createSourceFile(`src/${url.pathname.split('/').pop()}`, readFileSync(url, 'utf8'), ts.ScriptTarget.ES2015, true),
      );
      const core = create({ modules, plugins: litPlugin(), context: { dev: false } });
      context.thirdPartyCEMs = [...(context.thirdPartyCEMs ?? []), core];
    },
  };
}

/**
 * Events carry their name in the event class (`static readonly type = 'scn-x'`) and are dispatched as
 * `new ScnXEvent(…)`, which the analyzer records without a name. Name them from their class (its
 * description too, unless `@fires` gave one), accept `@fires name - {EventClass} description` as well
 * as the analyzer's `@fires {EventClass} name - description`, and keep one entry per event name.
 */
function namedEventsPlugin() {
  return {
    name: 'SCN - NAMED-EVENTS',
    packageLinkPhase({ customElementsManifest, context }) {
      const classes = [customElementsManifest, ...(context.thirdPartyCEMs ?? [])]
        .flatMap((m) => declarationsOf(m))
        .filter((d) => d.kind === 'class');
      const eventClass = (typeName) => {
        const klass = classes.find((c) => c.name === typeName);
        const field = klass?.members?.find((m) => m.static && m.name === 'type' && typeof m.default === 'string');
        return field ? { name: field.default.replace(/^['"`]|['"`]$/g, ''), description: klass.description } : undefined;
      };
      for (const element of classes.filter((c) => c.customElement && c.events)) {
        const byName = new Map();
        const unnamed = [];
        for (const event of element.events) {
          const typed = /^\{([\w.]+)\}\s*(.*)$/s.exec(event.description ?? '');
          const item = typed ? { ...event, type: { text: typed[1] }, description: typed[2] } : { ...event };
          // the class knows its name; the analyzer guesses it from `new X(firstArgument)`
          const known = item.type?.text ? eventClass(item.type.text) : undefined;
          if (known) item.name = known.name;
          if (!item.name) {
            unnamed.push(item);
            continue;
          }
          const seen = byName.get(item.name);
          byName.set(item.name, {
            ...item,
            ...seen,
            type: seen?.type ?? item.type,
            // what @fires says wins; else the event class's own description
            description: seen?.description || item.description,
            classDescription: seen?.classDescription || known?.description,
          });
        }
        const named = [...byName.values()].map(({ classDescription, ...e }) => ({ ...e, description: e.description || classDescription }));
        element.events = [...named, ...unnamed.filter((u) => !named.some((e) => e.type?.text === u.type?.text))];
      }
    },
  };
}

/** Members inherited from core say so as a package, not as a path inside this package. */
function inheritedFromCorePlugin() {
  return {
    name: 'SCN - INHERITED-FROM-CORE',
    packageLinkPhase({ customElementsManifest, context }) {
      const coreClasses = new Set((context.thirdPartyCEMs ?? []).flatMap((m) => declarationsOf(m)).map((d) => d.name));
      for (const d of declarationsOf(customElementsManifest)) {
        for (const kind of ['attributes', 'members', 'events', 'slots', 'cssParts', 'cssProperties']) {
          for (const item of d[kind] ?? []) {
            if (item.inheritedFrom && coreClasses.has(item.inheritedFrom.name)) item.inheritedFrom = { name: item.inheritedFrom.name, package: '@strong-cities/core' };
          }
        }
      }
    },
  };
}

/**
 * `@summary` runs to the next tag, so a class comment's later paragraphs land in it: keep its first
 * paragraph as the summary and give the whole text as the description (what Storybook's docs show).
 */
function summaryParagraphPlugin() {
  return {
    name: 'SCN - SUMMARY-PARAGRAPH',
    packageLinkPhase({ customElementsManifest }) {
      for (const d of declarationsOf(customElementsManifest)) {
        if (d.kind !== 'class' || !d.summary) continue;
        const [first, ...rest] = d.summary.split(/\n\s*\n/);
        if (!d.description?.trim()) d.description = d.summary;
        else if (rest.length > 0) d.description = `${rest.join('\n\n')}\n\n${d.description}`;
        d.summary = first.replace(/\s*\n\s*/g, ' ').trim();
      }
    },
  };
}

/**
 * Leave out what is not the element's public API: `#private` and `private` members, members
 * inherited from ScnElement that a page cannot use (`protected`), and internal state: a
 * `static properties` entry with `state: true`, which Lit gives no attribute (the analyzer lists
 * one unless the entry also says `attribute: false`).
 */
function publicApiOnlyPlugin() {
  /** class name → names of its `state: true` properties */
  const states = new Map();
  return {
    name: 'SCN - PUBLIC-API-ONLY',
    analyzePhase({ ts: tsApi, node }) {
      if (!tsApi.isPropertyDeclaration(node) || node.name.getText() !== 'properties' || !node.initializer) return;
      if (!tsApi.isObjectLiteralExpression(node.initializer) || !tsApi.isClassDeclaration(node.parent) || !node.parent.name) return;
      const names = node.initializer.properties
        .filter((p) => tsApi.isPropertyAssignment(p) && tsApi.isObjectLiteralExpression(p.initializer) && /\bstate:\s*true\b/.test(p.initializer.getText()))
        .map((p) => p.name.getText());
      states.set(node.parent.name.text, names);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class' || !declaration.members) continue;
          const state = new Set(states.get(declaration.name));
          declaration.members = declaration.members.filter((m) => !m.name.startsWith('#') && m.privacy !== 'private' && m.privacy !== 'protected' && !state.has(m.name));
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !state.has(a.fieldName));
        }
      }
    },
  };
}

/**
 * The string values a union type names, from `const xs = ['a', 'b'] as const` arrays and
 * `type X = (typeof xs)[number]` or `type X = 'a' | 'b'` aliases, keyed by name.
 * @param {import('typescript').SourceFile} sourceFile
 * @param {Map<string, string[]>} into
 */
function collectLiteralSets(sourceFile, into) {
  const arrays = new Map();
  const strings = (elements) => (elements.every((e) => ts.isStringLiteral(e)) ? elements.map((e) => e.text) : undefined);
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && ts.isAsExpression(node.initializer)) {
      const { expression, type } = node.initializer;
      const isConst = ts.isTypeReferenceNode(type) && type.typeName.getText(sourceFile) === 'const';
      const values = isConst && ts.isArrayLiteralExpression(expression) ? strings([...expression.elements]) : undefined;
      if (values) arrays.set(node.name.text, values);
    }
    if (ts.isTypeAliasDeclaration(node)) {
      const values = literalValues(node.type, arrays, sourceFile);
      if (values) into.set(node.name.text, values);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  for (const [name, values] of arrays) into.set(`(typeof ${name})[number]`, values);
}

/** `(typeof xs)[number]` or `'a' | 'b'` as its values; undefined for any other type. */
function literalValues(type, arrays, sourceFile) {
  if (ts.isParenthesizedTypeNode(type)) return literalValues(type.type, arrays, sourceFile);
  if (ts.isIndexedAccessTypeNode(type) && type.indexType.kind === ts.SyntaxKind.NumberKeyword) {
    const query = ts.isParenthesizedTypeNode(type.objectType) ? type.objectType.type : type.objectType;
    return ts.isTypeQueryNode(query) ? arrays.get(query.exprName.getText(sourceFile)) : undefined;
  }
  if (ts.isUnionTypeNode(type)) {
    const values = type.types.map((t) => (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? t.literal.text : undefined));
    return values.every((v) => v !== undefined) ? values : undefined;
  }
  return undefined;
}

/**
 * Attributes typed with a union of strings (`layout: Layout`, where `Layout` is
 * `(typeof layouts)[number]`) list their values in the manifest (`'horizontal' | 'vertical'`), as
 * the .d.ts does: tools that read the manifest (the WordPress plugin's block controls, editors'
 * completions) offer exactly the values a widget accepts. The analyzer keeps only the alias's name.
 */
function literalUnionsPlugin() {
  const sets = new Map();
  return {
    name: 'SCN - LITERAL-UNIONS',
    initialize() {
      for (const url of coreSources) {
        collectLiteralSets(ts.createSourceFile(url.pathname, readFileSync(url, 'utf8'), ts.ScriptTarget.ES2015, true), sets);
      }
    },
    collectPhase({ node }) {
      if (ts.isSourceFile(node)) collectLiteralSets(node, sets);
    },
    packageLinkPhase({ customElementsManifest }) {
      const expand = (text) =>
        text
          .split('|')
          .map((part) => part.trim())
          .flatMap((part) => sets.get(part)?.map((v) => `'${v}'`) ?? [part])
          .join(' | ');
      for (const d of declarationsOf(customElementsManifest)) {
        for (const item of [...(d.attributes ?? []), ...(d.members ?? [])]) {
          if (item.type?.text) item.type = { ...item.type, text: expand(item.type.text) };
        }
      }
    },
  };
}

/**
 * `@fallback` in a widget's class JSDoc: what its tag shows before and without its script. Its first
 * line says what that is, the rest is an example of the HTML a partner writes inside the tag. The
 * analyzer drops tags it does not know, so keep it as `fallback: { note, html }` on the class: the
 * embed README, the self-host guide and the release tests read it from the manifest.
 */
function fallbackPlugin() {
  /** class name → its fallback */
  const found = new Map();
  return {
    name: 'SCN - FALLBACK',
    analyzePhase({ ts: tsApi, node }) {
      if (!tsApi.isClassDeclaration(node) || !node.name) return;
      for (const tag of tsApi.getJSDocTags(node)) {
        if (tag.tagName.text !== 'fallback') continue;
        const [note, ...html] = (tsApi.getTextOfJSDocComment(tag.comment) ?? '').split('\n');
        found.set(node.name.text, { note: note.trim(), html: html.join('\n').trim() });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const d of declarationsOf(customElementsManifest)) {
        if (d.kind === 'class' && found.has(d.name)) d.fallback = found.get(d.name);
      }
    },
  };
}

/**
 * `export const NAME = 'literal'` (a string, number or plain template) of a source file, as the
 * literal's source text, into `into` by name.
 */
function collectConstants(sourceFile, into) {
  for (const statement of sourceFile.statements) {
    if (!ts.isVariableStatement(statement) || !(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const value = declaration.initializer;
      if (!ts.isIdentifier(declaration.name) || !value) continue;
      if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) into.set(declaration.name.text, { text: `'${value.text}'`, type: 'string' });
      else if (ts.isNumericLiteral(value)) into.set(declaration.name.text, { text: value.text, type: 'number' });
    }
  }
}

/**
 * Defaults written as a constant (`networks = DEFAULT_NETWORKS`, `timeout = DEFAULT_TIMEOUT`, or
 * `@default MEMBERSHIP_URL` in JSDoc) show the constant's value, which is what a page author needs
 * to know, not its name; the constant is read from the widget's sources or core's, never copied.
 * An attribute without a type gets the constant's (`string`), so tools offer a text field.
 */
function constantDefaultsPlugin() {
  const constants = new Map();
  return {
    name: 'SCN - CONSTANT-DEFAULTS',
    initialize() {
      const coreDir = new URL('../packages/core/src/', import.meta.url);
      for (const file of readdirSync(coreDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))) {
        const url = new URL(file, coreDir);
        collectConstants(ts.createSourceFile(url.pathname, readFileSync(url, 'utf8'), ts.ScriptTarget.ES2015, true), constants);
      }
    },
    collectPhase({ node }) {
      if (ts.isSourceFile(node)) collectConstants(node, constants);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const d of customElementsManifest.modules.flatMap((mod) => mod.declarations ?? [])) {
        for (const item of [...(d.attributes ?? []), ...(d.members ?? [])]) {
          const constant = typeof item.default === 'string' ? constants.get(item.default.trim()) : undefined;
          if (!constant) continue;
          item.default = constant.text;
          if (!item.type?.text) item.type = { text: constant.type };
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.test.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  quiet: true,
  plugins: [coreBaseClassPlugin(), defineElementCallsPlugin(), namedEventsPlugin(), inheritedFromCorePlugin(), summaryParagraphPlugin(), publicApiOnlyPlugin(), literalUnionsPlugin(), fallbackPlugin(), constantDefaultsPlugin()],
};
