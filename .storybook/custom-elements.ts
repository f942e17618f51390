/// <reference types="vite/client" />
// Every widget package's custom-elements.json (written by its build from JSDoc: scripts/cem.js),
// merged into one manifest for Storybook: controls and the autodocs tables (attributes, properties,
// events, slots, parts, CSS custom properties) come from the code. A package not built yet is
// simply absent; run `npm run build` (or `npm start`) first.

interface ManifestModule {
  path: string;
  declarations?: unknown[];
  exports?: unknown[];
}
interface Manifest {
  schemaVersion: string;
  modules: ManifestModule[];
}

const manifests = import.meta.glob<Manifest>('../packages/*/custom-elements.json', { eager: true, import: 'default' });

/** One manifest for all packages; module paths say which package they are in. */
export const customElementsManifest: Manifest = {
  schemaVersion: '1.0.0',
  modules: Object.entries(manifests).flatMap(([file, manifest]) => {
    const pkg = file.replace(/^\.\.\/(packages\/[^/]+)\/custom-elements\.json$/, '$1');
    return manifest.modules.map((mod) => ({ ...mod, path: `${pkg}/${mod.path}` }));
  }),
};
