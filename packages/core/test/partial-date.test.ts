import { expect } from '@open-wc/testing';
import { formatPartialDate, formatPartialRange, parsePartialDate, type PartialDate } from '../src/index.js';

const date = (iso: string): PartialDate => {
  const parsed = parsePartialDate(iso);
  if (!parsed) throw new Error(`${iso} did not parse`);
  return parsed;
};

describe('partial dates', () => {
  it('reads a year, a month, a day or a date-time, each only as precise as written', () => {
    expect(date('2022')).to.include({ precision: 'year', year: 2022, iso: '2022' });
    expect(date('2022').first.toISOString()).to.equal('2022-01-01T00:00:00.000Z');
    expect(date('2022').last.toISOString()).to.equal('2022-12-31T23:59:59.999Z');
    expect(date('2022-04')).to.include({ precision: 'month', year: 2022 });
    expect(date('2022-04').last.toISOString()).to.equal('2022-04-30T23:59:59.999Z');
    expect(date('2024-02').last.toISOString()).to.equal('2024-02-29T23:59:59.999Z');
    expect(date(' 2022-11-15 ')).to.include({ precision: 'day', iso: '2022-11-15' });
    expect(date('2022-11-15').last.toISOString()).to.equal('2022-11-15T23:59:59.999Z');
    expect(date('2022-12-31').last.toISOString()).to.equal('2022-12-31T23:59:59.999Z');
    const timed = date('2022-11-15T09:30:00+01:00');
    expect(timed.precision).to.equal('time');
    expect(timed.first.toISOString()).to.equal('2022-11-15T08:30:00.000Z');
    expect(timed.last.getTime()).to.equal(timed.first.getTime());
  });

  it('refuses what is not a real date', () => {
    const bad: unknown[] = [
      '1', '0', '-1', '3.5', '007', '2022-13', '2022-00', '2022-02-30', '2023-02-29', '2022-04-31',
      '0000', '0000-01', '22-04', '2022-4', '2022-04-5', '15/11/2022', '2022-11-15T25:00', 'soon', '',
      ' ', 2022, 20221115, null, undefined, {}, ['2022'],
    ];
    for (const value of bad) expect(parsePartialDate(value), JSON.stringify(value)).to.equal(undefined);
    expect(parsePartialDate('2024-02-29')?.precision).to.equal('day');
  });

  it('accepts only the precisions asked for', () => {
    const monthOrDay = ['month', 'day'] as const;
    expect(parsePartialDate('2022', monthOrDay)).to.equal(undefined);
    expect(parsePartialDate('2022-11T10:00', monthOrDay)).to.equal(undefined);
    expect(parsePartialDate('2022-11-15T10:00Z', monthOrDay)).to.equal(undefined);
    expect(parsePartialDate('2022-11', monthOrDay)?.precision).to.equal('month');
    expect(parsePartialDate('2022-11-15', monthOrDay)?.precision).to.equal('day');
  });

  it('writes each precision in every locale, never a day it does not have', () => {
    const cases: [string, Record<'en' | 'fr' | 'es' | 'ar', string>][] = [
      ['2022', { en: '2022', fr: '2022', es: '2022', ar: '٢٠٢٢' }],
      ['2022-04', { en: 'April 2022', fr: 'avril 2022', es: 'abril de 2022', ar: 'أبريل ٢٠٢٢' }],
      ['2022-11-15', { en: 'November 15, 2022', fr: '15 novembre 2022', es: '15 de noviembre de 2022', ar: '١٥ نوفمبر ٢٠٢٢' }],
    ];
    for (const [iso, byLocale] of cases) {
      for (const [locale, text] of Object.entries(byLocale)) {
        expect(formatPartialDate(date(iso), locale as 'en'), `${iso} in ${locale}`).to.equal(text);
      }
    }
  });

  it('shows the first day of a year or month nowhere', () => {
    for (const locale of ['en', 'fr', 'es', 'ar'] as const) {
      expect(formatPartialDate(date('2022-04'), locale)).not.to.match(/\b1\b|١(?![٠-٩])/);
      expect(formatPartialDate(date('2022'), locale)).not.to.match(/janv|Jan|ene|يناير/i);
    }
  });

  it('writes periods, merging what the two ends share', () => {
    expect(formatPartialRange(date('2022-11-15'), date('2022-11-16'), 'en')).to.equal('November 15 – 16, 2022');
    expect(formatPartialRange(date('2022-11-15'), date('2022-11-16'), 'fr')).to.equal('15–16 novembre 2022');
    expect(formatPartialRange(date('2022-04'), date('2022-05'), 'en')).to.equal('April – May 2022');
    expect(formatPartialRange(date('2021'), date('2022'), 'en')).to.equal('2021 – 2022');
    expect(formatPartialRange(date('2022-04'), date('2022-04'), 'en')).to.equal('April 2022');
    expect(formatPartialRange(date('2022-04'), undefined, 'es')).to.equal('abril de 2022');
    // different precisions: each end as precise as it is
    expect(formatPartialRange(date('2022-04'), date('2022-05-03'), 'en')).to.equal('April 2022 – May 3, 2022');
  });
});
