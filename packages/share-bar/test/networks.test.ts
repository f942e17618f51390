import { expect } from '@open-wc/testing';
import { cut, mastodonHref, networks, parseNetworks } from '../src/networks.js';
import { toInstance } from '../src/instance.js';

const url = 'https://city.example/news/1?a=b&c=d';
const text = 'Strong Cities: résumé & more';
const href = (id: keyof typeof networks, t = text, u = url) => {
  const build = networks[id].href;
  if (!build) throw new Error(`${id} has no address`);
  return build(u, t);
};
const param = (address: string, name: string) => new URL(address).searchParams.get(name) ?? '';

describe('share addresses', () => {
  it('Facebook: sharer with the URL', () => {
    expect(href('facebook')).to.equal('https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fcity.example%2Fnews%2F1%3Fa%3Db%26c%3Dd');
  });

  it('LinkedIn: share-offsite with the URL', () => {
    expect(href('linkedin')).to.equal(
      'https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fcity.example%2Fnews%2F1%3Fa%3Db%26c%3Dd',
    );
  });

  it('X: tweet intent with text and URL', () => {
    const address = href('x');
    expect(address.startsWith('https://x.com/intent/tweet?')).to.equal(true);
    expect(param(address, 'text')).to.equal(text);
    expect(param(address, 'url')).to.equal(url);
  });

  it('Bluesky: compose intent with text then URL in one message', () => {
    const address = href('bluesky');
    expect(address.startsWith('https://bsky.app/intent/compose?text=')).to.equal(true);
    expect(param(address, 'text')).to.equal(`${text} ${url}`);
  });

  it('Threads: post intent with text and URL', () => {
    const address = href('threads');
    expect(address.startsWith('https://www.threads.com/intent/post?')).to.equal(true);
    expect(param(address, 'text')).to.equal(text);
    expect(param(address, 'url')).to.equal(url);
  });

  it('WhatsApp: wa.me with text then URL', () => {
    const address = href('whatsapp');
    expect(address.startsWith('https://wa.me/?text=')).to.equal(true);
    expect(param(address, 'text')).to.equal(`${text} ${url}`);
  });

  it('Telegram: share/url with URL and text', () => {
    const address = href('telegram');
    expect(address.startsWith('https://t.me/share/url?')).to.equal(true);
    expect(param(address, 'url')).to.equal(url);
    expect(param(address, 'text')).to.equal(text);
  });

  it('email: mailto with subject and body, spaces as %20 (never "+")', () => {
    const address = href('email');
    expect(address).to.equal(
      'mailto:?subject=Strong%20Cities%3A%20r%C3%A9sum%C3%A9%20%26%20more' +
        '&body=Strong%20Cities%3A%20r%C3%A9sum%C3%A9%20%26%20more%0A%0Ahttps%3A%2F%2Fcity.example%2Fnews%2F1%3Fa%3Db%26c%3Dd',
    );
  });

  it("Mastodon: the visitor's own server's /share with text then URL", () => {
    const address = mastodonHref('mastodon.social', url, text);
    expect(address.startsWith('https://mastodon.social/share?text=')).to.equal(true);
    expect(param(address, 'text')).to.equal(`${text} ${url}`);
  });

  it('copy and Mastodon are not links', () => {
    expect(networks.copy.href).to.equal(undefined);
    expect(networks.mastodon.href).to.equal(undefined);
  });
});

