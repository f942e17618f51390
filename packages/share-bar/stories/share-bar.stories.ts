import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define.js';

interface Args {
  url: string;
  text: string;
  networks: string;
  layout: 'horizontal' | 'vertical';
  size: 's' | 'm' | 'l';
  labels: boolean;
  theme: '' | 'light' | 'dark' | 'brand';
}

const ALL = 'facebook linkedin x bluesky mastodon threads whatsapp telegram email copy';

const bar = ({ url, text, networks, layout, size, labels, theme }: Args) =>
  html`<scn-share-bar
    url=${url || nothing}
    text=${text || nothing}
    networks=${networks || nothing}
    layout=${layout}
    size=${size}
    ?labels=${labels}
    theme=${theme || nothing}
  ></scn-share-bar>`;

const meta: Meta<Args> = {
  title: 'Widgets/Share bar',
  component: 'scn-share-bar',
  args: {
    url: 'https://strongcitiesnetwork.org/news/',
    text: 'Strong Cities Network: cities working together against hate and polarisation',
    networks: '',
    layout: 'horizontal',
    size: 'm',
    labels: false,
    theme: '',
  },
  argTypes: {
    layout: { control: 'inline-radio', options: ['horizontal', 'vertical'] },
    size: { control: 'inline-radio', options: ['s', 'm', 'l'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark', 'brand'] },
  },
  render: (args) => bar(args),
  parameters: {
    docs: {
      description: {
        component: `Shares a page without telling any network about the visitor until they click: each network
is a plain link to its share address, with nothing loaded from it before. Mastodon asks for the visitor's own
server in a dialog (remembered on this device); "Copy link" says "Link copied" to screen readers; a "Share…"
button appears where the browser has a share sheet. \`url\` defaults to the page's canonical link, \`text\` to its
\`og:title\` or title. Listen for the cancelable \`scn-share\` event to count or stop shares. Locale (French, Spanish, Arabic
right to left) and theme (light, dark) come from the toolbar: every state below is shown in each.`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const AllNetworks: Story = { name: 'All networks', args: { networks: ALL } };
export const WithLabels: Story = { name: 'Icons with labels', args: { networks: ALL, labels: true } };
export const Vertical: Story = { args: { layout: 'vertical', labels: true } };
export const VerticalIconsOnly: Story = { name: 'Vertical, icons only', args: { layout: 'vertical' } };
export const Small: Story = { args: { size: 's' } };
export const Large: Story = { args: { size: 'l' } };
export const LargeWithLabels: Story = { name: 'Large with labels', args: { size: 'l', labels: true } };
export const FewNetworks: Story = { name: 'Chosen networks, in order', args: { networks: 'mastodon bluesky email copy', labels: true } };
export const MastodonPrompt: Story = {
  name: 'Mastodon (click to open the server prompt)',
  args: { networks: 'mastodon copy', labels: true },
};
export const Brand: Story = { args: { networks: ALL, labels: true, theme: 'brand' } };


/** Themed from the host page with --scn-* custom properties and ::part. */
export const Themed: Story = {
  name: 'Themed by the host page',
  args: { networks: ALL },
  render: ({ networks }) => html`<style>
      .themed-share {
        --scn-share-radius: var(--scn-radius-s);
        --scn-share-gap: var(--scn-space-1);
        --scn-share-background: var(--scn-color-brand);
        --scn-share-color: var(--scn-color-on-brand);
        --scn-share-background-hover: var(--scn-color-accent);
        --scn-share-color-hover: var(--scn-color-on-accent);
      }
      .themed-share::part(label) {
        font-weight: var(--scn-font-weight-bold);
      }
    </style>
    <scn-share-bar class="themed-share" labels networks=${networks}></scn-share-bar>`,
};

/** A very long title: networks cut it to their own limits; labels wrap onto more lines. */
export const LongText: Story = {
  name: 'Long text, narrow column',
  args: {
    networks: ALL,
    labels: true,
    text: 'Mayors and local leaders from more than two hundred cities met to share what works in preventing hate, extremism and polarisation, '.repeat(6),
  },
  render: (args) => html`<style>
      .narrow-column {
        max-inline-size: 20rem;
      }
    </style>
    <div class="narrow-column">${bar(args)}</div>`,
};

/** Bad input: a javascript: url (the page URL is shared instead), unknown networks (skipped), an unknown size and layout (defaults). Each warns once in the console. */
export const BadInput: Story = {
  name: 'Bad input falls back',
  args: { url: 'javascript:alert(1)', networks: 'linkedin myspace x orkut copy', layout: 'diagonal' as 'horizontal', size: 'xxl' as 'm' },
};

/** No known network at all: the default set is offered, with one warning. */
export const NoKnownNetwork: Story = { name: 'No known network', args: { networks: 'myspace orkut' } };

/** A data: url and empty text: the page's own address and title are shared. */
export const DataUrl: Story = { name: 'data: URL and empty text', args: { url: 'data:text/html,<b>hi</b>', text: '' } };
