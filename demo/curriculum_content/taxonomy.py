# Demo prose: long sentences are wrapped by hand, as in every app's demo.py.
"""Topics and sectors, with their names and descriptions in every language."""

# slug: {language: (name, description)}; the first language is the source.
TOPICS = {
    "know-your-rights": {
        "en": (
            "Know your rights",
            "The rights every worker has at work, whatever their immigration status.",
        ),
        "es": (
            "Conozca sus derechos",
            "Los derechos que tiene todo trabajador, sin importar su estatus migratorio.",
        ),
        "ht": (
            "Konnen dwa ou",
            "Dwa tout travayè genyen nan travay, kèlkeswa estati imigrasyon yo.",
        ),
        "ar": (
            "اعرف حقوقك",
            "الحقوق التي يتمتع بها كل عامل في العمل، مهما كان وضعه من حيث الهجرة.",
        ),
    },
    "wage-theft": {
        "en": (
            "Wage theft",
            "Unpaid wages and overtime, and how to document and recover them.",
        ),
        "es": (
            "Robo de salario",
            "Salarios y horas extra no pagados, y cómo documentarlos y recuperarlos.",
        ),
        "ht": (
            "Vòl salè",
            "Salè ak lè siplemantè yo pa peye, ak kijan pou dokimante yo epi rekipere yo.",
        ),
        "ar": (
            "سرقة الأجور",
            "الأجور وساعات العمل الإضافية غير المدفوعة، وكيفية توثيقها واستردادها.",
        ),
    },
    "health-and-safety": {
        "en": (
            "Health and safety",
            "Heat, machines, chemicals: hazards at work and how to act on them together.",
        ),
        "es": (
            "Salud y seguridad",
            "Calor, máquinas, químicos: los peligros en el trabajo y cómo actuar juntos ante ellos.",
        ),
        "ht": (
            "Sante ak sekirite",
            "Chalè, machin, pwodui chimik: danje nan travay ak kijan pou aji ansanm.",
        ),
        "ar": (
            "الصحة والسلامة",
            "الحر والآلات والمواد الكيميائية: مخاطر العمل وكيف نواجهها معًا.",
        ),
    },
    "one-on-ones": {
        "en": (
            "One-on-one conversations",
            "The conversation at the heart of organizing: listen, agitate, ask.",
        ),
        "es": (
            "Conversaciones uno a uno",
            "La conversación en el centro de la organización: escuchar, agitar, pedir.",
        ),
        "ht": (
            "Konvèsasyon youn-a-youn",
            "Konvèsasyon ki nan kè òganizasyon an: koute, brase lide, mande.",
        ),
        "ar": (
            "المحادثات الفردية",
            "المحادثة التي هي قلب التنظيم: استمع، وحرّك، واطلب.",
        ),
    },
    "workplace-mapping": {
        "en": (
            "Workplace mapping",
            "Drawing the workplace, its shifts and its natural leaders.",
        ),
        "es": (
            "Mapeo del lugar de trabajo",
            "Dibujar el lugar de trabajo, sus turnos y sus líderes naturales.",
        ),
        "ht": (
            "Kat plas travay la",
            "Desine plas travay la, ekip li yo ak lidè natirèl li yo.",
        ),
        "ar": (
            "رسم خريطة مكان العمل",
            "رسم مكان العمل ونوبات العمل فيه وقادته الطبيعيين.",
        ),
    },
    "campaign-building": {
        "en": (
            "Campaign building",
            "From a grievance to a demand, a target and a plan that wins.",
        ),
        "es": (
            "Construcción de campañas",
            "De una queja a una demanda, un objetivo y un plan para ganar.",
        ),
        "ht": (
            "Bati kanpay",
            "Soti nan yon plent rive nan yon revandikasyon, yon sib ak yon plan pou genyen.",
        ),
        "ar": ("بناء الحملات", "من شكوى إلى مطلب وهدف وخطة تحقق الفوز."),
    },
    "immigrant-workers-rights": {
        "en": (
            "Immigrant workers' rights",
            "Rights at work and during immigration enforcement, and how to protect each other.",
        ),
        "es": (
            "Derechos de los trabajadores inmigrantes",
            "Derechos en el trabajo y ante operativos de inmigración, y cómo protegernos unos a otros.",
        ),
        "ht": (
            "Dwa travayè imigran yo",
            "Dwa nan travay ak pandan operasyon imigrasyon, ak kijan pou nou pwoteje youn lòt.",
        ),
        "ar": (
            "حقوق العمال المهاجرين",
            "الحقوق في العمل وأثناء حملات إنفاذ قوانين الهجرة، وكيف نحمي بعضنا بعضًا.",
        ),
    },
    "facilitation-skills": {
        "en": (
            "Facilitation skills",
            "For peer trainers: leading sessions where everyone learns and takes part.",
        ),
        "es": (
            "Habilidades de facilitación",
            "Para formadores entre pares: dirigir sesiones donde todos aprenden y participan.",
        ),
        "ht": (
            "Konpetans pou anime",
            "Pou fòmatè kanmarad: dirije sesyon kote tout moun aprann e patisipe.",
        ),
        "ar": (
            "مهارات التيسير",
            "للمدرّبين الأقران: قيادة جلسات يتعلم فيها الجميع ويشاركون.",
        ),
    },
    "democratic-meetings": {
        "en": (
            "Democratic meetings",
            "Agendas, roles and decisions everyone can take part in.",
        ),
        "es": (
            "Reuniones democráticas",
            "Agendas, roles y decisiones en las que todos pueden participar.",
        ),
        "ht": (
            "Reyinyon demokratik",
            "Lòd jou, wòl ak desizyon tout moun ka patisipe ladan yo.",
        ),
        "ar": (
            "الاجتماعات الديمقراطية",
            "جداول أعمال وأدوار وقرارات يشارك فيها الجميع.",
        ),
    },
    "coalition-building": {
        "en": (
            "Coalition building",
            "Unions, worker centers and cooperatives working toward shared goals.",
        ),
        "es": (
            "Construcción de coaliciones",
            "Sindicatos, centros de trabajadores y cooperativas trabajando por metas comunes.",
        ),
        "ht": (
            "Bati kowalisyon",
            "Sendika, sant travayè ak kooperativ k ap travay pou menm objektif yo.",
        ),
        "ar": (
            "بناء التحالفات",
            "النقابات ومراكز العمال والتعاونيات تعمل معًا من أجل أهداف مشتركة.",
        ),
    },
}

