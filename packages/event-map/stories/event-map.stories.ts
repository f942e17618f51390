/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define.js';
// no-inline: a real file, fetched like a partner's feed (Vite would inline small ones as data: URLs)
import feedUrl from './events.feed.json?url&no-inline';
import brokenFeedUrl from './broken.feed.json?url&no-inline';

interface Args {
  src: string;
  type: string;
  year: string;
  when: string;
  today: string;
  inline: string;
}

/** 1,000 events over Europe and North America, from a fixed seed (the same every time). */
function thousand(): unknown[] {
  let seed = 42;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const types = ['workshop', 'dialogue', 'summit', 'meeting'];
  return Array.from({ length: 1000 }, (_, i) => ({
    id: `e${i}`,
    title: `Example event ${i + 1}`,
    start: `20${15 + (i % 12)}-0${1 + (i % 9)}-15`,
    city: `Town ${i + 1}`,
    lat: 30 + random() * 30,
    lon: -120 + random() * 150,
    type: types[i % types.length],
  }));
}

const badEntries = [
  { id: 'ok', title: 'A good entry', start: '2024-04-04', city: 'Lyon', country: 'France', lat: 45.764, lon: 4.8357, type: 'workshop' },
  { id: 'no-coordinates', title: 'No coordinates', start: '2024-04-04', city: 'Nowhere' },
  { id: 'out-of-range', title: 'Latitude 123', start: '2024-04-04', city: 'Nowhere', lat: 123, lon: 4 },
  { id: 'bad-date', title: 'Bad date', start: '31/02/2024', city: 'Paris', lat: 48.85, lon: 2.35 },
  { id: 'unsafe-url', title: 'Unsafe link', start: '2024-04-04', city: 'Paris', lat: 48.85, lon: 2.35, url: 'javascript:alert(1)' },
];

/** Dates as precise as their sources: a year, a month, a range of months, days. */
const partialDates = [
  { id: 'year', title: 'Workshop (the year is all we know)', start: '2023', city: 'Oslo', country: 'Norway', lat: 59.9139, lon: 10.7522, type: 'workshop' },
  { id: 'month', title: 'Workshop (the month is all we know)', start: '2022-04', city: 'Helsinki', country: 'Finland', lat: 60.1699, lon: 24.9384, type: 'workshop' },
  { id: 'months', title: 'Spring programme', start: '2024-03', end: '2024-05', city: 'Lisbon', country: 'Portugal', lat: 38.7223, lon: -9.1393, type: 'event' },
  { id: 'days', title: 'Two-day dialogue', start: '2022-11-15', end: '2022-11-16', city: 'The Hague', country: 'Netherlands', lat: 52.0866, lon: 4.2955, type: 'dialogue' },
];

const longText = [
  {
    id: 'long',
    title: 'An exceptionally long event title that goes on to test wrapping in the list, the popover and every locale’s layout without breaking anything',
    start: '2024-10-01',
    end: '2024-10-03',
    city: 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch',
    country: 'United Kingdom of Great Britain and Northern Ireland',
    lat: 53.22,
    lon: -4.2,
    type: 'a very long custom kind of event',
    description: 'A description of several sentences. '.repeat(12),
    url: 'https://strongcitiesnetwork.org/',
  },
  { id: 'short', title: 'Short', start: '2024-11-01', city: 'Oslo', lat: 59.91, lon: 10.75, type: 'meeting' },
];

const meta: Meta<Args> = {
  title: 'Widgets/Event map',
  component: 'scn-event-map',
  args: { src: '', type: '', year: '', when: '', today: '', inline: '' },
  argTypes: {
    when: { control: 'inline-radio', options: ['', 'all', 'upcoming', 'past'] },
    inline: { table: { disable: true } },
  },
  render: ({ src, type, year, when, today, inline }) =>
    html`<scn-event-map
      src=${src || nothing}
      type=${type || nothing}
      year=${year || nothing}
      when=${when || nothing}
      today=${today || nothing}
      >${inline ? html`<script type="application/json">${inline}</script>` : nothing}</scn-event-map
    >`,
  parameters: {
    docs: {
      description: {
        component: `The network's events on an SVG map (Natural Earth land shipped with the widget: no tiles, no
third-party request) with an always-present list. A bare tag shows the network's Transatlantic Dialogue
Initiative events and global summits (October 2021 to December 2024), as the network's pages give them. Give
your own events with \`src\` (a JSON feed, see \`feed.schema.json\`) or inline JSON in a child
\`<script type="application/json">\`. Dates are only as precise as you know them: \`2023\`, \`2022-04\` or
\`2022-11-15\`. Keyboard: Tab to the map (arrows pan, + and − zoom, 0 resets), Tab
again to the markers (arrows move between them, Enter opens the details, Escape closes them).`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const Feed: Story = { args: { src: feedUrl, today: '2026-01-01' } };
export const InlineJson: Story = { name: 'Inline JSON', args: { inline: JSON.stringify([...longText.slice(1), ...badEntries.slice(0, 1)]) } };

/** Years, months and days side by side: each shown as precisely as given, sorted by its first possible day. */
export const PartialDates: Story = { name: 'Dates: year, month, day', args: { inline: JSON.stringify(partialDates), today: '2023-06-20' } };

export const FilteredByType: Story = { name: 'Filters: workshops in 2022', args: { type: 'workshop', year: '2022' } };
export const Upcoming: Story = { name: 'Filters: upcoming', args: { src: feedUrl, when: 'upcoming', today: '2026-05-01' } };
export const NothingMatches: Story = { name: 'Filters: nothing matches', args: { type: 'summit' } };

export const Clusters: Story = { name: 'Clusters: 1,000 events', args: { inline: JSON.stringify(thousand()) } };

export const BadEntries: Story = { name: 'Errors: bad entries skipped', args: { inline: JSON.stringify(badEntries) } };
export const BrokenFeed: Story = { name: 'Errors: broken feed keeps the default', args: { src: brokenFeedUrl } };
export const LongText: Story = { name: 'Long text', args: { inline: JSON.stringify(longText) } };

/** A host page restyling the widget through its custom properties and parts. */
export const CustomTheme: Story = {
  name: 'Theme: host colours and parts',
  render: () => html`<style>
      .branded {
        --scn-event-map-marker: var(--scn-color-accent);
        --scn-event-map-on-marker: var(--scn-color-on-accent);
        --scn-event-map-list-height: 16rem;
      }
      .branded::part(map) {
        border-radius: 0;
      }
      .branded::part(item) {
        font-size: var(--scn-font-size-s);
      }
    </style>
    <scn-event-map class="branded"></scn-event-map>`,
};
