/// <reference types="vite/client" />
// Every widget package's custom-elements.json (written by its build from JSDoc: scripts/cem.js),
// merged into one manifest for Storybook: controls and the autodocs tables (attributes, properties,
// events, slots, parts, CSS custom properties) come from the code. A package not built yet is
// simply absent; run `npm run build` (or `npm start`) first.
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import type { WebComponentsRenderer } from '@storybook/web-components-vite';

interface Item {
  name: string;
  readonly?: boolean;
  [key: string]: unknown;
}
interface Declaration {
  kind: string;
  tagName?: string;
  members?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  [key: string]: unknown;
}
interface ManifestModule {
  path: string;
  declarations?: Declaration[];
  exports?: unknown[];
}
interface Manifest {
  schemaVersion: string;
  modules: ManifestModule[];
}

const manifests = import.meta.glob<Manifest>('../packages/*/custom-elements.json', { eager: true, import: 'default' });

/**
 * Storybook keys its tables by name, so a slot and a part both called `heading` would hide one
 * another, and the default slot (no name) would vanish: name them as a page author writes them.
 */
function forTables(declaration: Declaration): Declaration {
  return {
    ...declaration,
    slots: declaration.slots?.map((s) => ({ ...s, name: s.name ? `slot="${s.name}"` : '(default slot)' })),
    cssParts: declaration.cssParts?.map((p) => ({ ...p, name: `::part(${p.name})` })),
  };
}

/** One manifest for all packages; module paths say which package they are in. */
export const customElementsManifest: Manifest = {
  schemaVersion: '1.0.0',
  modules: Object.entries(manifests).flatMap(([file, manifest]) => {
    const pkg = file.replace(/^\.\.\/(packages\/[^/]+)\/custom-elements\.json$/, '$1');
    return manifest.modules.map((mod) => ({ ...mod, path: `${pkg}/${mod.path}`, declarations: mod.declarations?.map(forTables) }));
  }),
};

/** `tag:property` of read-only properties (getters): documented, but nothing to set. */
const readOnly = new Set(
  customElementsManifest.modules
    .flatMap((m) => m.declarations ?? [])
    .flatMap((d) => (d.members ?? []).filter((m) => m.readonly).map((m) => `${d.tagName}:${m.name}`)),
);

/** The control for a manifest type: a plain text field for strings (not a JSON area needing quotes), a number field for numbers. */
function controlFor(typeText: unknown): { type: 'text' | 'number' } | undefined {
  const type = typeof typeText === 'string' ? typeText.replace(/\s*\|\s*undefined$/, '').trim() : '';
  if (type === 'string') return { type: 'text' };
  if (type === 'number') return { type: 'number' };
  return undefined;
}

/**
 * Controls only for what a page can set: attributes and writable properties, not events, slots,
 * parts or CSS; strings and numbers get a text or number field.
 */
export const controlsForInputsOnly: ArgTypesEnhancer<WebComponentsRenderer> = ({ argTypes, component }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const category = argType.table?.category;
      const input = category === undefined || category === 'attributes' || (category === 'properties' && !readOnly.has(`${String(component)}:${name}`));
      if (!input) return [name, { ...argType, control: false }];
      const control = controlFor(argType.table?.type?.summary);
      return [name, control ? { ...argType, control } : argType];
    }),
  );
