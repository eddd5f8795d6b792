"""Demo content for the partners app: the regions, an invented set of partner
organizations, the Syracuse convening of 25 October 2024 with its report, and the
next convening. Every organization, person and address here is invented."""

import html
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

from wagtail.models import Locale, Page

from demo.seeders.site import child_page, home_page, translate_into_all
from demo.seeding import demo_seeder
from partners.choices import PartnerKind
from partners.models import (
    ConveningHost,
    ConveningIndexPage,
    ConveningOutcome,
    ConveningPage,
    ConveningParticipant,
    PartnerIndexPage,
    PartnerLanguage,
    PartnerPage,
    PartnerSector,
)
from taxonomy.models import Region
from translations.localize import translate

NEW_YORK = ZoneInfo("America/New_York")

# Regions: slug, then the name in en, es, ht, ar ---------------------------------
REGIONS = [
    (
        "western-ny",
        "Western New York",
        "Oeste de Nueva York",
        "Lwès New York",
        "غرب نيويورك",
    ),
    (
        "finger-lakes",
        "Finger Lakes",
        "Región de Finger Lakes",
        "Rejyon Finger Lakes",
        "منطقة فينغر ليكس",
    ),
    (
        "central-ny",
        "Central New York",
        "Centro de Nueva York",
        "Sant New York",
        "وسط نيويورك",
    ),
    (
        "north-country",
        "North Country",
        "Región del North Country",
        "Rejyon North Country",
        "منطقة نورث كنتري",
    ),
    (
        "capital-region",
        "Capital Region",
        "Región de la Capital",
        "Rejyon Kapital la",
        "منطقة العاصمة",
    ),
    ("hudson-valley", "Hudson Valley", "Valle del Hudson", "Vale Hudson", "وادي هدسون"),
    (
        "southern-tier",
        "Southern Tier",
        "Región del Southern Tier",
        "Rejyon Southern Tier",
        "منطقة ساذرن تير",
    ),
    (
        "new-york-city",
        "New York City",
        "Ciudad de Nueva York",
        "Vil New York",
        "مدينة نيويورك",
    ),
]
LANGUAGE_COLUMNS = {"es": 2, "ht": 3, "ar": 4}

# The directory and convenings index ----------------------------------------------
PARTNERS_INTRO = (
    "Worker centers, unions, worker cooperatives, community organizations and a "
    "university program across upstate New York. Find the ones near you, in your "
    "sector, that speak your language."
)
PARTNERS_TRANSLATIONS = {
    "es": {
        "Partners": "Organizaciones aliadas",
        PARTNERS_INTRO: (
            "Centros de trabajadores, sindicatos, cooperativas de trabajadores, "
            "organizaciones comunitarias y un programa universitario de todo el norte "
            "del estado de Nueva York. Encuentre los que están cerca de usted, en su "
            "sector y que hablan su idioma."
        ),
    },
    "ht": {
        "Partners": "Òganizasyon patnè",
        PARTNERS_INTRO: (
            "Sant travayè, sendika, kooperativ travayè, òganizasyon kominotè ak yon "
            "pwogram inivèsite nan tout nò eta New York. Jwenn sa ki toupre w, nan "
            "sektè w, epi ki pale lang ou."
        ),
    },
    "ar": {
        "Partners": "المنظمات الشريكة",
        PARTNERS_INTRO: (
            "مراكز عمال ونقابات وتعاونيات عمال ومنظمات مجتمعية وبرنامج جامعي في أنحاء "
            "شمال ولاية نيويورك. ابحث عن القريبة منك، في قطاع عملك، والتي تتحدث لغتك."
        ),
    },
}
CONVENINGS_INTRO = (
    "Partners meet to learn from each other and to plan together. Join the next "
    "convening, or read what past convenings decided."
)
CONVENINGS_TRANSLATIONS = {
    "es": {
        "Convenings": "Encuentros",
        CONVENINGS_INTRO: (
            "Las organizaciones aliadas se reúnen para aprender unas de otras y "
            "planificar juntas. Participe en el próximo encuentro o lea lo que "
            "decidieron los encuentros anteriores."
        ),
    },
    "ht": {
        "Convenings": "Rankont",
        CONVENINGS_INTRO: (
            "Patnè yo rankontre pou yo aprann youn nan men lòt epi planifye ansanm. "
            "Vin nan pwochen rankont lan, oswa li sa rankont ki sot pase yo te deside."
        ),
    },
    "ar": {
        "Convenings": "اللقاءات",
        CONVENINGS_INTRO: (
            "تلتقي المنظمات الشريكة لتتعلم من بعضها وتخطط معًا. انضم إلى اللقاء "
            "القادم، أو اقرأ ما قررته اللقاءات السابقة."
        ),
    },
}

