/**
 * The design system's one source of truth. Everything else (the Lit `css` that widgets adopt,
 * the plain `tokens.css` for host pages, the Storybook tokens page, the contrast test) is derived
 * from these objects. Names become custom properties: `brand` → `--scn-color-brand`.
 */

/** The neutral scale, shared by every colour scheme. */
export const neutral = {
  0: '#ffffff',
  50: '#f5f7fa',
  100: '#e9edf2',
  200: '#d5dce5',
  300: '#b3bdca',
  400: '#8793a5',
  500: '#5b677a',
  600: '#434e60',
  700: '#313a49',
  800: '#212833',
  900: '#131820',
} as const;

/** Semantic colours a widget may use. Each scheme defines every one of them. */
export type ColorToken =
  | 'brand'
  | 'brand-strong'
  | 'on-brand'
  | 'accent'
  | 'on-accent'
  | 'text'
  | 'text-muted'
  | 'surface'
  | 'surface-raised'
  | 'surface-sunken'
  | 'border'
  | 'border-subtle'
  | 'link'
  | 'success'
  | 'error'
  | 'focus';

export type ColorScheme = Record<ColorToken, string>;

/** Strong Cities' deep blue and teal on white. */
export const light: ColorScheme = {
  brand: '#0c3c6e',
  'brand-strong': '#082a4e',
  'on-brand': '#ffffff',
  accent: '#00756f',
  'on-accent': '#ffffff',
  text: neutral[900],
  'text-muted': neutral[600],
  surface: neutral[0],
  'surface-raised': neutral[50],
  'surface-sunken': neutral[100],
  border: neutral[500],
  'border-subtle': neutral[200],
  link: '#0c4f91',
  success: '#17703a',
  error: '#b3261e',
  focus: '#0b63c4',
};

export const dark: ColorScheme = {
  brand: '#8cc2ff',
  'brand-strong': '#b5d8ff',
  'on-brand': '#0a1a2d',
  accent: '#4fd1c5',
  'on-accent': '#062220',
  text: '#eef1f5',
  'text-muted': neutral[300],
  surface: neutral[900],
  'surface-raised': neutral[800],
  'surface-sunken': '#0b0f15',
  border: neutral[400],
  'border-subtle': neutral[700],
  link: '#9ccbff',
  success: '#72d68f',
  error: '#ff8f85',
  focus: '#8cc2ff',
};

/** The network's own colours as the background: for a call to action that should stand out. */
export const brand: ColorScheme = {
  brand: '#ffffff',
  'brand-strong': '#e6eef7',
  'on-brand': '#0c3c6e',
  accent: '#ffd166',
  'on-accent': '#1f1400',
  text: '#ffffff',
  'text-muted': '#d3e1f0',
  surface: '#0c3c6e',
  'surface-raised': '#0f4a86',
  'surface-sunken': '#082a4e',
  border: '#d3e1f0',
  'border-subtle': '#3b6593',
  link: '#ffffff',
  success: '#a6f0bd',
  error: '#ffc9c4',
  focus: '#ffd166',
};

export const schemes = { light, dark, brand } as const;
export type SchemeName = keyof typeof schemes;

/** Windows High Contrast / forced colours: system colours only. */
export const forcedColors: ColorScheme = {
  brand: 'ButtonText',
  'brand-strong': 'ButtonText',
  'on-brand': 'ButtonFace',
  accent: 'Highlight',
  'on-accent': 'HighlightText',
  text: 'CanvasText',
  'text-muted': 'CanvasText',
  surface: 'Canvas',
  'surface-raised': 'Canvas',
  'surface-sunken': 'Canvas',
  border: 'CanvasText',
  'border-subtle': 'GrayText',
  link: 'LinkText',
  success: 'CanvasText',
  error: 'CanvasText',
  focus: 'Highlight',
};

/** Scheme-independent tokens, by group. Names become `--scn-<group>-<name>`. */
export const scale = {
  font: {
    family:
      "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', 'Helvetica Neue', Arial, sans-serif",
    'family-numeric': "ui-rounded, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    'size-xs': '0.75rem',
    'size-s': '0.875rem',
    'size-m': '1rem',
    'size-l': '1.25rem',
    'size-xl': '1.625rem',
    'size-xxl': '2.5rem',
    'weight-regular': '400',
    'weight-medium': '500',
    'weight-bold': '700',
    'line-height-tight': '1.2',
    'line-height-normal': '1.5',
  },
  space: {
    '0': '0',
    '1': '0.25rem',
    '2': '0.5rem',
    '3': '0.75rem',
    '4': '1rem',
    '5': '1.5rem',
    '6': '2rem',
    '7': '3rem',
  },
  radius: { s: '0.25rem', m: '0.5rem', l: '1rem', pill: '999px' },
  shadow: {
    s: '0 1px 2px rgb(0 0 0 / 0.12)',
    m: '0 2px 8px rgb(0 0 0 / 0.16)',
    l: '0 8px 24px rgb(0 0 0 / 0.2)',
  },
  size: { 'target-min': '24px', 'target-comfortable': '44px', 'focus-ring': '3px' },
  duration: { fast: '120ms', normal: '200ms', slow: '400ms', count: '1200ms' },
  easing: { standard: 'cubic-bezier(0.2, 0, 0, 1)' },
} as const;

/** Text/background pairs the system defines for use together, with the WCAG AA minimum each must meet. */
export interface ContrastPair {
  fg: ColorToken;
  bg: ColorToken;
  /** 4.5 for body text, 3 for large text and non-text UI (borders, focus rings, icons). */
  min: 4.5 | 3;
}

export const contrastPairs: readonly ContrastPair[] = [
  { fg: 'text', bg: 'surface', min: 4.5 },
  { fg: 'text', bg: 'surface-raised', min: 4.5 },
  { fg: 'text', bg: 'surface-sunken', min: 4.5 },
  { fg: 'text-muted', bg: 'surface', min: 4.5 },
  { fg: 'text-muted', bg: 'surface-raised', min: 4.5 },
  { fg: 'link', bg: 'surface', min: 4.5 },
  { fg: 'link', bg: 'surface-raised', min: 4.5 },
  { fg: 'on-brand', bg: 'brand', min: 4.5 },
  { fg: 'on-brand', bg: 'brand-strong', min: 4.5 },
  { fg: 'on-accent', bg: 'accent', min: 4.5 },
  { fg: 'success', bg: 'surface', min: 4.5 },
  { fg: 'error', bg: 'surface', min: 4.5 },
  { fg: 'brand', bg: 'surface', min: 3 },
  { fg: 'accent', bg: 'surface', min: 3 },
  { fg: 'border', bg: 'surface', min: 3 },
  { fg: 'focus', bg: 'surface', min: 3 },
  { fg: 'focus', bg: 'surface-raised', min: 3 },
];
