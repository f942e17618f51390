import { parseEvents, type MapEvent } from './event-data.js';

// Pages on the network's site, the source of each event's title, place and dates
const SCN = 'https://strongcitiesnetwork.org/';
const NEWS = `${SCN}news/`;

const usa = { en: 'United States', fr: 'États-Unis', es: 'Estados Unidos', ar: 'الولايات المتحدة' };

/**
 * What a bare tag shows: the network's Transatlantic Dialogue Initiative (launched in October 2021)
 * and its global summits, as the network's own pages give them. Titles are the pages' own (in
 * English; the French, Spanish and Arabic are ours); dates are only as precise as the pages (the
 * Helsinki workshop: "April 2022", no day). Each event's `source` is the page its facts come from,
 * and it is also the event's "More about this event" link. Left out, because no page gives their
 * title and date or the place is not confirmed: Oslo and London (2023), Washington, D.C. (2024),
 * the New York side events of the 77th UN General Assembly (no year printed), the Civic Actors
 * conference in Slovakia (no city) and the February 2025 convening co-hosted by Greater Manchester.
 */
const feed = [
  {
    id: 'brussels-2021',
    start: '2021-10-27', end: '2021-10-28',
    title: {
      en: 'Violent Extremism and Polarization Workshop Brussels',
      fr: 'Atelier sur l’extrémisme violent et la polarisation – Bruxelles',
      es: 'Taller sobre extremismo violento y polarización – Bruselas',
      ar: 'ورشة عمل حول التطرف العنيف والاستقطاب – بروكسل',
    },
    city: { en: 'Brussels', fr: 'Bruxelles', es: 'Bruselas', ar: 'بروكسل' },
    country: { en: 'Belgium', fr: 'Belgique', es: 'Bélgica', ar: 'بلجيكا' },
    lat: 50.8503, lon: 4.3517, type: 'workshop',
    source: `${SCN}en/violent-extremism-and-polarization-workshop-brussels/`,
  },
  {
    id: 'helsinki-2022',
    // the page gives the month only: "a week-long visit to Helsinki in April 2022"
    start: '2022-04',
    title: {
      en: 'Strengthening Transatlantic City-Level Cooperation in Preventing Extremism, Hate and Polarisation: The Role Of Mayors and Cities – US-Nordic Experiences',
      fr: 'Renforcer la coopération transatlantique entre villes dans la prévention de l’extrémisme, de la haine et de la polarisation : le rôle des maires et des villes – expériences américaines et nordiques',
      es: 'Reforzar la cooperación transatlántica entre ciudades en la prevención del extremismo, el odio y la polarización: el papel de los alcaldes y las ciudades – experiencias de Estados Unidos y los países nórdicos',
      ar: 'تعزيز التعاون عبر الأطلسي بين المدن في منع التطرف والكراهية والاستقطاب: دور رؤساء البلديات والمدن – تجارب الولايات المتحدة ودول الشمال الأوروبي',
    },
    city: { en: 'Helsinki', ar: 'هلسنكي' },
    country: { en: 'Finland', fr: 'Finlande', es: 'Finlandia', ar: 'فنلندا' },
    lat: 60.1699, lon: 24.9384, type: 'workshop',
    source: `${NEWS}strengthening-trans-atlantic-city-level-cooperation-in-preventing-extremism-hate-and-polarisation-the-role-of-mayors-and-cities-us-nordic-experiences/`,
  },
  {
    id: 'the-hague-2022',
    start: '2022-11-15', end: '2022-11-16',
    title: {
      en: 'Transatlantic Mayoral Dialogue on Preventing Hate, Extremism and Polarisation, and Safeguarding Local Democracy',
      fr: 'Dialogue transatlantique des maires sur la prévention de la haine, de l’extrémisme et de la polarisation, et la sauvegarde de la démocratie locale',
      es: 'Diálogo transatlántico de alcaldes sobre la prevención del odio, el extremismo y la polarización, y la salvaguarda de la democracia local',
      ar: 'الحوار عبر الأطلسي لرؤساء البلديات حول منع الكراهية والتطرف والاستقطاب وحماية الديمقراطية المحلية',
    },
    city: { en: 'The Hague', fr: 'La Haye', es: 'La Haya', ar: 'لاهاي' },
    country: { en: 'Netherlands', fr: 'Pays-Bas', es: 'Países Bajos', ar: 'هولندا' },
    lat: 52.0866, lon: 4.2955, type: 'dialogue',
    source: `${NEWS}transatlantic-mayoral-dialogue-on-preventing-hate-extremism-and-polarisation-and-safeguarding-local-democracy/`,
  },
  {
    id: 'denver-2022',
    start: '2022-12-06', end: '2022-12-07',
    title: {
      en: 'Transatlantic Initiative Strengthening City-Level Cooperation against Extremist- and Hate-Motivated Violence: US – Nordic Experiences',
      fr: 'Initiative transatlantique pour renforcer la coopération entre villes contre la violence motivée par l’extrémisme et la haine : expériences américaines et nordiques',
      es: 'Iniciativa transatlántica para reforzar la cooperación entre ciudades contra la violencia motivada por el extremismo y el odio: experiencias de Estados Unidos y los países nórdicos',
      ar: 'المبادرة عبر الأطلسية لتعزيز التعاون بين المدن ضد العنف بدافع التطرف والكراهية: تجارب الولايات المتحدة ودول الشمال الأوروبي',
    },
    city: { en: 'Denver', ar: 'دنفر' },
    country: usa,
    lat: 39.7392, lon: -104.9903, type: 'workshop',
    source: `${NEWS}strengthening-transatlantic-city-level-cooperation-against-extremist-and-hate-motivated-violence-us-nordic-sharing-in-denver-colorado/`,
  },
  {
    id: 'washington-2023',
    start: '2023-01-19',
    title: {
      en: 'Mayoral Roundtable on Fighting Polarisation and Fortifying Democracy in Cities',
      fr: 'Table ronde des maires sur la lutte contre la polarisation et le renforcement de la démocratie dans les villes',
      es: 'Mesa redonda de alcaldes sobre la lucha contra la polarización y el fortalecimiento de la democracia en las ciudades',
      ar: 'مائدة مستديرة لرؤساء البلديات حول مكافحة الاستقطاب وتعزيز الديمقراطية في المدن',
    },
    city: { en: 'Washington, D.C.', fr: 'Washington', es: 'Washington D. C.', ar: 'واشنطن العاصمة' },
    country: usa,
    lat: 38.9072, lon: -77.0369, type: 'meeting',
    source: `${NEWS}mayoral-roundtable-on-fighting-polarisation-and-fortifying-democracy-in-cities/`,
  },
  {
    id: 'berlin-2023',
    start: '2023-06-15', end: '2023-06-16',
    title: {
      en: 'Transatlantic Initiative: Tapping into the Potential of Mayors and Local Governments in Safeguarding Local Democracy and Maintaining Social Cohesion Amidst a Dynamic Hate and Extremist Threat Landscape',
      fr: 'Initiative transatlantique : mobiliser le potentiel des maires et des gouvernements locaux pour sauvegarder la démocratie locale et maintenir la cohésion sociale face à une menace haineuse et extrémiste en constante évolution',
      es: 'Iniciativa transatlántica: aprovechar el potencial de los alcaldes y los gobiernos locales para salvaguardar la democracia local y mantener la cohesión social ante un panorama cambiante de amenazas de odio y extremismo',
      ar: 'المبادرة عبر الأطلسية: الاستفادة من إمكانات رؤساء البلديات والحكومات المحلية في حماية الديمقراطية المحلية والحفاظ على التماسك الاجتماعي في ظل مشهد متغير من تهديدات الكراهية والتطرف',
    },
    city: { en: 'Berlin', es: 'Berlín', ar: 'برلين' },
    country: { en: 'Germany', fr: 'Allemagne', es: 'Alemania', ar: 'ألمانيا' },
    lat: 52.52, lon: 13.405, type: 'workshop',
    source: `${NEWS}transatlantic-initiative-tapping-into-the-potential-of-mayors-and-local-governments-in-safeguarding-local-democracy-and-maintaining-social-cohesion-amidst-a-dynamic-hate-and-extremist-threat-landscap/`,
  },
  {
    id: 'global-summit-4',
    start: '2023-09-19', end: '2023-09-21',
    title: { en: 'Fourth Global Summit', fr: 'Quatrième Sommet mondial', es: 'Cuarta Cumbre Mundial', ar: 'القمة العالمية الرابعة' },
    city: { en: 'New York City', fr: 'New York', es: 'Nueva York', ar: 'نيويورك' },
    country: usa,
    lat: 40.7128, lon: -74.006, type: 'summit',
    source: `${SCN}fourthglobalsummit/`,
  },
  {
    id: 'bratislava-2024',
    start: '2024-03-06', end: '2024-03-07',
    title: {
      en: 'Transatlantic Dialogue Initiative: Maintaining Community Cohesion in the Midst of Global Crises — The Role of Mayors and Cities',
      fr: 'Initiative de dialogue transatlantique : maintenir la cohésion des communautés au milieu des crises mondiales — le rôle des maires et des villes',
      es: 'Iniciativa de Diálogo Transatlántico: mantener la cohesión de las comunidades en medio de las crisis mundiales — el papel de los alcaldes y las ciudades',
      ar: 'مبادرة الحوار عبر الأطلسي: الحفاظ على تماسك المجتمعات في خضم الأزمات العالمية — دور رؤساء البلديات والمدن',
    },
    city: { en: 'Bratislava', ar: 'براتيسلافا' },
    country: { en: 'Slovakia', fr: 'Slovaquie', es: 'Eslovaquia', ar: 'سلوفاكيا' },
    lat: 48.1486, lon: 17.1077, type: 'workshop',
    source: `${NEWS}transatlantic-dialogue-initiative-maintaining-community-cohesion-in-the-midst-of-global-crises-the-role-of-mayors-and-cities/`,
  },
  {
    id: 'strasbourg-2024',
    start: '2024-05-14', end: '2024-05-15',
    title: {
      en: 'Transatlantic Dialogue Initiative: Elevating the Role of French Cities in Preventing Hate, Violent Extremism and Polarisation, Strengthening Social Cohesion and Safeguarding Local Democracy',
      fr: 'Initiative de dialogue transatlantique : renforcer le rôle des villes françaises dans la prévention de la haine, de l’extrémisme violent et de la polarisation, le renforcement de la cohésion sociale et la sauvegarde de la démocratie locale',
      es: 'Iniciativa de Diálogo Transatlántico: reforzar el papel de las ciudades francesas en la prevención del odio, el extremismo violento y la polarización, el fortalecimiento de la cohesión social y la salvaguarda de la democracia local',
      ar: 'مبادرة الحوار عبر الأطلسي: تعزيز دور المدن الفرنسية في منع الكراهية والتطرف العنيف والاستقطاب، وتعزيز التماسك الاجتماعي، وحماية الديمقراطية المحلية',
    },
    city: { en: 'Strasbourg', es: 'Estrasburgo', ar: 'ستراسبورغ' },
    country: { en: 'France', es: 'Francia', ar: 'فرنسا' },
    lat: 48.5734, lon: 7.7521, type: 'workshop',
    source: `${NEWS}transatlantic-dialogue-initiative-elevating-the-role-of-french-cities-in-preventing-hate-violent-extremism-and-polarisation-strengthening-social-cohesion-and-safeguarding-local-democracy-2/`,
  },
  {
    id: 'stockholm-2024',
    start: '2024-06-03', end: '2024-06-05',
    title: {
      en: 'Transatlantic Dialogue Initiative: City-Led Strategies for Strengthening Community Resilience to Extremist Violence and Hate',
      fr: 'Initiative de dialogue transatlantique : stratégies menées par les villes pour renforcer la résilience des communautés face à la violence extrémiste et à la haine',
      es: 'Iniciativa de Diálogo Transatlántico: estrategias lideradas por las ciudades para reforzar la resiliencia de las comunidades frente a la violencia extremista y el odio',
      ar: 'مبادرة الحوار عبر الأطلسي: استراتيجيات تقودها المدن لتعزيز قدرة المجتمعات على الصمود في وجه العنف المتطرف والكراهية',
    },
    city: { en: 'Stockholm', es: 'Estocolmo', ar: 'ستوكهولم' },
    country: { en: 'Sweden', fr: 'Suède', es: 'Suecia', ar: 'السويد' },
    lat: 59.3293, lon: 18.0686, type: 'workshop',
    source: `${NEWS}transatlantic-dialogue-initiative-city-led-strategies-for-strengthening-community-resilience-to-extremist-violence-and-hate-2/`,
  },
  {
    id: 'columbus-2024',
    start: '2024-09-17', end: '2024-09-19',
    title: {
      en: 'Transatlantic Dialogue Initiative: City Leadership in Maintaining Social Cohesion Amid Global Crises Learning from ‘The Columbus Way’ and Other City-Led Approaches in Europe and North America',
      fr: 'Initiative de dialogue transatlantique : le leadership des villes pour maintenir la cohésion sociale face aux crises mondiales – les leçons de « The Columbus Way » et d’autres approches menées par les villes en Europe et en Amérique du Nord',
      es: 'Iniciativa de Diálogo Transatlántico: el liderazgo de las ciudades para mantener la cohesión social ante las crisis mundiales – lecciones de «The Columbus Way» y de otros enfoques liderados por ciudades en Europa y América del Norte',
      ar: 'مبادرة الحوار عبر الأطلسي: قيادة المدن في الحفاظ على التماسك الاجتماعي وسط الأزمات العالمية – دروس من «نهج كولومبوس» ومن مقاربات أخرى تقودها المدن في أوروبا وأمريكا الشمالية',
    },
    city: { en: 'Columbus', ar: 'كولومبوس' },
    country: usa,
    lat: 39.9612, lon: -82.9988, type: 'workshop',
    source: `${NEWS}article/transatlantic-dialogue-initiative-city-leadership-in-maintaining-social-cohesion-amid-global-crises-learning-from-the-columbus-way-and-other-city-led-approaches-in-europe-and-north-america/`,
  },
  {
    id: 'global-summit-5',
    start: '2024-12-03', end: '2024-12-05',
    title: { en: 'Fifth Global Summit', fr: 'Cinquième Sommet mondial', es: 'Quinta Cumbre Mundial', ar: 'القمة العالمية الخامسة' },
    city: { en: 'Cape Town', fr: 'Le Cap', es: 'Ciudad del Cabo', ar: 'كيب تاون' },
    country: { en: 'South Africa', fr: 'Afrique du Sud', es: 'Sudáfrica', ar: 'جنوب أفريقيا' },
    lat: -33.9249, lon: 18.4241, type: 'summit',
    source: `${NEWS}fifth-global-summit-transatlantic-dialogue-initiative/`,
  },
].map((event) => ({ ...event, url: event.source }));

/** The built-in events, checked like any feed (so the default can never hold a bad entry). */
export const defaultEvents: readonly MapEvent[] = parseEvents(feed)?.events ?? [];