# Partner organizations (all invented) -------------------------------------------
PARTNERS = [
    {
        "slug": "north-country-dairy-workers-center",
        "title": "North Country Dairy Workers' Center",
        "kind": PartnerKind.WORKER_CENTER,
        "region": "north-country",
        "city": "Canton",
        "sectors": ["farm-work"],
        "languages": ["es", "en", "mam", "quc"],
        "website": "https://dairyworkers-northcountry.example.org/",
        "public_email": "info@dairyworkers-northcountry.example.org",
        "public_phone": "(315) 555-0142",
        "introduction": "A worker center for the people who milk, feed and care for the herds on North Country dairy farms.",
        "description": [
            "Dairy farms in the North Country run around the clock, and many of the people who keep them running live on the farm, far from town and from each other. The center visits workers where they are, on Sunday afternoons and after the evening milking, and holds meetings by phone when the roads close in winter.",
            "Workers trained by the center lead sessions on their rights at work, on safety around animals and machinery, and on how to document unpaid hours. Staff and peer trainers speak Spanish, English, Mam and K'iche'.",
        ],
        "es": {
            "North Country Dairy Workers' Center": "Centro de Trabajadores Lecheros del North Country",
            "Canton": "Canton",
            "A worker center for the people who milk, feed and care for the herds on North Country dairy farms.": "Un centro de trabajadores para quienes ordeñan, alimentan y cuidan los hatos en las granjas lecheras del North Country.",
            "Dairy farms in the North Country run around the clock, and many of the people who keep them running live on the farm, far from town and from each other. The center visits workers where they are, on Sunday afternoons and after the evening milking, and holds meetings by phone when the roads close in winter.": "Las granjas lecheras del North Country funcionan día y noche, y muchas de las personas que las mantienen viven en la misma granja, lejos del pueblo y lejos unas de otras. El centro visita a los trabajadores donde están, los domingos por la tarde y después del ordeño de la noche, y organiza reuniones por teléfono cuando el invierno cierra los caminos.",
            "Workers trained by the center lead sessions on their rights at work, on safety around animals and machinery, and on how to document unpaid hours. Staff and peer trainers speak Spanish, English, Mam and K'iche'.": "Trabajadores formados por el centro dirigen sesiones sobre sus derechos en el trabajo, sobre la seguridad con los animales y la maquinaria, y sobre cómo documentar las horas no pagadas. El personal y los capacitadores entre pares hablan español, inglés, mam y k'iche'.",
        },
    },
    {
        "slug": "finger-lakes-farmworker-center",
        "title": "Finger Lakes Farmworker Center",
        "kind": PartnerKind.WORKER_CENTER,
        "region": "finger-lakes",
        "city": "Geneva",
        "sectors": ["farm-work", "factory-and-food-processing"],
        "languages": ["es", "en", "ht", "quc"],
        "website": "https://flfarmworkers.example.org/",
        "public_email": "contacto@flfarmworkers.example.org",
        "public_phone": "(315) 555-0178",
        "introduction": "Farmworkers in the vineyards, orchards and packing houses of the Finger Lakes, organizing for fair pay and safe work.",
        "description": [
            "The center started in a church basement with a handful of apple pickers and now counts members on farms across four counties. Many work seasonal jobs that move from the orchards to the packing houses and food-processing plants when the harvest ends.",
            "Its promotores, farmworkers trained as peer educators, run workshops on heat stress, pesticide exposure and wage theft in Spanish and Haitian Creole, and accompany workers who decide to file a complaint.",
        ],
        "es": {
            "Finger Lakes Farmworker Center": "Centro de Trabajadores Agrícolas de Finger Lakes",
            "Geneva": "Geneva",
            "Farmworkers in the vineyards, orchards and packing houses of the Finger Lakes, organizing for fair pay and safe work.": "Trabajadores agrícolas de los viñedos, huertos y empacadoras de Finger Lakes, organizados por un pago justo y un trabajo seguro.",
            "The center started in a church basement with a handful of apple pickers and now counts members on farms across four counties. Many work seasonal jobs that move from the orchards to the packing houses and food-processing plants when the harvest ends.": "El centro nació en el sótano de una iglesia con un puñado de recolectores de manzana y hoy tiene miembros en granjas de cuatro condados. Muchos tienen trabajos de temporada que pasan de los huertos a las empacadoras y a las plantas procesadoras de alimentos cuando termina la cosecha.",
            "Its promotores, farmworkers trained as peer educators, run workshops on heat stress, pesticide exposure and wage theft in Spanish and Haitian Creole, and accompany workers who decide to file a complaint.": "Sus promotores, trabajadores agrícolas formados como educadores entre pares, dan talleres sobre el estrés por calor, la exposición a pesticidas y el robo de salarios en español y en criollo haitiano, y acompañan a los trabajadores que deciden presentar una queja.",
        },
    },
    {
        "slug": "genesee-valley-workers-assembly",
        "title": "Genesee Valley Workers' Assembly",
        "kind": PartnerKind.COMMUNITY,
        "region": "finger-lakes",
        "city": "Rochester",
        "sectors": [
            "factory-and-food-processing",
            "warehouse-logistics",
            "hospitality",
            "care-work",
        ],
        "languages": ["en", "es", "ne", "so"],
        "website": "https://gvworkersassembly.example.org/",
        "public_email": "assembly@gvworkersassembly.example.org",
        "public_phone": "",
        "introduction": "Labor leaders and rank-and-file members from across Rochester, organizing together beyond any single workplace.",
        "description": [
            "The assembly brings together union members, workers without a union and community allies under a shared statement of purpose and principles of unity. Members pay modest dues, so the assembly answers to them.",
            "It holds public talks in union halls, study groups and a monthly members' meeting, and it connects workers who want to organize with the unions and worker centers that can help.",
        ],
    },
    {
        "slug": "buffalo-home-care-cooperative",
        "title": "Buffalo Home Care Workers Cooperative",
        "kind": PartnerKind.COOPERATIVE,
        "region": "western-ny",
        "city": "Buffalo",
        "sectors": ["care-work"],
        "languages": ["en", "es", "ar", "my", "kar", "sw"],
        "website": "https://buffalohomecare.coop.example.org/",
        "public_email": "members@buffalohomecare.coop.example.org",
        "public_phone": "(716) 555-0119",
        "introduction": "Home care aides in Buffalo who own their agency and set their own schedules.",
        "description": [
            "Members care for older and disabled people in their homes across Erie County. As owners, they decide together on pay, hours and training, and they keep the agency's surplus instead of sending it to investors.",
            "Many members came to Buffalo as refugees. Training happens in small groups, in the languages members speak, with experienced aides teaching newer ones.",
        ],
    },
    {
        "slug": "salt-city-local-418",
        "title": "Salt City Food and Factory Workers, Local 418",
        "kind": PartnerKind.UNION,
        "region": "central-ny",
        "city": "Syracuse",
        "sectors": ["factory-and-food-processing", "warehouse-logistics"],
        "languages": ["en", "es", "so", "uk", "ar"],
        "website": "https://local418.example.org/",
        "public_email": "hall@local418.example.org",
        "public_phone": "(315) 555-0104",
        "introduction": "A union local representing workers in food processing, manufacturing and warehouses around Syracuse.",
        "description": [
            "The local bargains for workers in a dozen plants and distribution centers. Its stewards, elected on each shift, handle grievances and make sure new hires know what the contract says.",
            "The local works closely with worker centers in the region, referring workers from non-union workplaces and sharing its training on health and safety and on running a democratic meeting.",
        ],
    },
    {
        "slug": "worker-center-innovation-hub",
        "title": "Upstate Worker Center Innovation Hub",
        "kind": PartnerKind.UNIVERSITY,
        "region": "southern-tier",
        "city": "Ithaca",
        "sectors": [
            "farm-work",
            "factory-and-food-processing",
            "youth-workers",
            "care-work",
        ],
        "languages": ["en", "es"],
        "website": "https://workercenterhub.example.edu/",
        "public_email": "hub@workercenterhub.example.edu",
        "public_phone": "",
        "introduction": "A university program that designs curriculum with worker centers and trains the people who train others.",
        "description": [
            "The hub's staff and students work with member organizations to turn what organizers already know into training modules, facilitator guides and peer-to-peer curricula, published on this site for anyone to use.",
            "It runs train-the-trainer sessions across the region, studies trends in immigrant worker organizing, and answers partners' requests for trainings.",
        ],
    },
    {
        "slug": "capital-region-youth-workers",
        "title": "Capital Region Youth Workers Project",
        "kind": PartnerKind.COMMUNITY,
        "region": "capital-region",
        "city": "Albany",
        "sectors": ["youth-workers", "hospitality", "warehouse-logistics"],
        "languages": ["en", "es", "ar", "prs"],
        "website": "https://youthworkers-capital.example.org/",
        "public_email": "hello@youthworkers-capital.example.org",
        "public_phone": "",
        "introduction": "Young workers in restaurants, stores and warehouses around Albany, learning their rights and organizing together.",
        "description": [
            "Most members are between sixteen and twenty-four and working their first jobs, often part-time and on unpredictable schedules. The project meets them after school and after shifts, with food.",
            "Members learn how to read a pay stub, what the law says about working hours for minors, and how to talk with co-workers about problems at work. Older members are trained to lead the sessions themselves.",
        ],
    },
    {
        "slug": "southern-tier-local-281",
        "title": "Southern Tier Building Trades Workers, Local 281",
        "kind": PartnerKind.UNION,
        "region": "southern-tier",
        "city": "Binghamton",
        "sectors": ["construction"],
        "languages": ["en", "es", "uk"],
        "website": "https://local281.example.org/",
        "public_email": "apprenticeship@local281.example.org",
        "public_phone": "(607) 555-0163",
        "introduction": "A construction union local with an apprenticeship program open to new immigrants.",
        "description": [
            "The local represents carpenters, laborers and concrete workers across the Southern Tier. Its apprenticeship combines paid work with classes, and it has opened its doors to workers who learned their trade abroad.",
            "Safety is at the center of its training: fall protection, trench safety and the right to refuse dangerous work, taught on site by experienced members.",
        ],
    },
    {
        "slug": "manos-unidas-cooperative",
        "title": "Manos Unidas Domestic Workers Cooperative",
        "kind": PartnerKind.COOPERATIVE,
        "region": "hudson-valley",
        "city": "Newburgh",
        "sectors": ["domestic-work", "care-work"],
        "languages": ["es", "en", "pt"],
        "website": "https://manosunidas-coop.example.org/",
        "public_email": "hola@manosunidas-coop.example.org",
        "public_phone": "(845) 555-0127",
        "introduction": "A cleaning and home care cooperative owned and run by the immigrant women who do the work.",
        "description": [
            "Members share the work, the decisions and the income. Each member has one vote, and the cooperative sets its own rates so that nobody cleans a house for less than a living wage.",
            "The cooperative trains new members in the safe use of cleaning products, in their rights as domestic workers under New York law and in how a cooperative is governed, and it helps other groups in the region that want to start one.",
        ],
        "es": {
            "Manos Unidas Domestic Workers Cooperative": "Cooperativa de Trabajadoras del Hogar Manos Unidas",
            "Newburgh": "Newburgh",
            "A cleaning and home care cooperative owned and run by the immigrant women who do the work.": "Una cooperativa de limpieza y de cuidado en el hogar que pertenece a las mujeres inmigrantes que hacen el trabajo y que ellas mismas dirigen.",
            "Members share the work, the decisions and the income. Each member has one vote, and the cooperative sets its own rates so that nobody cleans a house for less than a living wage.": "Las socias comparten el trabajo, las decisiones y los ingresos. Cada socia tiene un voto, y la cooperativa fija sus propias tarifas para que nadie limpie una casa por menos de un salario digno.",
            "The cooperative trains new members in the safe use of cleaning products, in their rights as domestic workers under New York law and in how a cooperative is governed, and it helps other groups in the region that want to start one.": "La cooperativa capacita a las nuevas socias en el uso seguro de los productos de limpieza, en sus derechos como trabajadoras del hogar según las leyes de Nueva York y en cómo se gobierna una cooperativa, y ayuda a otros grupos de la región que quieren fundar la suya.",
        },
    },
    {
        "slug": "adirondack-hospitality-workers-center",
        "title": "Adirondack Hospitality Workers Center",
        "kind": PartnerKind.WORKER_CENTER,
        "region": "north-country",
        "city": "Lake Placid",
        "sectors": ["hospitality"],
        "languages": ["en", "es", "uk", "pt"],
        "website": "https://adkworkers.example.org/",
        "public_email": "help@adkworkers.example.org",
        "public_phone": "(518) 555-0190",
        "introduction": "Seasonal and year-round workers in the hotels, restaurants and ski resorts of the Adirondacks.",
        "description": [
            "Tourism brings thousands of seasonal workers to the Adirondacks each year, many on short visas, housed by their employers and far from anyone who can help. The center runs a hotline, visits worker housing and holds know-your-rights sessions at the start of each season.",
            "Year-round members organize around housing, tips and schedules, and train each new season's arrivals in what they learned the year before.",
        ],
    },
]

