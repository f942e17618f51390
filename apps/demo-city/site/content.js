// Valmont's words, in the four languages its site speaks (the widgets' four). Valmont is fictional
// and says so on every page; everything it says about the Strong Cities Network comes from the
// network's public pages, named in SOURCES (one per statement), and nothing more.
export const locales = ['en', 'fr', 'es', 'ar'];

/** The site's pages, in menu order; each key is its path below the locale (`news/x` → /en/news/x.html). */
export const pages = ['index', 'events', 'news/safer-together', 'join'];

/** Where each statement about the network comes from (kept with the words, not shown on the pages but the article's). */
export const SOURCES = {
  about: 'https://strongcitiesnetwork.org/about-us/',
  directory: 'https://strongcitiesnetwork.org/about-us/city-directory/',
  size2024: 'https://strongcitiesnetwork.org/news/national-league-of-cities-and-strong-cities-network-join-forces-to-tackle-rising-hate-racism-and-polarization/',
  steering: 'https://strongcitiesnetwork.org/impact/',
  northAmerica: 'https://strongcitiesnetwork.org/hubs/north-america-regional-hub/',
  transatlantic: 'https://strongcitiesnetwork.org/our-themes/transatlantic-initiative/',
  // the network's French page: the Hague dialogue (100+ people, 40+ endorsing cities) and free membership
  transatlanticFr: 'https://strongcitiesnetwork.org/fr/our-themes/dialogue-transatlantique/',
  findings2024: 'https://strongcitiesnetwork.org/resource/transatlantic-dialogue-initiative-ten-key-findings-in-2024/',
};

