import { expect } from '@open-wc/testing';
import { frameTitles, frameUnavailable, resetLocale, setLocale } from '../src/index.js';

describe('frame texts', () => {
  afterEach(() => resetLocale());

  it('names every widget’s frame, in the active language', async () => {
    expect(Object.keys(frameTitles).sort()).to.deep.equal([
      'scn-declaration-counter', 'scn-event-map', 'scn-language-toggle', 'scn-membership-cta', 'scn-share-bar',
    ]);
    expect(frameTitles['scn-share-bar']?.()).to.equal('Share this page');
    await setLocale('fr');
    expect(frameTitles['scn-share-bar']?.()).to.equal('Partager cette page');
    expect(frameTitles['scn-membership-cta']?.()).to.equal('Rejoindre le Réseau des villes fortes');
    await setLocale('ar');
    expect(frameTitles['scn-event-map']?.()).to.equal('فعاليات شبكة المدن القوية');
  });

  it('says in the active language that a frame has nothing to show', async () => {
    expect(frameUnavailable()).to.equal('This content cannot be shown here.');
    await setLocale('es');
    expect(frameUnavailable()).to.equal('Este contenido no se puede mostrar aquí.');
  });
});