# The Syracuse convening of 25 October 2024 ------------------------------------
SYRACUSE = {
    "slug": "syracuse-2024",
    "title": "Syracuse convening: building long-term worker power upstate",
    "introduction": "On 25 October 2024, more than eight worker centers, unions and worker cooperatives from across upstate New York met in Syracuse for a day of planning how to build worker power in the region for the long term.",
    "venue": "Salt City Labor Temple",
    "address": "118 Mill Street\nSyracuse, NY 13204",
    "report_summary": "Organizations from across upstate New York spent the day turning shared concerns into a shared plan. They named three action areas: expanding organizing, building stronger campaign structures, and growing support networks for youth and immigrant workers, all with the upcoming elections in mind. Each organization left with concrete plans.",
}
SYRACUSE_HOSTS = ["salt-city-local-418", "worker-center-innovation-hub"]
SYRACUSE_PARTICIPANTS = [
    "north-country-dairy-workers-center",
    "finger-lakes-farmworker-center",
    "genesee-valley-workers-assembly",
    "buffalo-home-care-cooperative",
    "capital-region-youth-workers",
    "southern-tier-local-281",
    "manos-unidas-cooperative",
    "adirondack-hospitality-workers-center",
]
VISION_1 = "The day opened with a visioning session. In small groups that mixed farmworker organizers, union stewards, cooperative members and university staff, participants described what worker power in upstate New York should look like ten years from now: who is organized, who makes the decisions, and what has changed on farms, in plants and in care work."
VISION_2 = "Those pictures framed the rest of the day. Every proposal in the afternoon was tested against one question: does it move us toward the region we described this morning?"
ALLIANCES = "Unions and worker centers reach different workers in different ways. Union locals bring contracts, staff and bargaining experience; worker centers reach people in workplaces no union represents yet, often in their own language. Participants agreed that lasting alliances need more than joint statements: shared trainings, referrals that work in both directions, and clear agreements on who leads where."
RESEARCH = "Researchers from the university innovation hub shared what they are learning about immigrant worker organizing across the region: where new workers are arriving, which industries are growing, and which approaches have helped workers win. Organizers added what they see on the ground, and the group named the questions for the next round of research."
PEERS = "Several organizations described how workers who have been trained go on to train their co-workers. Peer trainers speak the language of the workplace and are trusted in ways outside staff are not. The group agreed to share its materials openly on this hub, so that a session that works in one county can be run in the next."
QUOTE = "A union hall full of farmworkers, home care aides and factory stewards, all planning together. That is what power looks like."
QUOTE_BY = "A member of a Finger Lakes worker center"
AREA_1 = "Reach workplaces and counties that no member organization covers yet, starting with dairy farms, food-processing plants and home care agencies."
AREA_2 = "Agree on shared roles, timelines and ways of making decisions, so that campaigns can run across organizations and regions."
AREA_3 = "Connect young and immigrant workers with mentors, legal clinics and peer trainers who speak their language."
ELECTIONS = "All three action areas were planned with an eye on the upcoming elections: making sure candidates hear workers' priorities, with voter education where members can vote and community defense where they cannot."
OUTCOME_1 = "Every organization left with a written plan for the next six months."
OUTCOME_2 = "The host organizations agreed to keep a shared calendar of trainings across the region."
OUTCOME_3 = "A working group on youth and immigrant workers was formed."
STEP_1 = "Share each organization's plan with the whole network"
STEP_2 = "Publish the peer-to-peer training materials discussed on the day"
STEP_3 = "Meet again to review progress"
SYRACUSE_BODY = [
    ("heading", {"text": "A day that began with a vision", "level": "h2"}),
    ("paragraph", f"<p>{VISION_1}</p><p>{VISION_2}</p>"),
    ("heading", {"text": "What we talked about", "level": "h2"}),
    ("heading", {"text": "Alliances between unions and worker centers", "level": "h3"}),
    ("paragraph", f"<p>{ALLIANCES}</p>"),
    ("heading", {"text": "Trends in immigrant worker organizing", "level": "h3"}),
    ("paragraph", f"<p>{RESEARCH}</p>"),
    ("heading", {"text": "Peer-to-peer training", "level": "h3"}),
    ("paragraph", f"<p>{PEERS}</p>"),
    ("quote", {"quote": QUOTE, "attribution": QUOTE_BY}),
    (
        "action_areas",
        {
            "heading": "Action areas",
            "areas": [
                {"title": "Expand organizing", "description": AREA_1},
                {"title": "Build stronger campaign structures", "description": AREA_2},
                {
                    "title": "Grow support networks for youth and immigrant workers",
                    "description": AREA_3,
                },
            ],
        },
    ),
    ("paragraph", f"<p>{ELECTIONS}</p>"),
    (
        "outcomes",
        {
            "heading": "Outcomes and next steps",
            "outcomes": [OUTCOME_1, OUTCOME_2, OUTCOME_3],
            "next_steps": [
                {
                    "step": STEP_1,
                    "who": "Every participating organization",
                    "when": "End of November 2024",
                },
                {
                    "step": STEP_2,
                    "who": "The university innovation hub",
                    "when": "Winter 2025",
                },
                {
                    "step": STEP_3,
                    "who": "The host organizations",
                    "when": "Spring 2025",
                },
            ],
        },
    ),
]
SYRACUSE_ES = {
    SYRACUSE[
        "title"
    ]: "Encuentro de Syracuse: construir poder obrero a largo plazo en el norte del estado",
    SYRACUSE[
        "introduction"
    ]: "El 25 de octubre de 2024, más de ocho centros de trabajadores, sindicatos y cooperativas de trabajadores de todo el norte del estado de Nueva York se reunieron en Syracuse para dedicar un día a planificar cómo construir poder obrero en la región a largo plazo.",
    SYRACUSE["venue"]: "Salt City Labor Temple (sala sindical)",
    SYRACUSE["address"]: "118 Mill Street\nSyracuse, NY 13204",
    SYRACUSE[
        "report_summary"
    ]: "Organizaciones de todo el norte del estado de Nueva York pasaron el día convirtiendo preocupaciones comunes en un plan común. Nombraron tres áreas de acción: ampliar la organización, construir estructuras de campaña más fuertes y hacer crecer las redes de apoyo para los trabajadores jóvenes e inmigrantes, todo ello con la vista puesta en las próximas elecciones. Cada organización se fue con planes concretos.",
    "A day that began with a vision": "Un día que empezó con una visión",
    VISION_1: "El día comenzó con una sesión de visión. En grupos pequeños que mezclaban a organizadores de trabajadores agrícolas, delegados sindicales, socios de cooperativas y personal universitario, los participantes describieron cómo debería ser el poder obrero en el norte del estado de Nueva York dentro de diez años: quién está organizado, quién toma las decisiones y qué ha cambiado en las granjas, en las plantas y en el trabajo de cuidados.",
    VISION_2: "Esas imágenes marcaron el resto del día. Cada propuesta de la tarde se puso a prueba con una sola pregunta: ¿nos acerca a la región que describimos esta mañana?",
    "What we talked about": "De qué hablamos",
    "Alliances between unions and worker centers": "Alianzas entre sindicatos y centros de trabajadores",
    ALLIANCES: "Los sindicatos y los centros de trabajadores llegan a trabajadores distintos de maneras distintas. Las secciones sindicales aportan contratos colectivos, personal y experiencia en la negociación; los centros de trabajadores llegan a personas en lugares de trabajo donde todavía no hay sindicato, muchas veces en su propio idioma. Los participantes coincidieron en que una alianza duradera necesita más que declaraciones conjuntas: capacitaciones compartidas, derivaciones que funcionen en ambos sentidos y acuerdos claros sobre quién dirige dónde.",
    "Trends in immigrant worker organizing": "Tendencias en la organización de trabajadores inmigrantes",
    RESEARCH: "Investigadores del centro universitario de innovación compartieron lo que están aprendiendo sobre la organización de trabajadores inmigrantes en la región: adónde llegan los nuevos trabajadores, qué industrias están creciendo y qué estrategias han ayudado a los trabajadores a ganar. Los organizadores añadieron lo que ven sobre el terreno, y el grupo definió las preguntas para la próxima etapa de la investigación.",
    "Peer-to-peer training": "Capacitación entre pares",
    PEERS: "Varias organizaciones contaron cómo los trabajadores que han recibido una capacitación luego capacitan a sus compañeros. Los capacitadores entre pares hablan el idioma del lugar de trabajo y generan una confianza que el personal de fuera no tiene. El grupo acordó compartir sus materiales abiertamente en este sitio, para que una sesión que funciona en un condado se pueda dar en el siguiente.",
    QUOTE: "Una sala sindical llena de trabajadores agrícolas, asistentes de cuidado en el hogar y delegados de fábrica, todos planificando juntos. Así se ve el poder.",
    QUOTE_BY: "Una integrante de un centro de trabajadores de Finger Lakes",
    "Action areas": "Áreas de acción",
    "Expand organizing": "Ampliar la organización",
    AREA_1: "Llegar a los lugares de trabajo y los condados que ninguna organización miembro cubre todavía, empezando por las granjas lecheras, las plantas procesadoras de alimentos y las agencias de cuidado en el hogar.",
    "Build stronger campaign structures": "Construir estructuras de campaña más fuertes",
    AREA_2: "Acordar funciones, calendarios y formas de tomar decisiones compartidas, para que las campañas puedan llevarse a cabo entre varias organizaciones y regiones.",
    "Grow support networks for youth and immigrant workers": "Hacer crecer las redes de apoyo para los trabajadores jóvenes e inmigrantes",
    AREA_3: "Poner en contacto a los trabajadores jóvenes e inmigrantes con mentores, clínicas legales y capacitadores entre pares que hablen su idioma.",
    ELECTIONS: "Las tres áreas de acción se planificaron con la vista puesta en las próximas elecciones: que los candidatos escuchen las prioridades de los trabajadores, con educación electoral donde los miembros pueden votar y defensa comunitaria donde no pueden.",
    "Outcomes and next steps": "Resultados y próximos pasos",
    OUTCOME_1: "Cada organización se fue con un plan escrito para los próximos seis meses.",
    OUTCOME_2: "Las organizaciones anfitrionas acordaron llevar un calendario compartido de capacitaciones en toda la región.",
    OUTCOME_3: "Se formó un grupo de trabajo sobre trabajadores jóvenes e inmigrantes.",
    STEP_1: "Compartir el plan de cada organización con toda la red",
    "Every participating organization": "Cada organización participante",
    "End of November 2024": "Finales de noviembre de 2024",
    STEP_2: "Publicar los materiales de capacitación entre pares de los que se habló ese día",
    "The university innovation hub": "El centro universitario de innovación",
    "Winter 2025": "Invierno de 2025",
    STEP_3: "Volver a reunirse para revisar los avances",
    "The host organizations": "Las organizaciones anfitrionas",
    "Spring 2025": "Primavera de 2025",
}

