// Every msg() of ours names its id ({ id: 'share-bar.copy' }); `node scripts/i18n.js check`
// (part of `npm test`) fails on one that does not. @lit/localize's runtime hashes a message's text
// into an id only when none is given: code our bundles would never run, shipped on every page
// (~245 B gzip). Bundles look a message up by its own id only, with no hashing and no cache of
// hashes, so a message without an id would show its English source text: never an error on a
// partner's page.
const ID_GENERATION = './id-generation.js';
const RUNTIME_MSG = /[\\/]@lit[\\/]localize[\\/]internal[\\/]runtime-msg\.js$/;
const NO_ID = '\0scn-no-generated-msg-ids';
const LOOKUP = 'options?.id ?? generateId(template)';

/** @returns {import('vite').Plugin} */
export function explicitMsgIds() {
  return {
    name: 'scn-explicit-msg-ids',
    // before Vite's own resolver, which would find the real file
    enforce: 'pre',
    resolveId(source, importer) {
      return source === ID_GENERATION && importer && RUNTIME_MSG.test(importer) ? NO_ID : null;
    },
    load(id) {
      return id === NO_ID ? 'export const generateMsgId = () => "";\n' : null;
    },
    transform(code, id) {
      if (!RUNTIME_MSG.test(id)) return null;
      // the one place the runtime asks for a generated id; with it gone, generateId and its cache
      // are dead code that the bundler drops
      const at = code.split(LOOKUP).length - 1;
      if (at !== 1) throw new Error(`explicit-msg-ids: @lit/localize's runtime-msg.js no longer reads "${LOOKUP}" once; check this plugin against the new version`);
      return { code: code.replace(LOOKUP, 'options?.id'), map: null };
    },
  };
}
