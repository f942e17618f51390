/** The frame page's file name in the CDN folder. */
export declare const FRAME_FILE: 'frame.html';
/** The iframe's `sandbox` value. */
export declare const FRAME_SANDBOX: string;
/** The class every snippet's iframe carries (`scn-frame`). */
export declare const FRAME_CLASS: 'scn-frame';
/** `source` of every message the frame page and frame-resizer.js exchange. */
export declare const FRAME_MESSAGE_SOURCE: 'strong-cities';
/** The height in a `{ source: 'strong-cities', type: 'resize', height }` message, else undefined. */
export declare function resizeHeight(data: unknown): number | undefined;
/** The iframe's `allow` value. */
export declare const FRAME_ALLOW: string;
/** The frame page's URL for one widget: `frame.html#<tag>&<attribute>=<value>…`. */
export declare function frameUrl(base: string, tag: string, attributes?: Record<string, string | boolean>): string;
/** Splits a frame URL's hash into the tag, its attributes in order, and WordPress's `#?secret=`; validation is the frame page's. */
export declare function parseFrameHash(hash: string): { tag: string; attributes: [string, string][]; secret: string | undefined };
/** The `<iframe>` a partner pastes. */
export declare function frameSnippet(options: {
  base: string;
  tag: string;
  attributes?: Record<string, string | boolean>;
  title: string;
  height: number;
  /** adds `wp-embedded-content`, the class WordPress's embed script resizes */
  wordpress?: boolean;
}): string;