# The next convening, always in the coming spring -----------------------------------
SPRING = {
    "slug": "spring-peer-trainers-gathering",
    "title": "Spring gathering of peer trainers",
    "introduction": "A day for workers who train their co-workers, and for those who want to start: swap what works, practice new sessions together, and plan the trainings of the coming season.",
    "venue": "Genesee Valley Workers' Assembly meeting hall",
    "address": "210 Lyell Avenue\nRochester, NY 14608",
    "online": True,
    "registration_url": "https://upstateworkerpower.example.org/spring-gathering",
    "registration_details": "RSVP by the Friday before, so that we can plan food, childcare and interpretation. Free for members of partner organizations; others pay what they can. You can also join online; the link is sent to those who register.",
    "accessibility": "The hall is step-free, with an accessible restroom. Lunch and childcare are provided. Ask us if you need help with travel costs.",
    "interpretation": "Spanish, Haitian Creole and Arabic interpretation on request: tell us when you RSVP.",
}
SPRING_ES = {
    SPRING["title"]: "Encuentro de primavera de capacitadores entre pares",
    SPRING[
        "introduction"
    ]: "Un día para los trabajadores que capacitan a sus compañeros y para quienes quieren empezar: intercambiar lo que funciona, practicar juntos nuevas sesiones y planificar las capacitaciones de la próxima temporada.",
    SPRING["venue"]: "Sala de reuniones de la Genesee Valley Workers' Assembly",
    SPRING["address"]: "210 Lyell Avenue\nRochester, NY 14608",
    SPRING[
        "registration_details"
    ]: "Confirme su asistencia antes del viernes anterior, para que podamos organizar la comida, el cuidado de niños y la interpretación. Es gratis para los miembros de las organizaciones aliadas; los demás pagan lo que puedan. También puede participar en línea: enviamos el enlace a quienes se inscriban.",
    SPRING[
        "accessibility"
    ]: "La sala no tiene escalones y cuenta con un baño accesible. Se ofrecen almuerzo y cuidado de niños. Pregúntenos si necesita ayuda con los gastos de viaje.",
    SPRING[
        "interpretation"
    ]: "Interpretación al español, al criollo haitiano y al árabe a pedido: avísenos cuando confirme su asistencia.",
}
SPRING_HOSTS = ["genesee-valley-workers-assembly", "finger-lakes-farmworker-center"]
SPRING_PARTICIPANTS = [
    "worker-center-innovation-hub",
    "buffalo-home-care-cooperative",
    "capital-region-youth-workers",
]


