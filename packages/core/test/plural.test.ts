import { expect } from '@open-wc/testing';
import { plural, pluralCategories, type PluralForms } from '../src/index.js';

// each form names itself, so a test sees which one was chosen
const forms = Object.fromEntries(pluralCategories.map((c) => [c, () => c])) as unknown as PluralForms;

describe('plural', () => {
  it('picks the form the locale’s plural rules select', () => {
    const pick = (locale: 'en' | 'fr' | 'es' | 'ar', counts: number[]) => counts.map((n) => plural(n, forms, locale));
    expect(pick('en', [0, 1, 2, 5, 100])).to.deep.equal(['other', 'one', 'other', 'other', 'other']);
    expect(pick('fr', [0, 1, 2, 1000000])).to.deep.equal(['one', 'one', 'other', 'many']);
    expect(pick('es', [0, 1, 2, 1000000])).to.deep.equal(['other', 'one', 'other', 'many']);
    // Arabic: all six
    expect(pick('ar', [0, 1, 2, 3, 10, 11, 99, 100, 102])).to.deep.equal(['zero', 'one', 'two', 'few', 'few', 'many', 'many', 'other', 'other']);
  });

  it('follows the active locale when none is given', () => {
    expect(plural(1, forms)).to.equal('one');
    expect(plural(2, forms)).to.equal('other');
  });

  it('asks only for the chosen form', () => {
    const asked: string[] = [];
    const counting = Object.fromEntries(pluralCategories.map((c) => [c, () => (asked.push(c), c)])) as unknown as PluralForms;
    plural(3, counting, 'ar');
    expect(asked).to.deep.equal(['few']);
  });
});