export const text = {
  en: {
    city: 'Valmont',
    tagline: 'City Hall online',
    demo: 'Fictional demo city',
    demoNote: 'Valmont is a fictional city that shows how a member city can embed the Strong Cities Network’s widgets.',
    skip: 'Skip to content',
    menu: 'Main menu',
    languages: 'Languages',
    nav: { index: 'Home', events: 'Events', 'news/safer-together': 'News', join: 'Join the network' },
    footer: {
      title: 'City of Valmont',
      text: 'A fictional city, made to show the Strong Cities Network’s widgets on a city website. What it says about the network comes from the network’s public pages.',
      pages: 'On this site',
      network: 'The network’s website',
    },
    index: {
      title: 'Welcome to Valmont',
      lead: 'Valmont is a member of the Strong Cities Network, an independent global network of cities dedicated to addressing all forms of hate, extremism and polarisation at the local level.',
      explore: 'Valmont in the network',
      cards: {
        events: 'Workshops, dialogues and summits where mayors and city officials learn from each other, on a map.',
        'news/safer-together': 'What the network’s Transatlantic Dialogue Initiative brings to cities on both sides of the Atlantic.',
        join: 'Membership is open to local authorities at every sub-national level, and it is free.',
      },
      figures: 'The network in figures',
      stats: [
        ['2015', 'launched at the United Nations'],
        ['230+', 'cities in the network (2024)'],
        ['25', 'member cities on its International Steering Committee'],
      ],
    },
    events: {
      title: 'Events and commitments',
      lead: 'Since October 2021, the network’s Transatlantic Dialogue Initiative has brought mayors, local governments and practitioners together in workshops, dialogues and summits.',
      map: 'Where cities meet',
      mapText: 'The network’s events and where they took place. Choose an event on the map or in the list for its details.',
      commitment: 'Our commitment',
      commitmentText: 'In November 2022, the Transatlantic Mayoral Dialogue at the Peace Palace in The Hague ended with more than 40 cities endorsing the Hague Mayoral Declaration, which aims to advance city-led prevention and response.',
    },
    'news/safer-together': {
      title: 'Safer together: cities on both sides of the Atlantic learn from each other',
      kicker: 'News · Transatlantic Dialogue Initiative',
      lead: 'In October 2021, the Strong Cities Network launched its Transatlantic Dialogue Initiative, with support from the US Department of State, to strengthen cooperation between mayors, local governments and practitioners in preventing extremism, hate and polarisation, and in safeguarding local democracy.',
      share: 'Share this article',
      sections: [
        ['Why work across the Atlantic?', 'Contexts differ from one city to the next, but the drivers of hate and extremism, including growing polarisation, are similar. The initiative gives mayors, city officials and local practitioners a place to share their experience, to understand how the threat is changing, and to adopt practices that work in other cities facing the same challenges.'],
        ['The Hague, November 2022', 'The Transatlantic Mayoral Dialogue brought more than 100 mayors, city officials and practitioners to the Peace Palace in The Hague. The two-day dialogue ended with more than 40 cities endorsing the Hague Mayoral Declaration.'],
        ['2024 in numbers', 'In 2024, Transatlantic Dialogue events in Bratislava, Cape Town, Columbus, Stockholm, Strasbourg and Washington, D.C. convened more than 270 participants, including 46 mayors and other local leaders, from 23 countries.'],
      ],
      sources: 'Sources: the Strong Cities Network’s pages',
    },
    join: {
      title: 'Join the network',
      lead: 'Strong Cities works with all sub-national authorities, from capital cities to rural towns, municipalities, provinces, counties and other regional governments.',
      sections: [
        ['Who can join', 'Membership is open to local authorities at city, municipal or other sub-national level, and it is free. Member cities choose the parts of the network’s work that matter most to them.'],
        ['A global network', 'Launched at the United Nations in 2015, the network counted more than 230 cities in 2024. It has Regional Hubs in East and Southern Africa, the Middle East and North Africa, South Asia and the Western Balkans, and launched its North America Regional Hub in August 2024.'],
      ],
      cta: 'Your city too',
    },
  },
  fr: {
    city: 'Valmont',
    tagline: 'La mairie en ligne',
    demo: 'Ville de démonstration fictive',
    demoNote: 'Valmont est une ville fictive qui montre comment une ville membre peut intégrer les widgets du Strong Cities Network.',
    skip: 'Aller au contenu',
    menu: 'Menu principal',
    languages: 'Langues',
    nav: { index: 'Accueil', events: 'Événements', 'news/safer-together': 'Actualités', join: 'Rejoindre le réseau' },
    footer: {
      title: 'Ville de Valmont',
      text: 'Une ville fictive, créée pour montrer les widgets du Strong Cities Network sur un site municipal. Ce qu’elle dit du réseau vient des pages publiques du réseau.',
      pages: 'Sur ce site',
      network: 'Le site du réseau',
    },
    index: {
      title: 'Bienvenue à Valmont',
      lead: 'Valmont est membre du Strong Cities Network, un réseau mondial et indépendant de villes qui agit contre toutes les formes de haine, d’extrémisme et de polarisation à l’échelle locale.',
      explore: 'Valmont dans le réseau',
      cards: {
        events: 'Ateliers, dialogues et sommets où maires et responsables municipaux apprennent les uns des autres, sur une carte.',
        'news/safer-together': 'Ce que l’initiative de dialogue transatlantique du réseau apporte aux villes des deux côtés de l’Atlantique.',
        join: 'L’adhésion est ouverte aux autorités locales de tout niveau sous-national, et elle est gratuite.',
      },
      figures: 'Le réseau en chiffres',
      stats: [
        ['2015', 'lancé aux Nations unies'],
        ['230+', 'villes dans le réseau (2024)'],
        ['25', 'villes membres à son comité de pilotage international'],
      ],
    },
    events: {
      title: 'Événements et engagements',
      lead: 'Depuis octobre 2021, l’initiative de dialogue transatlantique du réseau réunit maires, gouvernements locaux et praticiens lors d’ateliers, de dialogues et de sommets.',
      map: 'Là où les villes se rencontrent',
      mapText: 'Les événements du réseau et les lieux où ils se sont tenus. Choisissez un événement sur la carte ou dans la liste pour en voir le détail.',
      commitment: 'Notre engagement',
      commitmentText: 'En novembre 2022, le dialogue transatlantique des maires au Palais de la Paix de La Haye s’est conclu par l’approbation, par plus de 40 villes, de la déclaration des maires de La Haye, qui vise à faire progresser la prévention et la réponse menées par les villes.',
    },
    'news/safer-together': {
      title: 'Plus sûrs ensemble : les villes des deux rives de l’Atlantique apprennent les unes des autres',
      kicker: 'Actualités · Dialogue transatlantique',
      lead: 'En octobre 2021, le Strong Cities Network a lancé son initiative de dialogue transatlantique, avec le soutien du Département d’État américain, pour renforcer la coopération entre maires, gouvernements locaux et praticiens dans la prévention de l’extrémisme, de la haine et de la polarisation, et la sauvegarde de la démocratie locale.',
      share: 'Partager cet article',
      sections: [
        ['Pourquoi une approche transatlantique ?', 'Les contextes diffèrent d’une ville à l’autre, mais les moteurs de la haine et de l’extrémisme, y compris la polarisation croissante, sont similaires. L’initiative permet aux maires, aux responsables municipaux et aux praticiens locaux de partager leurs expériences, de mieux comprendre l’évolution de la menace et d’adopter les pratiques qui fonctionnent dans d’autres villes confrontées aux mêmes défis.'],
        ['La Haye, novembre 2022', 'Le dialogue transatlantique des maires a réuni plus de 100 maires, fonctionnaires municipaux et praticiens au Palais de la Paix de La Haye. Ces deux jours se sont conclus par l’approbation de la déclaration des maires de La Haye par plus de 40 villes.'],
        ['2024 en chiffres', 'En 2024, les événements du dialogue transatlantique à Bratislava, au Cap, à Columbus, à Stockholm, à Strasbourg et à Washington ont réuni plus de 270 participants, dont 46 maires et autres élus locaux, venus de 23 pays.'],
      ],
      sources: 'Sources : les pages du Strong Cities Network',
    },
    join: {
      title: 'Rejoindre le réseau',
      lead: 'Strong Cities travaille avec toutes les autorités infranationales, des capitales aux communes rurales, en passant par les municipalités, les provinces, les comtés et les autres gouvernements régionaux.',
      sections: [
        ['Qui peut adhérer', 'L’adhésion à Strong Cities est ouverte aux autorités locales au niveau de la ville, de la municipalité ou d’un autre niveau infranational. L’adhésion est gratuite. Les villes membres choisissent les volets du travail du réseau qui les concernent le plus.'],
        ['Un réseau mondial', 'Lancé aux Nations unies en 2015, le réseau comptait plus de 230 villes en 2024. Il a des pôles régionaux en Afrique de l’Est et australe, au Moyen-Orient et en Afrique du Nord, en Asie du Sud et dans les Balkans occidentaux, et a lancé son pôle régional nord-américain en août 2024.'],
      ],
      cta: 'Votre ville aussi',
    },
  },
  es: {
    city: 'Valmont',
    tagline: 'El ayuntamiento en línea',
    demo: 'Ciudad de demostración ficticia',
    demoNote: 'Valmont es una ciudad ficticia que muestra cómo una ciudad miembro puede integrar los widgets de la Strong Cities Network.',
    skip: 'Saltar al contenido',
    menu: 'Menú principal',
    languages: 'Idiomas',
    nav: { index: 'Inicio', events: 'Eventos', 'news/safer-together': 'Noticias', join: 'Unirse a la red' },
    footer: {
      title: 'Ciudad de Valmont',
      text: 'Una ciudad ficticia, creada para mostrar los widgets de la Strong Cities Network en un sitio municipal. Lo que dice de la red procede de las páginas públicas de la red.',
      pages: 'En este sitio',
      network: 'El sitio de la red',
    },
    index: {
      title: 'Bienvenidos a Valmont',
      lead: 'Valmont es miembro de la Strong Cities Network, una red mundial e independiente de ciudades dedicada a combatir todas las formas de odio, extremismo y polarización en el ámbito local.',
      explore: 'Valmont en la red',
      cards: {
        events: 'Talleres, diálogos y cumbres en los que alcaldes y responsables municipales aprenden unos de otros, en un mapa.',
        'news/safer-together': 'Lo que la Iniciativa de Diálogo Transatlántico de la red aporta a las ciudades de ambas orillas del Atlántico.',
        join: 'La adhesión está abierta a las autoridades locales de cualquier nivel subnacional, y es gratuita.',
      },
      figures: 'La red en cifras',
      stats: [
        ['2015', 'lanzada en las Naciones Unidas'],
        ['230+', 'ciudades en la red (2024)'],
        ['25', 'ciudades miembro en su Comité Directivo Internacional'],
      ],
    },
    events: {
      title: 'Eventos y compromisos',
      lead: 'Desde octubre de 2021, la Iniciativa de Diálogo Transatlántico de la red reúne a alcaldes, gobiernos locales y profesionales en talleres, diálogos y cumbres.',
      map: 'Donde se encuentran las ciudades',
      mapText: 'Los eventos de la red y los lugares donde se celebraron. Elija un evento en el mapa o en la lista para ver sus detalles.',
      commitment: 'Nuestro compromiso',
      commitmentText: 'En noviembre de 2022, el Diálogo Transatlántico de Alcaldes en el Palacio de la Paz de La Haya concluyó con la adhesión de más de 40 ciudades a la Declaración de Alcaldes de La Haya, que busca impulsar la prevención y la respuesta lideradas por las ciudades.',
    },
    'news/safer-together': {
      title: 'Más seguros juntos: las ciudades de ambas orillas del Atlántico aprenden unas de otras',
      kicker: 'Noticias · Diálogo Transatlántico',
      lead: 'En octubre de 2021, la Strong Cities Network lanzó su Iniciativa de Diálogo Transatlántico, con el apoyo del Departamento de Estado de EE. UU., para reforzar la cooperación entre alcaldes, gobiernos locales y profesionales en la prevención del extremismo, el odio y la polarización, y en la salvaguarda de la democracia local.',
      share: 'Compartir este artículo',
      sections: [
        ['¿Por qué un enfoque transatlántico?', 'Los contextos varían de una ciudad a otra, pero los factores del odio y del extremismo, incluida la creciente polarización, son parecidos. La iniciativa ofrece a alcaldes, responsables municipales y profesionales locales un espacio para compartir su experiencia, comprender cómo evoluciona la amenaza y adoptar prácticas que funcionan en otras ciudades con los mismos retos.'],
        ['La Haya, noviembre de 2022', 'El Diálogo Transatlántico de Alcaldes reunió a más de 100 alcaldes, funcionarios municipales y profesionales en el Palacio de la Paz de La Haya. Los dos días concluyeron con la adhesión de más de 40 ciudades a la Declaración de Alcaldes de La Haya.'],
        ['2024 en cifras', 'En 2024, los eventos del Diálogo Transatlántico en Bratislava, Ciudad del Cabo, Columbus, Estocolmo, Estrasburgo y Washington D. C. reunieron a más de 270 participantes, entre ellos 46 alcaldes y otros líderes locales, de 23 países.'],
      ],
      sources: 'Fuentes: las páginas de la Strong Cities Network',
    },
    join: {
      title: 'Unirse a la red',
      lead: 'Strong Cities trabaja con todas las autoridades subnacionales, desde capitales hasta pueblos rurales, municipios, provincias, condados y otros gobiernos regionales.',
      sections: [
        ['Quién puede unirse', 'La adhesión está abierta a las autoridades locales de nivel de ciudad, municipio u otro nivel subnacional, y es gratuita. Las ciudades miembro eligen las partes del trabajo de la red que más les interesan.'],
        ['Una red mundial', 'Lanzada en las Naciones Unidas en 2015, la red contaba con más de 230 ciudades en 2024. Tiene centros regionales en África Oriental y Meridional, Oriente Medio y Norte de África, Asia Meridional y los Balcanes Occidentales, y lanzó su centro regional de América del Norte en agosto de 2024.'],
      ],
      cta: 'Su ciudad también',
    },
  },
  ar: {
    city: 'فالمون',
    tagline: 'البلدية على الإنترنت',
    demo: 'مدينة تجريبية خيالية',
    demoNote: 'فالمون مدينة خيالية تبيّن كيف يمكن لمدينة عضو أن تضمّن أدوات شبكة المدن القوية في موقعها.',
    skip: 'انتقل إلى المحتوى',
    menu: 'القائمة الرئيسية',
    languages: 'اللغات',
    nav: { index: 'الرئيسية', events: 'الفعاليات', 'news/safer-together': 'الأخبار', join: 'انضم إلى الشبكة' },
    footer: {
      title: 'مدينة فالمون',
      text: 'مدينة خيالية أُنشئت لعرض أدوات شبكة المدن القوية على موقع بلدي. ما تقوله عن الشبكة مصدره صفحات الشبكة العامة.',
      pages: 'في هذا الموقع',
      network: 'موقع الشبكة',
    },
    index: {
      title: 'مرحبًا بكم في فالمون',
      lead: 'فالمون عضو في شبكة المدن القوية، وهي شبكة عالمية مستقلة من المدن مكرّسة للتصدي لجميع أشكال الكراهية والتطرف والاستقطاب على المستوى المحلي.',
      explore: 'فالمون في الشبكة',
      cards: {
        events: 'ورش عمل وحوارات وقمم يتعلم فيها رؤساء البلديات والمسؤولون المحليون بعضهم من بعض، على خريطة.',
        'news/safer-together': 'ما تقدّمه مبادرة الحوار عبر الأطلسي للمدن على ضفتي المحيط الأطلسي.',
        join: 'العضوية مفتوحة للسلطات المحلية على كل المستويات دون الوطنية، وهي مجانية.',
      },
      figures: 'الشبكة بالأرقام',
      stats: [
        ['2015', 'انطلقت في الأمم المتحدة'],
        ['230+', 'مدينة في الشبكة (2024)'],
        ['25', 'مدينة عضوًا في لجنتها التوجيهية الدولية'],
      ],
    },
    events: {
      title: 'الفعاليات والالتزامات',
      lead: 'منذ أكتوبر 2021، تجمع مبادرة الحوار عبر الأطلسي التابعة للشبكة رؤساء البلديات والحكومات المحلية والممارسين في ورش عمل وحوارات وقمم.',
      map: 'حيث تلتقي المدن',
      mapText: 'فعاليات الشبكة والأماكن التي أقيمت فيها. اختر فعالية على الخريطة أو في القائمة لعرض تفاصيلها.',
      commitment: 'التزامنا',
      commitmentText: 'في نوفمبر 2022، اختُتم حوار رؤساء البلديات عبر الأطلسي في قصر السلام في لاهاي بتأييد أكثر من 40 مدينة لإعلان لاهاي لرؤساء البلديات، الذي يهدف إلى تعزيز الوقاية والاستجابة بقيادة المدن.',
    },
    'news/safer-together': {
      title: 'أكثر أمانًا معًا: مدن ضفتي الأطلسي تتعلم بعضها من بعض',
      kicker: 'الأخبار · مبادرة الحوار عبر الأطلسي',
      lead: 'في أكتوبر 2021، أطلقت شبكة المدن القوية مبادرة الحوار عبر الأطلسي، بدعم من وزارة الخارجية الأمريكية، لتعزيز التعاون بين رؤساء البلديات والحكومات المحلية والممارسين في منع التطرف والكراهية والاستقطاب وحماية الديمقراطية المحلية.',
      share: 'شارك هذا المقال',
      sections: [
        ['لماذا نهج عبر الأطلسي؟', 'تختلف السياقات من مدينة إلى أخرى، لكن دوافع الكراهية والتطرف، ومنها الاستقطاب المتزايد، متشابهة. تتيح المبادرة لرؤساء البلديات والمسؤولين المحليين والممارسين تبادل تجاربهم، وفهم تطوّر التهديد بشكل أفضل، واعتماد الممارسات الناجحة في مدن أخرى تواجه التحديات نفسها.'],
        ['لاهاي، نوفمبر 2022', 'جمع حوار رؤساء البلديات عبر الأطلسي أكثر من 100 من رؤساء البلديات والمسؤولين المحليين والممارسين في قصر السلام في لاهاي. واختُتم الحوار الذي استمر يومين بتأييد أكثر من 40 مدينة لإعلان لاهاي لرؤساء البلديات.'],
        ['عام 2024 بالأرقام', 'في عام 2024، جمعت فعاليات الحوار عبر الأطلسي في براتيسلافا وكيب تاون وكولومبوس وستوكهولم وستراسبورغ وواشنطن العاصمة أكثر من 270 مشاركًا، منهم 46 من رؤساء البلديات وغيرهم من القادة المحليين، من 23 دولة.'],
      ],
      sources: 'المصادر: صفحات شبكة المدن القوية',
    },
    join: {
      title: 'انضم إلى الشبكة',
      lead: 'تعمل شبكة المدن القوية مع جميع السلطات دون الوطنية، من العواصم إلى البلدات الريفية والبلديات والمقاطعات والأقاليم وغيرها من الحكومات الإقليمية.',
      sections: [
        ['من يمكنه الانضمام', 'العضوية مفتوحة للسلطات المحلية على مستوى المدينة أو البلدية أو أي مستوى آخر دون وطني، وهي مجانية. وتختار المدن الأعضاء جوانب عمل الشبكة الأكثر أهمية لها.'],
        ['شبكة عالمية', 'انطلقت الشبكة في الأمم المتحدة عام 2015، وضمّت أكثر من 230 مدينة في عام 2024. ولها مراكز إقليمية في شرق أفريقيا وجنوبها، والشرق الأوسط وشمال أفريقيا، وجنوب آسيا، وغرب البلقان، وأطلقت مركزها الإقليمي لأمريكا الشمالية في أغسطس 2024.'],
      ],
      cta: 'مدينتك أيضًا',
    },
  },
};