def next_spring_saturday(today: date) -> date:
    """The last Saturday of April that is at least four weeks away."""
    year = today.year
    while True:
        day = date(year, 4, 30)
        day -= timedelta(days=(day.weekday() - 5) % 7)
        if day >= today + timedelta(weeks=4):
            return day
        year += 1


def _with_escaped_keys(strings):
    """Segments carry HTML: escaped text, and <br/> for a line break in plain
    text. Accept every spelling."""
    extended = dict(strings)
    for source, target in strings.items():
        for key, value in (
            (html.escape(source, quote=False), html.escape(target, quote=False)),
            (source.replace("\n", "<br/>"), target.replace("\n", "<br/>")),
        ):
            extended.setdefault(key, value)
    return extended


def _translate_once(instance, locale, strings):
    existing = instance.get_translation_or_none(locale)
    if existing is None or getattr(existing, "alias_of_id", None):
        translate(instance, locale, _with_escaped_keys(strings))


# Seeders ------------------------------------------------------------------------
def reset_regions():
    """Remove the regions in every language (the pages go with the page tree).

    wagtail-localize's records of past translations stay, as they do for pages: page
    translation sources still refer to the regions' translation keys."""
    Region.objects.all().delete()


def seed_regions():
    default = Locale.get_default()
    regions = {}
    for row in REGIONS:
        slug, name = row[0], row[1]
        region = Region.objects.filter(locale=default, slug=slug).first()
        if region is None:
            region = Region.objects.create(
                locale=default,
                slug=slug,
                name=name,
                coordinator_email=f"{slug}@coordinators.upstateworkerpower.example.org",
            )
        for code, column in LANGUAGE_COLUMNS.items():
            locale = Locale.objects.filter(language_code=code).first()
            if locale is not None and region.get_translation_or_none(locale) is None:
                translate(region, locale, {name: row[column]})
        regions[slug] = region
    return regions


