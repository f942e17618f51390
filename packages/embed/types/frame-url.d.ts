/** The frame page's file name in the CDN folder. */
export declare const FRAME_FILE: 'frame.html';
/** The iframe's `sandbox` value. */
export declare const FRAME_SANDBOX: string;
/** The iframe's `allow` value. */
export declare const FRAME_ALLOW: string;
/** The frame page's URL for one widget: `frame.html#<tag>&<attribute>=<value>…`. */
export declare function frameUrl(base: string, tag: string, attributes?: Record<string, string | boolean>): string;
/** Splits a frame URL's hash into the tag and its attributes, in order; validation is the frame page's. */
export declare function parseFrameHash(hash: string): { tag: string; attributes: [string, string][] };
/** The `<iframe>` a partner pastes. */
export declare function frameSnippet(options: {
  base: string;
  tag: string;
  attributes?: Record<string, string | boolean>;
  title: string;
  height: number;
}): string;
