import { expect } from '@open-wc/testing';
import { isSafeUrl, safeUrl } from '../src/index.js';

const FALLBACK = 'https://fallback.example/';

describe('safeUrl', () => {
  it('keeps http, https and mailto, made absolute', () => {
    expect(safeUrl('https://city.example/a?b=1#c', FALLBACK)).to.equal('https://city.example/a?b=1#c');
    expect(safeUrl('http://city.example', FALLBACK)).to.equal('http://city.example/');
    expect(safeUrl('mailto:info@city.example', FALLBACK)).to.equal('mailto:info@city.example');
    expect(safeUrl('/news/1', FALLBACK)).to.equal(new URL('/news/1', location.href).href);
  });

  const hostile = [
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://city.example/1',
    'http://',
    'https://' + 'a'.repeat(3000) + '.example',
  ];
  for (const value of hostile) {
    it(`refuses ${JSON.stringify(value.slice(0, 40))}`, () => {
      expect(safeUrl(value, FALLBACK)).to.equal(FALLBACK);
      expect(isSafeUrl(value)).to.equal(false);
    });
  }

  it('returns the fallback for non-strings and empty values', () => {
    for (const value of [undefined, null, '', '   ', 42, {}, ['https://x.example']]) {
      expect(safeUrl(value, FALLBACK)).to.equal(FALLBACK);
    }
  });

  it('warns once per refused value when given a context', () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      safeUrl('javascript:void(0)', FALLBACK, '<x-test> href');
      safeUrl('javascript:void(0)', FALLBACK, '<x-test> href');
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<x-test> href').and.contain('javascript:void(0)');
  });
});
