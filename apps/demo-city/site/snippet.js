// The snippet a partner pastes, shared by the demo site and its stress copy.

/**
 * The snippet exactly as the CDN folder's manifest gives it, with only its origin swapped for the
 * demo's CDN (which serves the folder at the same path as the npm CDN).
 * @param {string} cdn  the CDN's origin
 * @param {{ base: string, snippet: string, snippetClassic: string }} manifest
 * @param {'module' | 'classic' | 'none'} [kind]
 */
export function embedTags(cdn, manifest, kind = 'module') {
  if (kind === 'none') return '';
  const snippet = kind === 'classic' ? manifest.snippetClassic : manifest.snippet;
  const base = new URL(manifest.base, cdn);
  return snippet.replaceAll(manifest.base, `${cdn}${base.pathname}`);
}
