// The stress copy's words (/stress/hostile/…; the demo site's own are in ../content.js), in the four languages its website speaks (the widgets' four). Fictional city, fictional
// people; the widgets are the real thing.
export const locales = ['en', 'fr', 'es', 'ar'];

export const pages = ['index', 'events', 'news/safer-together'];

export const text = {
  en: {
    city: 'Valmont',
    tagline: 'A city that looks after its neighbours',
    skip: 'Skip to content',
    menu: 'Main menu',
    nav: { index: 'Home', events: 'Events', 'news/safer-together': 'News' },
    footer: 'City of Valmont — Town Hall, 1 Market Square. A fictional city for testing.',
    index: {
      title: 'Welcome to Valmont',
      lead: 'Valmont works with cities around the world to prevent hate, polarisation and violent extremism, and to keep every neighbourhood safe and welcoming.',
      network: 'Our city in the Strong Cities Network',
      networkText: 'Mayors and local leaders share what works. These figures come straight from the network.',
      events: 'Upcoming events',
      share: 'Share this page',
    },
    events: {
      title: 'Events',
      lead: 'Workshops, summits and local meetings where cities learn from each other.',
      share: 'Share the events page',
    },
    'news/safer-together': {
      title: 'Safer together: Valmont joins the network',
      date: 'Published 3 November 2026',
      lead: 'The city council voted unanimously to join the Strong Cities Network and to host a regional workshop next spring.',
      body: [
        'The decision follows a year of listening sessions in every district, where residents, youth workers and faith leaders described what makes them feel safe — and what does not.',
        '“Prevention is local,” the mayor said. “We want to learn from cities that have already done this well, and share what we learn.”',
        'The workshop will be open to the public. Registration opens in January.',
      ],
      share: 'Share this article',
    },
  },
  fr: {
    city: 'Valmont',
    tagline: 'Une ville qui prend soin de ses voisins',
    skip: 'Aller au contenu',
    menu: 'Menu principal',
    nav: { index: 'Accueil', events: 'Événements', 'news/safer-together': 'Actualités' },
    footer: 'Ville de Valmont — Hôtel de ville, 1 place du Marché. Une ville fictive pour les tests.',
    index: {
      title: 'Bienvenue à Valmont',
      lead: 'Valmont travaille avec des villes du monde entier pour prévenir la haine, la polarisation et l’extrémisme violent, et pour que chaque quartier reste sûr et accueillant.',
      network: 'Notre ville dans le Strong Cities Network',
      networkText: 'Maires et élus locaux partagent ce qui fonctionne. Ces chiffres viennent directement du réseau.',
      events: 'Événements à venir',
      share: 'Partager cette page',
    },
    events: {
      title: 'Événements',
      lead: 'Ateliers, sommets et rencontres locales où les villes apprennent les unes des autres.',
      share: 'Partager la page des événements',
    },
    'news/safer-together': {
      title: 'Plus sûrs ensemble : Valmont rejoint le réseau',
      date: 'Publié le 3 novembre 2026',
      lead: 'Le conseil municipal a voté à l’unanimité l’adhésion au Strong Cities Network et l’accueil d’un atelier régional au printemps prochain.',
      body: [
        'La décision fait suite à une année de réunions d’écoute dans chaque quartier, où habitants, éducateurs et responsables religieux ont décrit ce qui les fait se sentir en sécurité — et ce qui ne le fait pas.',
        '« La prévention est locale », a déclaré la maire. « Nous voulons apprendre des villes qui l’ont déjà bien fait, et partager ce que nous apprenons. »',
        'L’atelier sera ouvert au public. Les inscriptions ouvrent en janvier.',
      ],
      share: 'Partager cet article',
    },
  },
  es: {
    city: 'Valmont',
    tagline: 'Una ciudad que cuida de sus vecinos',
    skip: 'Saltar al contenido',
    menu: 'Menú principal',
    nav: { index: 'Inicio', events: 'Eventos', 'news/safer-together': 'Noticias' },
    footer: 'Ciudad de Valmont — Ayuntamiento, Plaza del Mercado 1. Una ciudad ficticia para pruebas.',
    index: {
      title: 'Bienvenidos a Valmont',
      lead: 'Valmont trabaja con ciudades de todo el mundo para prevenir el odio, la polarización y el extremismo violento, y para que cada barrio siga siendo seguro y acogedor.',
      network: 'Nuestra ciudad en la Strong Cities Network',
      networkText: 'Alcaldes y responsables locales comparten lo que funciona. Estas cifras proceden directamente de la red.',
      events: 'Próximos eventos',
      share: 'Compartir esta página',
    },
    events: {
      title: 'Eventos',
      lead: 'Talleres, cumbres y encuentros locales en los que las ciudades aprenden unas de otras.',
      share: 'Compartir la página de eventos',
    },
    'news/safer-together': {
      title: 'Más seguros juntos: Valmont se une a la red',
      date: 'Publicado el 3 de noviembre de 2026',
      lead: 'El pleno municipal aprobó por unanimidad unirse a la Strong Cities Network y acoger un taller regional la próxima primavera.',
      body: [
        'La decisión llega tras un año de sesiones de escucha en todos los distritos, en las que vecinos, educadores juveniles y líderes religiosos contaron qué les hace sentirse seguros, y qué no.',
        '«La prevención es local», afirmó la alcaldesa. «Queremos aprender de las ciudades que ya lo han hecho bien y compartir lo que aprendamos».',
        'El taller estará abierto al público. Las inscripciones se abren en enero.',
      ],
      share: 'Compartir este artículo',
    },
  },
  ar: {
    city: 'فالمون',
    tagline: 'مدينة تعتني بجيرانها',
    skip: 'انتقل إلى المحتوى',
    menu: 'القائمة الرئيسية',
    nav: { index: 'الرئيسية', events: 'الفعاليات', 'news/safer-together': 'الأخبار' },
    footer: 'مدينة فالمون — دار البلدية، 1 ساحة السوق. مدينة خيالية لأغراض الاختبار.',
    index: {
      title: 'مرحبًا بكم في فالمون',
      lead: 'تعمل فالمون مع مدن من جميع أنحاء العالم لمنع الكراهية والاستقطاب والتطرف العنيف، وللحفاظ على كل حي آمنًا ومرحِّبًا.',
      network: 'مدينتنا في شبكة المدن القوية',
      networkText: 'يتبادل رؤساء البلديات والقادة المحليون ما ينجح. هذه الأرقام مصدرها الشبكة مباشرة.',
      events: 'الفعاليات القادمة',
      share: 'شارك هذه الصفحة',
    },
    events: {
      title: 'الفعاليات',
      lead: 'ورش عمل وقمم ولقاءات محلية تتعلم فيها المدن بعضها من بعض.',
      share: 'شارك صفحة الفعاليات',
    },
    'news/safer-together': {
      title: 'أكثر أمانًا معًا: فالمون تنضم إلى الشبكة',
      date: 'نُشر في 3 نوفمبر 2026',
      lead: 'صوّت المجلس البلدي بالإجماع على الانضمام إلى شبكة المدن القوية واستضافة ورشة عمل إقليمية في الربيع المقبل.',
      body: [
        'يأتي القرار بعد عام من جلسات الاستماع في كل حي، وصف فيها السكان والعاملون مع الشباب والقادة الدينيون ما يشعرهم بالأمان وما لا يشعرهم به.',
        'قالت رئيسة البلدية: «الوقاية تبدأ محليًا. نريد أن نتعلم من المدن التي نجحت في ذلك، وأن نشارك ما نتعلمه».',
        'ستكون الورشة مفتوحة للجمهور. يبدأ التسجيل في يناير.',
      ],
      share: 'شارك هذا المقال',
    },
  },
};
