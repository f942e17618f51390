import { forcedColors, neutral, scale, schemes, type ColorScheme, type SchemeName } from './tokens.js';

const declarations = (entries: [string, string][]) =>
  entries.map(([name, value]) => `--scn-${name}:${value};`).join('');

const colorDecls = (scheme: ColorScheme) =>
  declarations(Object.entries(scheme).map(([k, v]) => [`color-${k}`, v]));

/**
 * Inside a shadow root `rem` is the host page's root size (`html { font-size: 62.5% }` shrinks it):
 * there each rem token becomes a multiple of `--scn-rem`, which the widget's `:host` sets to its own
 * `font-size: medium`, the visitor's default size (packages/core registers it as a length, so it is
 * inherited as pixels, not re-read against each element's font size).
 */
const remIn = (value: string, unit: 'rem' | 'host'): string =>
  unit === 'rem' ? value : value.replace(/(\d*\.?\d+)rem\b/g, (_m, n: string) => `calc(${n.replace(/^0\./, '.')}*var(--scn-rem))`);

const scaleDecls = (unit: 'rem' | 'host') =>
  declarations(
    Object.entries(scale).flatMap(([group, values]) =>
      Object.entries(values).map(([k, v]): [string, string] => [`${group}-${k}`, remIn(v, unit)]),
    ),
  );

const neutralDecls = () => declarations(Object.entries(neutral).map(([k, v]) => [`neutral-${k}`, v]));

interface Selectors {
  /** receives every token: `:host` in a widget, `:root` on a page */
  root: string;
  /** the root while no explicit theme is chosen: dark when the visitor prefers dark */
  auto: string;
  /** the root with an explicit theme */
  themed: (theme: string) => string;
  /**
   * also the neutral palette (`--scn-neutral-*`): for host pages; widgets use the semantic
   * colours, which hold its values, so inside a shadow root it would be dead weight
   */
  palette?: boolean;
  /** `rem` on a page; `host`: multiples of `--scn-rem` in a shadow root */
  unit: 'rem' | 'host';
  /**
   * schemes with a rule of their own: on a page every one (a light part inside a dark one needs
   * its own); a widget's `:host` nests in no other, and its automatic dark rule leaves
   * `theme=light` alone, so light needs none there
   */
  themes: readonly SchemeName[];
  /** between rules: a line break in tokens.css, which people read; nothing in a widget's bundle */
  separator: string;
  /**
   * the automatic selector also matches every root with one of `themes`, as specifically as their
   * own selectors: forced colours' rule then needs none of theirs to beat them
   */
  autoCoversThemes?: boolean;
}

// in forced colours the system colours must beat every scheme, so their rule (the last one as
// specific) lists the selectors that match with each scheme: the root's alone lost to the more
// specific `theme="light"` and automatic dark ones
const themeNames = Object.keys(schemes) as SchemeName[];

function cssText({ root, auto, themed, palette = false, unit, themes, separator, autoCoversThemes = false }: Selectors): string {
  const zero = declarations(Object.keys(scale.duration).map((k) => [`duration-${k}`, '0ms']));
  const themedRule = (t: SchemeName) => `${themed(t)}{${colorDecls(schemes[t])}color-scheme:${t === 'light' ? 'light' : 'dark'}}`;
  return [
    `${root}{${palette ? neutralDecls() : ''}${scaleDecls(unit)}${colorDecls(schemes.light)}color-scheme:light}`,
    // the chosen dark scheme just before the automatic one: the same values, so it does not matter
    // which of the two applies, and side by side they gzip smaller; every other chosen scheme after
    // the automatic rule, so that where both match (and are as specific) the chosen one wins
    ...themes.filter((t) => t === 'dark').map(themedRule),
    `@media (prefers-color-scheme:dark){${auto}{${colorDecls(schemes.dark)}color-scheme:dark}}`,
    ...themes.filter((t) => t !== 'dark').map(themedRule),
    `@media (forced-colors:active){${[root, auto, ...(autoCoversThemes ? [] : themes.map(themed))].join(',')}{${colorDecls(forcedColors)}}}`,
    `@media (prefers-reduced-motion:reduce){${root}{${zero}}}`,
  ]
    .join(separator)
    .replaceAll(';}', '}');
}

/** Tokens for inside a widget's shadow root; the `theme` attribute picks a scheme. */
export const hostCssText = (): string =>
  cssText({
    root: ':host',
    // every host but theme=light, which keeps the root's light values; theme=brand matches too, and
    // its own rule, as specific and later, wins there
    auto: ':host(:not([theme=light]))',
    themed: (t) => `:host([theme=${t}])`,
    unit: 'host',
    themes: themeNames.filter((t) => t !== 'light'),
    separator: '',
    // `:host(:not([theme=light]))` is as specific as `:host([theme=dark])` and `:host([theme=brand])`
    autoCoversThemes: true,
  });

/** Tokens for a host page (`tokens.css`); `data-scn-theme` on any element picks a scheme below it. */
export const pageCssText = (): string =>
  cssText({
    root: ':root',
    auto: ':root:not([data-scn-theme])',
    themed: (t) => `[data-scn-theme=${t}]`,
    palette: true,
    unit: 'rem',
    themes: themeNames,
    separator: '\n',
  });
