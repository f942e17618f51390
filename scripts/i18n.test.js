// The translations check (scripts/i18n.js) on planted XLIFF: it must fail on an English target,
// a missing plural form and a stale exemption. Pure functions only: xliff/ is read, never written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describeProblems, findProblems, formsOf, pluralGroups, readAllowList } from './i18n.js';

const xlf = (locale, list) => `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file target-language="${locale}" source-language="en" original="lit-localize-inputs" datatype="plaintext">
<body>
${list.map(([id, source, target]) => `<trans-unit id="${id}">
  <source>${source}</source>${target === undefined ? '' : `\n  <target>${target}</target>`}
</trans-unit>`).join('\n')}
</body>
</file>
</xliff>`;

const N = '<x id="0" equiv-text="${n}"/>';
/** A plural message with every form, translated by `text(form)`. */
const pluralUnits = (name, text) =>
  ['zero', 'one', 'two', 'few', 'many', 'other'].map((form) => [`${name}.${form}`, `${N} events`, text(form)]);

const good = {
  fr: xlf('fr', [['w.close', 'Close', 'Fermer'], ...pluralUnits('w.count', (f) => `${N} ${f === 'one' ? 'événement' : 'événements'}`)]),
  ar: xlf('ar', [['w.close', 'Close', 'إغلاق'], ...pluralUnits('w.count', (f) => `${N} فعالية ${f}`)]),
};

test('a complete translation passes', () => {
  const problems = findProblems(good);
  assert.deepEqual(problems, { missing: [], unnamed: [], identical: [], plurals: [], stale: [] });
  assert.deepEqual(describeProblems(problems), []);
});

test('fails on a target left in English', () => {
  const planted = { ...good, fr: good.fr.replace('<target>Fermer</target>', '<target>Close</target>') };
  const { identical } = findProblems(planted);
  assert.deepEqual(identical, [{ id: 'w.close', locale: 'fr', source: 'Close' }]);
  assert.match(describeProblems(findProblems(planted)).join('\n'), /identical to the English source[\s\S]*w\.close \(fr\)/);
});

test('fails on a plural form left in English, placeholders and all', () => {
  const english = `<target>${N} events</target>`;
  const planted = { ...good, ar: good.ar.replace(`<target>${N} فعالية few</target>`, english) };
  assert.deepEqual(findProblems(planted).identical.map((i) => `${i.id} ${i.locale}`), ['w.count.few ar']);
});

test('lets an id listed with a reason stay identical, in the listed locales only', () => {
  const planted = {
    fr: good.fr.replace('<target>Fermer</target>', '<target>Close</target>'),
    ar: good.ar.replace('<target>إغلاق</target>', '<target>Close</target>'),
  };
  const allowIdentical = { 'w.close': { locales: ['fr'], reason: 'a brand name' } };
  const { identical, stale } = findProblems(planted, { allowIdentical });
  assert.deepEqual(identical.map((i) => `${i.id} ${i.locale}`), ['w.close ar']);
  assert.deepEqual(stale, []);
});

test('fails on an exemption nothing needs, or one without a reason', () => {
  const allowIdentical = { 'w.close': { locales: ['fr'], reason: 'once identical' }, 'w.gone': { locales: ['ar'], reason: ' ' } };
  const { stale } = findProblems(good, { allowIdentical });
  assert.deepEqual(stale.map((s) => `${s.id} ${s.locale}`), ['w.close fr', 'w.gone *', 'w.gone ar']);
});

test('fails when a locale lacks a form its plural rules select', () => {
  // Arabic selects all six forms: drop "two"
  const withoutTwo = good.ar.replace(/<trans-unit id="w\.count\.two">[\s\S]*?<\/trans-unit>/, '');
  const { plurals } = findProblems({ ...good, ar: withoutTwo });
  assert.deepEqual(plurals, [{ name: 'w.count', locale: 'ar', form: 'two', why: 'no message for this form' }]);
});

test('fails when a plural form is there but untranslated', () => {
  const untranslated = good.fr.replace(/(<trans-unit id="w\.count\.many">\s*<source>[\s\S]*?<\/source>)\s*<target>[\s\S]*?<\/target>/, '$1');
  const { plurals, missing } = findProblems({ ...good, fr: untranslated });
  assert.deepEqual(plurals, [{ name: 'w.count', locale: 'fr', form: 'many', why: 'not translated' }]);
  assert.deepEqual(missing.map((m) => m.id), ['w.count.many']);
});

test('does not ask French for forms it never selects', () => {
  const onlyFrench = good.fr.replace(/<trans-unit id="w\.count\.(zero|two|few)">[\s\S]*?<\/trans-unit>/g, '');
  assert.deepEqual(findProblems({ fr: onlyFrench }).plurals, []);
  assert.deepEqual(formsOf('fr').sort(), ['many', 'one', 'other']);
  assert.deepEqual(formsOf('ar').sort(), ['few', 'many', 'one', 'other', 'two', 'zero']);
});

test('needs the English forms in the source too', () => {
  const noOne = { ar: good.ar.replace(/<trans-unit id="w\.count\.one">[\s\S]*?<\/trans-unit>/, '') };
  const { plurals } = findProblems(noOne);
  assert.deepEqual(plurals.map((p) => `${p.locale} ${p.form}`), ['ar one', 'en one']);
});

test('groups plural forms by message name', () => {
  const groups = pluralGroups(['a.count.one', 'a.count.other', 'a.type.event', 'b.left.few']);
  assert.deepEqual([...groups].map(([name, forms]) => [name, [...forms]]), [['a.count', ['one', 'other']], ['b.left', ['few']]]);
});

test('the committed translations pass, with every exemption explained', () => {
  const xliff = Object.fromEntries(['fr', 'es', 'ar'].map((l) => [l, readFileSync(new URL(`../xliff/${l}.xlf`, import.meta.url), 'utf8')]));
  const allowIdentical = readAllowList();
  assert.deepEqual(describeProblems(findProblems(xliff, { allowIdentical })), []);
  for (const [id, entry] of Object.entries(allowIdentical)) assert.ok(entry.reason.length > 10, `${id}: give a reason`);
  // the widgets' plural messages, with all six forms for Arabic
  const names = [...pluralGroups(xliff.ar.match(/id="[^"]+"/g).map((m) => m.slice(4, -1))).keys()].sort();
  assert.deepEqual(names, ['declaration-counter.endorsed', 'event-map.cluster-name', 'event-map.count', 'event-map.show-more']);
});