SECTORS = {
    "farm-work": {
        "en": ("Farm work", "Dairy farms, orchards, vegetable fields and greenhouses."),
        "es": (
            "Trabajo agrícola",
            "Lecherías, huertos, campos de hortalizas e invernaderos.",
        ),
        "ht": ("Travay agrikòl", "Fèm lèt, jaden fwi, jaden legim ak sè."),
        "ar": (
            "العمل الزراعي",
            "مزارع الألبان والبساتين وحقول الخضروات والبيوت المحمية.",
        ),
    },
    "factory-and-food-processing": {
        "en": (
            "Factory and food processing",
            "Meat, dairy and food processing plants, and manufacturing.",
        ),
        "es": (
            "Fábricas y procesamiento de alimentos",
            "Plantas procesadoras de carne, lácteos y alimentos, y manufactura.",
        ),
        "ht": ("Faktori ak tretman manje", "Izin vyann, lèt ak manje, ak manifakti."),
        "ar": (
            "المصانع وتجهيز الأغذية",
            "مصانع تجهيز اللحوم والألبان والأغذية، والتصنيع.",
        ),
    },
    "youth-workers": {
        "en": ("Youth workers", "Young workers in fast food, retail and summer jobs."),
        "es": (
            "Trabajadores jóvenes",
            "Jóvenes que trabajan en comida rápida, tiendas y empleos de verano.",
        ),
        "ht": (
            "Jèn travayè",
            "Jèn k ap travay nan fast-food, nan magazen ak nan travay ete.",
        ),
        "ar": (
            "العمال الشباب",
            "الشباب العاملون في مطاعم الوجبات السريعة ومتاجر التجزئة والوظائف الصيفية.",
        ),
    },
    "care-work": {
        "en": ("Care work", "Home health aides, child care and elder care."),
        "es": (
            "Trabajo de cuidado",
            "Asistentes de salud a domicilio, cuidado infantil y cuidado de personas mayores.",
        ),
        "ht": ("Travay swen", "Ayid sante lakay, gade timoun ak okipe granmoun."),
        "ar": (
            "أعمال الرعاية",
            "مساعدو الرعاية الصحية المنزلية ورعاية الأطفال ورعاية كبار السن.",
        ),
    },
    "hospitality": {
        "en": ("Hospitality", "Restaurants, hotels and food service."),
        "es": ("Hostelería", "Restaurantes, hoteles y servicios de comida."),
        "ht": ("Otèlri", "Restoran, otèl ak sèvis manje."),
        "ar": ("الضيافة", "المطاعم والفنادق وخدمات الطعام."),
    },
    # Partner organizations organize in these too (see partners/demo.py).
    "warehouse-logistics": {
        "en": (
            "Warehouse and logistics",
            "Warehouses, distribution centers, delivery and trucking.",
        ),
        "es": (
            "Almacenes y logística",
            "Almacenes, centros de distribución, reparto y transporte de carga.",
        ),
        "ht": (
            "Depo ak lojistik",
            "Depo, sant distribisyon, livrezon ak transpò kamyon.",
        ),
        "ar": (
            "المستودعات والخدمات اللوجستية",
            "المستودعات ومراكز التوزيع والتوصيل والنقل بالشاحنات.",
        ),
    },
    "construction": {
        "en": ("Construction", "Building trades, renovation, roofing and site work."),
        "es": (
            "Construcción",
            "Oficios de la construcción, remodelación, techos y trabajo en obra.",
        ),
        "ht": (
            "Konstriksyon",
            "Metye konstriksyon, renovasyon, twati ak travay sou chantye.",
        ),
        "ar": (
            "البناء",
            "حِرف البناء والترميم وتركيب الأسقف والعمل في مواقع البناء.",
        ),
    },
    "domestic-work": {
        "en": (
            "Domestic work",
            "Cleaning, cooking and caring for families in private homes.",
        ),
        "es": (
            "Trabajo del hogar",
            "Limpieza, cocina y cuidado de familias en casas particulares.",
        ),
        "ht": ("Travay domestik", "Netwayaj, fè manje ak okipe fanmi lakay moun."),
        "ar": (
            "العمل المنزلي",
            "التنظيف والطبخ ورعاية الأسر في المنازل الخاصة.",
        ),
    },
}