def demo_sectors():
    """The source-language sectors the demo partners organize in, by slug: the
    shared list of sectors, seeded with its translations by the curriculum app's
    seed_taxonomy, which runs first."""
    sector_model = PartnerSector._meta.get_field("sector").related_model
    wanted = {slug for data in PARTNERS for slug in data["sectors"]}
    sectors = {
        sector.slug: sector
        for sector in sector_model.objects.filter(
            locale=Locale.get_default(), slug__in=wanted
        )
    }
    if missing := wanted - set(sectors):
        raise LookupError(
            f"Seed the sectors before the partners; missing: {sorted(missing)}"
        )
    return sectors


@demo_seeder(order=10, reset=reset_regions)
def seed_partners():
    regions = seed_regions()
    sectors = demo_sectors()
    home = home_page()
    directory = child_page(
        home,
        PartnerIndexPage,
        "partners",
        title="Partners",
        introduction=PARTNERS_INTRO,
        show_in_menus=True,
    )
    translate_into_all(directory, PARTNERS_TRANSLATIONS)
    spanish = Locale.objects.filter(language_code="es").first()
    for data in PARTNERS:
        partner = child_page(
            directory,
            PartnerPage,
            data["slug"],
            title=data["title"],
            kind=data["kind"],
            region=regions[data["region"]],
            city=data["city"],
            introduction=data["introduction"],
            description="".join(f"<p>{text}</p>" for text in data["description"]),
            website=data["website"],
            public_email=data["public_email"],
            public_phone=data["public_phone"],
            sectors=[PartnerSector(sector=sectors[slug]) for slug in data["sectors"]],
            languages=[PartnerLanguage(language=code) for code in data["languages"]],
        )
        if "es" in data and spanish is not None:
            _translate_once(partner, spanish, data["es"])