describe('text limits per network', () => {
  const long = 'word '.repeat(200).trim(); // 999 characters
  const chars = (s: string) => [...s].length;

  it('X keeps 280 with the link counted as 23', () => {
    const t = param(href('x', long), 'text');
    expect(chars(t)).to.be.at.most(256);
    expect(t.endsWith('…')).to.equal(true);
  });

  it('Bluesky keeps text and full link within 300', () => {
    const t = param(href('bluesky', long), 'text');
    expect(chars(t)).to.be.at.most(300);
    expect(t.endsWith(` ${url}`)).to.equal(true);
    expect(t).to.contain('…');
  });

  it('Bluesky sends the link alone when the link fills the limit', () => {
    const longUrl = `https://city.example/${'a'.repeat(320)}`;
    expect(param(href('bluesky', long, longUrl), 'text')).to.equal(longUrl);
  });

  it('Threads keeps text and link within 500', () => {
    const t = param(href('threads', long), 'text');
    expect(chars(t) + url.length + 1).to.be.at.most(500);
  });

  it('Mastodon keeps 500 with the link counted as 23', () => {
    const t = param(mastodonHref('mastodon.social', url, long), 'text');
    expect(chars(t) - url.length + 23).to.be.at.most(500);
    expect(t.endsWith(` ${url}`)).to.equal(true);
  });

  it('email subject keeps 200; the body keeps the whole text', () => {
    const address = href('email', long);
    const subject = decodeURIComponent(/subject=([^&]*)/.exec(address)?.[1] ?? '');
    const body = decodeURIComponent(/body=([^&]*)/.exec(address)?.[1] ?? '');
    expect(chars(subject)).to.be.at.most(200);
    expect(body).to.equal(`${long}\n\n${url}`);
  });

  it('WhatsApp and Telegram keep 1000', () => {
    const huge = 'x'.repeat(1500);
    expect(chars(param(href('whatsapp', huge), 'text'))).to.be.at.most(1000);
    expect(chars(param(href('telegram', huge), 'text'))).to.be.at.most(1000);
  });

  it('cuts whole characters, never half an emoji', () => {
    expect(cut('🙂🙂🙂🙂', 3)).to.equal('🙂🙂…');
    expect(cut('short', 10)).to.equal('short');
    expect(cut('anything', 0)).to.equal('');
  });
});

describe('networks attribute', () => {
  it('keeps known names in order, once, whatever the case and spacing', () => {
    expect(parseNetworks('  X\tlinkedin  x\ncopy ')).to.deep.equal({ ids: ['x', 'linkedin', 'copy'], unknown: [] });
  });

  it('sets unknown names apart', () => {
    expect(parseNetworks('myspace linkedin orkut')).to.deep.equal({ ids: ['linkedin'], unknown: ['myspace', 'orkut'] });
  });
});

describe('Mastodon server names', () => {
  it('accepts host names, forgiving pasted addresses and handles', () => {
    expect(toInstance('mastodon.social')).to.equal('mastodon.social');
    expect(toInstance('  Mastodon.Social ')).to.equal('mastodon.social');
    expect(toInstance('https://mastodon.social/@alice')).to.equal('mastodon.social');
    expect(toInstance('@alice@fosstodon.org')).to.equal('fosstodon.org');
    expect(toInstance('social.city-of-example.gov.uk')).to.equal('social.city-of-example.gov.uk');
  });

  it('turns an internationalized name into its ASCII form', () => {
    expect(toInstance('münchen.social')).to.equal('xn--mnchen-3ya.social');
  });

  it('refuses what is not a public host name', () => {
    for (const bad of ['', 'localhost', 'mastodon', 'mastodon.social:8080', 'javascript:alert(1)', 'a b.social',
      'a..social', '-bad.social', '127.0.0.1', 'evil.social"><script>', `${'a'.repeat(64)}.social`]) {
      expect(toInstance(bad), bad).to.equal(undefined);
    }
  });
});

describe('text that is not valid UTF-16', () => {
  // a lone surrogate (e.g. half an emoji cut by a CMS) made encodeURIComponent throw into the page
  for (const bad of ['\uD800', 'a\uDC00b', 'emoji \uD83D', '\uDE00 start']) {
    it(`builds every address for ${JSON.stringify(bad)}`, () => {
      for (const id of Object.keys(networks) as (keyof typeof networks)[]) {
        if (!networks[id].href) continue;
        expect(() => href(id, bad), id).not.to.throw();
        if (href(id, 'TEXT').includes('TEXT')) expect(href(id, bad), id).to.contain('%EF%BF%BD');
      }
    });
  }
});
