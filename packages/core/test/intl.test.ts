import { expect } from '@open-wc/testing';
import { dateTimeFormat, intlLocale, numberFormat, pluralRules } from '../src/index.js';

describe('intl', () => {
  it('writes Arabic-Indic digits in Arabic, Latin digits elsewhere', () => {
    expect(intlLocale('ar')).to.equal('ar-u-nu-arab');
    expect(numberFormat('ar').format(2022)).to.equal('٢٬٠٢٢');
    expect(numberFormat('ar', { useGrouping: false }).format(2022)).to.equal('٢٠٢٢');
    expect(dateTimeFormat('ar', { year: 'numeric', timeZone: 'UTC' }).format(new Date('2022-11-15'))).to.equal('٢٠٢٢');
    expect(numberFormat('fr').format(1234)).to.match(/^1\s234$/);
    expect(numberFormat('en').format(1234)).to.equal('1,234');
  });

  it('makes one formatter per locale and options, shared by every caller', () => {
    expect(numberFormat('fr')).to.equal(numberFormat('fr'));
    expect(numberFormat('fr', { notation: 'compact' })).to.equal(numberFormat('fr', { notation: 'compact' }));
    expect(numberFormat('fr', { notation: 'compact' })).not.to.equal(numberFormat('fr'));
    expect(numberFormat('es')).not.to.equal(numberFormat('fr'));
    expect(dateTimeFormat('en', { dateStyle: 'long' })).to.equal(dateTimeFormat('en', { dateStyle: 'long' }));
    expect(pluralRules('en')).to.equal(pluralRules('en'));
    expect(pluralRules('en').select(1)).to.equal('one');
    expect(pluralRules('ar').select(0)).to.equal('zero');
  });
});
