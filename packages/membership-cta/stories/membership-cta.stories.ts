import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define.js';

interface Args {
  variant: 'banner' | 'card' | 'compact';
  theme: '' | 'light' | 'dark' | 'brand';
  href: string;
  source: string;
  noTracking: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/Membership call to action',
  component: 'scn-membership-cta',
  args: { variant: 'banner', theme: '', href: '', source: '', noTracking: false },
  argTypes: {
    variant: { control: 'inline-radio', options: ['banner', 'card', 'compact'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark', 'brand'] },
  },
  render: ({ variant, theme, href, source, noTracking }) =>
    html`<scn-membership-cta
      variant=${variant}
      theme=${theme || nothing}
      href=${href || nothing}
      source=${source || nothing}
      ?no-tracking=${noTracking}
    ></scn-membership-cta>`,
  parameters: {
    docs: {
      description: {
        component: `"Is your city a Strong City?": what the network says about membership (open to local authorities,
free), with a real link first, to the network's Member Cities page.
Write the link as ordinary HTML inside the tag: before (or without) JavaScript it is that link; once the
widget is defined it becomes the widget's action. \`source\` adds utm parameters to the link, sent only when
the visitor follows it; \`no-tracking\` leaves the link as given. Switch the locale toolbar for French,
Spanish and Arabic.`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Banner: Story = {};
export const Card: Story = { args: { variant: 'card' } };
export const Compact: Story = { args: { variant: 'compact' } };

export const BannerBrand: Story = { name: 'Banner, brand', args: { theme: 'brand' } };
export const CardBrand: Story = { name: 'Card, brand', args: { variant: 'card', theme: 'brand' } };
export const CompactBrand: Story = { name: 'Compact, brand', args: { variant: 'compact', theme: 'brand' } };

/** The link carries utm_source=lyon&utm_medium=widget&utm_campaign=membership-cta; nothing is sent before a click. */
export const Tracking: Story = { args: { source: 'lyon' } };
export const NoTracking: Story = { name: 'No tracking', args: { source: 'lyon', noTracking: true } };
export const CustomHref: Story = { name: 'Own membership page', args: { href: 'https://city.example/strong-cities', source: 'city-example' } };

/** `href="javascript:…"` is refused with one console warning; the link goes to the membership page. */
export const HostileHref: Story = { name: 'Hostile href (refused)', args: { href: "javascript:alert('hi')" } };
/** A source with spaces and symbols is cleaned ("Ville-de-Lyon") with one warning. */
export const BadSource: Story = { name: 'Bad source (cleaned)', args: { source: ' Ville de Lyon <3 ' } };
/** An unknown variant draws a banner, with one warning. */
export const BadVariant: Story = { name: 'Unknown variant (banner)', render: () => html`<scn-membership-cta variant="popup"></scn-membership-cta>` };

/** The no-JS pattern: a plain link inside the tag. It works before definition and becomes the action after. */
export const PartnerLink: Story = {
  name: 'Partner link (works without JavaScript)',
  render: () => html`<scn-membership-cta source="lyon">
    <a href="https://strongcitiesnetwork.org/about-us/city-directory/">Find out about membership</a>
  </scn-membership-cta>`,
};

/** The same markup as a tag that is never defined: what a visitor sees without JavaScript. */
export const WithoutJavaScript: Story = {
  name: 'Without JavaScript',
  render: () => html`<scn-membership-cta-undefined>
    <h2 slot="heading">Is your city a Strong City?</h2>
    <p slot="body">Membership is open to local authorities at the city, municipal or other sub-national level. Membership is free.</p>
    <a slot="action" href="https://strongcitiesnetwork.org/about-us/city-directory/">Find out about membership</a>
  </scn-membership-cta-undefined>`,
};

export const SlottedOverrides: Story = {
  name: 'Slotted heading, body and action',
  render: () => html`<scn-membership-cta variant="card" source="lyon">
    <h2 slot="heading">Lyon is a Strong City</h2>
    <p slot="body">Since 2019 our city has worked with mayors worldwide against hate and polarisation.</p>
    <a slot="action" href="https://strongcitiesnetwork.org/about-us/city-directory/">Invite your city</a>
  </scn-membership-cta>`,
};

const germanHeading = 'Ist Ihre Stadt eine Stadt der Strong-Cities-Mitgliedschaftsgemeinschaft?';
const germanBody =
  'Die Mitgliedschaft steht kommunalen Gebietskörperschaften auf Stadt-, Gemeinde- oder sonstiger subnationaler Ebene offen. Die Mitgliedschaft ist kostenlos.';
export const LongText: Story = {
  name: 'Long text (German length)',
  render: () => html`<scn-membership-cta>
    <h2 slot="heading">${germanHeading}</h2>
    <p slot="body">${germanBody}</p>
    <a slot="action" href="https://strongcitiesnetwork.org/about-us/city-directory/">Mehr über die Mitgliedschaft in diesem Netzwerk erfahren</a>
  </scn-membership-cta>`,
};

export const LongArabic: Story = {
  name: 'Long text (Arabic)',
  render: () => html`<scn-membership-cta variant="card">
    <h2 slot="heading" dir="rtl" lang="ar">هل مدينتك عضو في شبكة المدن القوية للسلطات المحلية والبلديات؟</h2>
    <p slot="body" dir="rtl" lang="ar">العضوية في شبكة المدن القوية مفتوحة للسلطات المحلية على مستوى المدينة أو البلدية أو غيرها من المستويات دون الوطنية. العضوية مجانية.</p>
    <a slot="action" dir="rtl" lang="ar" href="https://strongcitiesnetwork.org/about-us/city-directory/">تعرّف على العضوية في شبكة المدن القوية</a>
  </scn-membership-cta>`,
};

/** The narrowest phone: text wraps, the button stays whole, nothing scrolls sideways. */
export const Narrow: Story = {
  name: 'Narrow (320px)',
  render: () => html`<div style="display: grid; gap: 1rem; max-inline-size: 320px">
    <scn-membership-cta></scn-membership-cta>
    <scn-membership-cta variant="card"></scn-membership-cta>
    <scn-membership-cta variant="compact"></scn-membership-cta>
  </div>`,
};

// Locales: use the toolbar (en, fr, es, ar). No story pins `globals.locale`: scripts/storybook.test.js runs
// every story in English and in Arabic and checks each widget's direction against that run's locale.