def _partners(slugs):
    by_slug = {
        page.slug: page
        for page in PartnerPage.objects.filter(
            locale=Locale.get_default(), slug__in=slugs
        )
    }
    return [by_slug[slug] for slug in slugs if slug in by_slug]


# The modules and the train-the-trainer path that came out of Syracuse (seeded by
# the curriculum app, found here by slug).
SYRACUSE_OUTCOMES = [
    "building-coalitions-unions-and-worker-centers",
    "organizing-youth-workers",
    "worker-to-trainer",
]


def _link_outcomes(convening, slugs):
    if convening.outcomes.exists():
        return
    pages = {
        page.slug: page
        for page in Page.objects.filter(slug__in=slugs, locale=Locale.get_default())
    }
    for slug in slugs:
        if slug in pages:
            ConveningOutcome.objects.create(page=convening, training=pages[slug])
    convening.save_revision().publish()


@demo_seeder(order=30)
def seed_convenings():
    home = home_page()
    index = child_page(
        home,
        ConveningIndexPage,
        "convenings",
        title="Convenings",
        introduction=CONVENINGS_INTRO,
        show_in_menus=True,
    )
    translate_into_all(index, CONVENINGS_TRANSLATIONS)

    syracuse = child_page(
        index,
        ConveningPage,
        SYRACUSE["slug"],
        **{key: value for key, value in SYRACUSE.items() if key != "slug"},
        start=datetime(2024, 10, 25, 9, 30, tzinfo=NEW_YORK),
        end=datetime(2024, 10, 25, 16, 30, tzinfo=NEW_YORK),
        time_zone="America/New_York",
        report_body=SYRACUSE_BODY,
        hosts=[ConveningHost(partner=p) for p in _partners(SYRACUSE_HOSTS)],
        participants=[
            ConveningParticipant(partner=p) for p in _partners(SYRACUSE_PARTICIPANTS)
        ],
    )
    _link_outcomes(syracuse, SYRACUSE_OUTCOMES)
    spanish = Locale.objects.filter(language_code="es").first()
    if spanish is not None:
        _translate_once(syracuse, spanish, SYRACUSE_ES)

    day = next_spring_saturday(timezone.localdate())
    start = datetime.combine(day, time(10, 0), tzinfo=NEW_YORK)
    end = datetime.combine(day, time(15, 30), tzinfo=NEW_YORK)
    spring = child_page(
        index,
        ConveningPage,
        SPRING["slug"],
        **{key: value for key, value in SPRING.items() if key != "slug"},
        start=start,
        end=end,
        time_zone="America/New_York",
        hosts=[ConveningHost(partner=p) for p in _partners(SPRING_HOSTS)],
        participants=[
            ConveningParticipant(partner=p) for p in _partners(SPRING_PARTICIPANTS)
        ],
    )
    if spring.is_upcoming:
        if spanish is not None:
            _translate_once(spring, spanish, SPRING_ES)
    else:
        # Seeded long ago: move the gathering to the coming spring again, and carry
        # the new dates into its translation.
        spring.start, spring.end = start, end
        spring.save_revision().publish()
        if spanish is not None:
            translate(spring, spanish, _with_escaped_keys(SPRING_ES))
