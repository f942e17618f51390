// The embed snippet for the Storybook guides, from the built packages/embed/dist/manifest.json:
// the guides show exactly what the build wrote (version and integrity), never a placeholder.
const found = import.meta.glob('../../packages/embed/dist/manifest.json', { eager: true, import: 'default' });
const manifest = Object.values(found)[0];
if (!manifest) {
  throw new Error('The guides show the embed snippet from packages/embed/dist/manifest.json: run `npm run build` first.');
}

/** `<script type="module" src="https://cdn.jsdelivr.net/npm/@strong-cities/embed@…/dist/loader.js" integrity="…" …>` */
export const snippet = manifest.snippet;
/** The classic (non-module) alternative, every widget in one file. */
export const snippetClassic = manifest.snippetClassic;
/** The snippet and every widget's tag with its no-JS fallback inside. */
export const example = manifest.example;
export const version = manifest.version;
