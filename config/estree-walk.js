// The build plugins that rewrite our sources (minify-templates.js, eager-imports.js) find what
// they rewrite in the module's ESTree AST (Rolldown's `this.parse`) with this one walk.

/** Every node of an ESTree AST, depth first. */
export function* walk(node) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* walk(child);
    return;
  }
  if (typeof node.type === 'string') yield node;
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'type' && value && typeof value === 'object') yield* walk(value);
  }
}
