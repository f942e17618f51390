import { expect } from '@open-wc/testing';
import { oneOf } from '../src/choice.js';

const sizes = ['m', 's', 'l'] as const;

describe('oneOf', () => {
  it('reads a fixed choice trimmed and in any case', () => {
    expect(oneOf('l', sizes)).to.equal('l');
    expect(oneOf('  L ', sizes)).to.equal('l');
  });

  it('gives undefined for anything else', () => {
    for (const value of [undefined, null, '', '  ', 'xl', 'm s', 'ｍ']) expect(oneOf(value, sizes), String(value)).to.equal(undefined);
  });
});
