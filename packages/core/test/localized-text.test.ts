import { expect } from '@open-wc/testing';
import { isLocalizedText, pickText } from '../src/index.js';

describe('localized text from feeds', () => {
  it('picks the active locale, then English, then the first given', () => {
    const title = { en: 'Workshop', fr: 'Atelier', 'es-ES': 'Taller' };
    expect(pickText(title, 'fr')).to.equal('Atelier');
    expect(pickText(title, 'es')).to.equal('Taller');
    expect(pickText(title, 'ar')).to.equal('Workshop');
    expect(pickText({ de: 'Werkstatt' }, 'fr')).to.equal('Werkstatt');
    expect(pickText('Plain', 'ar')).to.equal('Plain');
    expect(pickText(undefined)).to.equal('');
    // the first key that names the locale; blank texts are passed over
    expect(pickText({ 'fr-CA': 'Atelier (CA)', fr: 'Atelier' }, 'fr')).to.equal('Atelier (CA)');
    expect(pickText({ fr: '  ', es: 'Taller', en: 'Workshop' }, 'fr')).to.equal('Workshop');
    expect(pickText({ fr: '  ', de: 'Werkstatt' }, 'fr')).to.equal('Werkstatt');
  });

  it('recognises valid values only', () => {
    expect(isLocalizedText('x')).to.equal(true);
    expect(isLocalizedText({ fr: 'x' })).to.equal(true);
    for (const bad of ['', '  ', 3, null, [], ['x'], {}, { fr: 3 }, { fr: ' ' }]) {
      expect(isLocalizedText(bad), JSON.stringify(bad)).to.equal(false);
    }
  });
});
