// How the widgets' attributes look in the WordPress admin: field labels. A block's title and icon
// come from the widget's descriptor (packages/<widget>/widget.json), everything else about an
// attribute (its kind, values, default, help text) from its custom-elements.json; these are only
// the words an editor sees beside it.

/** Sidebar labels by attribute name; an attribute not listed gets its name, capitalised. */
export const labels = {
  url: 'Address to share',
  text: 'Text to share',
  labels: 'Show network names',
  theme: 'Colour scheme',
  variant: 'Style',
  remember: 'Remember the choice',
  'sync-document': 'Set the page language too',
  src: 'Feed URL',
  value: 'Count',
  label: 'Declaration',
  href: 'Link',
  updated: 'Last checked',
  notation: 'Number style',
  refresh: 'Refresh every (seconds)',
  timeout: 'Feed timeout (milliseconds)',
  source: 'Source tag',
  'no-tracking': 'No tracking parameters',
  type: 'Event type',
  when: 'Dates',
  today: 'Today (YYYY-MM-DD)',
};

/** Labels of fixed values that are not words (`s`, `m`, `l`); others are capitalised. */
export const valueLabels = { s: 'Small', m: 'Medium', l: 'Large' };

/** Attributes that hold a URL: they pass esc_url (http, https, mailto) and get a URL field. */
export const urlAttributes = new Set(['url', 'href', 'src']);

export const capitalise = (words) => words.charAt(0).toUpperCase() + words.slice(1).replace(/-/g, ' ');
