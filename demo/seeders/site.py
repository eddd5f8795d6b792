"""Demo content for the site shell: the home page, About and Get involved, the footer
and site settings, with the home and About pages translated into every language."""

from wagtail.models import Locale, Page, Site

from demo.seeding import demo_seeder
from home.models import FooterText, HomePage, SiteSettings, StandardPage
from translations.locales import ensure_locales
from translations.localize import translate
from translations.models import TranslationWish

COALITION_NAME = "Upstate Worker Power Network"

HOME = {
    "title": "Training Hub",
    "introduction": (
        "Worker centers, unions and worker cooperatives across upstate New York share "
        "what they teach here: training modules, peer-to-peer curricula, partner "
        "profiles and the reports of our convenings. Find a training, run it with your "
        "members, or ask us to bring one to you."
    ),
}
HOME_TRANSLATIONS = {
    "es": {
        "Training Hub": "Centro de Capacitación",
        HOME["introduction"]: (
            "Los centros de trabajadores, sindicatos y cooperativas de trabajadores "
            "del norte del estado de Nueva York comparten aquí lo que enseñan: módulos de "
            "capacitación, currículos entre pares, perfiles de las organizaciones "
            "aliadas y los informes de nuestros encuentros. Encuentre una "
            "capacitación, llévela a cabo con sus miembros o pídanos que la llevemos "
            "a su organización."
        ),
    },
    "ht": {
        "Training Hub": "Sant Fòmasyon",
        HOME["introduction"]: (
            "Sant travayè yo, sendika yo ak kooperativ travayè yo nan nò eta New York "
            "pataje sa yo anseye isit la: modil fòmasyon, pwogram fòmasyon ant "
            "kanmarad, pwofil òganizasyon patnè yo ak rapò rankont nou yo. Jwenn yon "
            "fòmasyon, fè l ak manm ou yo, oswa mande nou pote l ba ou."
        ),
    },
    "ar": {
        "Training Hub": "مركز التدريب",
        HOME["introduction"]: (
            "هنا تتشارك مراكز العمال والنقابات وتعاونيات العمال في شمال ولاية نيويورك "
            "ما تُعلّمه: وحدات تدريبية، ومناهج للتعلّم بين الأقران، وتعريفات بالمنظمات "
            "الشريكة، وتقارير لقاءاتنا. ابحث عن تدريب، وقدّمه مع أعضائك، أو اطلب منا أن "
            "نأتي به إلى منظمتك."
        ),
    },
}

ABOUT_INTRO = (
    "We are a network of worker centers, unions, worker cooperatives and community "
    "organizations across upstate New York, supported by a university-based worker "
    "center innovation hub."
)
ABOUT_WHAT = (
    "We design curriculum with and for workers, run trainings in the languages our "
    "members speak, and train workers to lead trainings themselves. Peer-to-peer and "
    "train-the-trainer formats mean that what one worker center learns can travel to "
    "a dairy farm in the North Country or a food-processing plant in the Finger Lakes."
)
ABOUT_WHO = (
    "Our members organize farm workers, factory and food-processing workers, youth "
    "workers, and care and hospitality workers. Many are immigrants, and several "
    "organize in rural areas where the connection is slow and a phone is the only "
    "screen. This site is built for them: light pages, printable guides, and content "
    "in Spanish, Haitian Creole and Arabic."
)
ABOUT_QUOTE = "We left Syracuse with plans, not just notes."
ABOUT_QUOTE_BY = "An organizer from a Finger Lakes worker center, October 2024"
ABOUT_BODY = [
    ("heading", {"text": "What we do", "level": "h2"}),
    ("paragraph", f"<p>{ABOUT_WHAT}</p>"),
    ("heading", {"text": "Who we work with", "level": "h2"}),
    ("paragraph", f"<p>{ABOUT_WHO}</p>"),
    ("quote", {"quote": ABOUT_QUOTE, "attribution": ABOUT_QUOTE_BY}),
]
ABOUT_TRANSLATIONS = {
    "es": {
        "About the hub": "Sobre el centro",
        ABOUT_INTRO: (
            "Somos una red de centros de trabajadores, sindicatos, cooperativas de "
            "trabajadores y organizaciones comunitarias del norte del estado de Nueva "
            "York, con el apoyo de un centro universitario de innovación para centros "
            "de trabajadores."
        ),
        "What we do": "Lo que hacemos",
        ABOUT_WHAT: (
            "Diseñamos currículos con y para los trabajadores, damos capacitaciones en "
            "los idiomas que hablan nuestros miembros y formamos a trabajadores para "
            "que ellos mismos dirijan las capacitaciones. Con la formación entre pares "
            "y la formación de formadores, lo que aprende un centro de trabajadores "
            "puede llegar a una granja lechera del North Country o a una planta "
            "procesadora de alimentos en Finger Lakes."
        ),
        "Who we work with": "Con quién trabajamos",
        ABOUT_WHO: (
            "Nuestros miembros organizan a trabajadores agrícolas, de fábricas y de "
            "procesamiento de alimentos, a trabajadores jóvenes y a trabajadores del "
            "cuidado y la hostelería. Muchos son inmigrantes, y varios organizan en "
            "zonas rurales donde la conexión es lenta y el teléfono es la única "
            "pantalla. Este sitio está hecho para ellos: páginas ligeras, guías para "
            "imprimir y contenido en español, criollo haitiano y árabe."
        ),
        ABOUT_QUOTE: "Salimos de Syracuse con planes, no solo con apuntes.",
        ABOUT_QUOTE_BY: (
            "Una organizadora de un centro de trabajadores de Finger Lakes, octubre de "
            "2024"
        ),
    },
    "ht": {
        "About the hub": "Konsènan sant lan",
        ABOUT_INTRO: (
            "Nou se yon rezo sant travayè, sendika, kooperativ travayè ak òganizasyon "
            "kominotè nan nò eta New York, ak sipò yon sant inovasyon inivèsite pou "
            "sant travayè yo."
        ),
        "What we do": "Sa nou fè",
        ABOUT_WHAT: (
            "Nou kreye pwogram fòmasyon ansanm ak travayè yo e pou yo, nou bay "
            "fòmasyon nan lang manm nou yo pale, epi nou fòme travayè pou yo menm "
            "dirije fòmasyon. Avèk fòmasyon ant kanmarad ak fòmasyon pou fòmatè, sa "
            "yon sant travayè aprann ka rive jouk nan yon fèm lèt nan North Country "
            "oswa yon izin manje nan Finger Lakes."
        ),
        "Who we work with": "Ak ki moun nou travay",
        ABOUT_WHO: (
            "Manm nou yo òganize travayè agrikòl, travayè faktori ak izin manje, jèn "
            "travayè, ak travayè nan swen ak otèlri. Anpil ladan yo se imigran, e "
            "plizyè ap òganize nan zòn riral kote koneksyon an lan e telefòn se sèl "
            "ekran yo genyen. Sit sa a fèt pou yo: paj ki lejè, gid pou enprime, ak "
            "kontni an panyòl, kreyòl ayisyen ak arab."
        ),
        ABOUT_QUOTE: "Nou kite Syracuse ak plan, pa sèlman ak nòt.",
        ABOUT_QUOTE_BY: "Yon òganizatè nan yon sant travayè Finger Lakes, oktòb 2024",
    },
    "ar": {
        "About the hub": "عن المركز",
        ABOUT_INTRO: (
            "نحن شبكة من مراكز العمال والنقابات وتعاونيات العمال والمنظمات المجتمعية "
            "في شمال ولاية نيويورك، يدعمنا مركز جامعي لابتكار عمل مراكز العمال."
        ),
        "What we do": "ماذا نفعل",
        ABOUT_WHAT: (
            "نصمّم المناهج مع العمال ومن أجلهم، ونقدّم التدريبات باللغات التي يتحدثها "
            "أعضاؤنا، وندرّب العمال ليقودوا التدريبات بأنفسهم. وبفضل التعلّم بين الأقران "
            "وتدريب المدرّبين، يمكن لما يتعلمه مركز عمال واحد أن يصل إلى مزرعة ألبان في "
            "منطقة نورث كنتري أو إلى مصنع لتجهيز الأغذية في منطقة فينغر ليكس."
        ),
        "Who we work with": "مع من نعمل",
        ABOUT_WHO: (
            "ينظّم أعضاؤنا عمال المزارع، وعمال المصانع وتجهيز الأغذية، والعمال الشباب، "
            "وعمال الرعاية والضيافة. كثير منهم مهاجرون، ويعمل بعضهم في مناطق ريفية "
            "الاتصال فيها بطيء والهاتف هو الشاشة الوحيدة. بُني هذا الموقع من أجلهم: "
            "صفحات خفيفة، وأدلة قابلة للطباعة، ومحتوى بالإسبانية والكريولية الهايتية "
            "والعربية."
        ),
        ABOUT_QUOTE: "غادرنا سيراكيوز ومعنا خطط، لا مجرد ملاحظات.",
        ABOUT_QUOTE_BY: "منظِّمة من مركز عمال في منطقة فينغر ليكس، أكتوبر 2024",
    },
}

GET_INVOLVED_INTRO = (
    "Bring a training to your members, share a module your organization built, or "
    "join the next convening."
)
GET_INVOLVED_BODY = [
    ("heading", {"text": "Request a training", "level": "h2"}),
    (
        "paragraph",
        "<p>Any partner organization can ask for a training for its members. Tell us "
        "what you need and in which language, and our Director of Training and "
        "Curriculum Design will get back to you within a week.</p>",
    ),
    ("heading", {"text": "Share what you teach", "level": "h2"}),
    (
        "paragraph",
        "<p>If your organization has developed a workshop that works, we would like "
        "to publish it here, credit you, and help other organizations run it.</p>",
    ),
]

FOOTER = (
    "<p>The Training Hub is run by the Upstate Worker Power Network with a "
    "university-based worker center innovation hub. Its materials may be shared and "
    "adapted for worker education.</p>"
)
FOOTER_SEGMENT = FOOTER.removeprefix("<p>").removesuffix("</p>")
FOOTER_TRANSLATIONS = {
    "es": {
        FOOTER_SEGMENT: (
            "El Centro de Capacitación lo mantiene la Red de Poder Obrero del Norte de "
            "Nueva York con un centro universitario de innovación para centros de "
            "trabajadores. Sus materiales se pueden compartir y adaptar para la "
            "educación obrera."
        )
    },
    "ht": {
        FOOTER_SEGMENT: (
            "Se Rezo Pouvwa Travayè Nò New York la ki jere Sant Fòmasyon an, ansanm ak "
            "yon sant inovasyon inivèsite pou sant travayè yo. Ou ka pataje e adapte "
            "materyèl li yo pou edikasyon travayè."
        )
    },
    "ar": {
        FOOTER_SEGMENT: (
            "تدير شبكة قوة العمال في شمال نيويورك مركزَ التدريب بالتعاون مع مركز جامعي "
            "لابتكار عمل مراكز العمال. يمكن مشاركة مواده وتكييفها لأغراض تثقيف العمال."
        )
    },
}


def child_page(parent, model, slug, **fields):
    """The child of `parent` with this slug, created and published if missing."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def home_page() -> HomePage:
    """The source-language home page, made the site's root on first run."""
    home = HomePage.objects.filter(locale=Locale.get_default()).first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's placeholder "Welcome" page (and its aliases) make way.
        for placeholder in root.get_children().not_type(HomePage).filter(numchild=0):
            placeholder.delete()
        home = HomePage(slug="home", **HOME)
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    return home


def translate_into_all(instance, translations):
    """Translate `instance` into each configured language it is not yet in."""
    for code, strings in translations.items():
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None:
            continue
        existing = instance.get_translation_or_none(locale)
        if existing is None or getattr(existing, "alias_of_id", None):
            translate(instance, locale, strings)


@demo_seeder(order=0)
def seed_site():
    ensure_locales()
    home = home_page()
    settings = SiteSettings.for_site(home.get_site())
    settings.coalition_name = COALITION_NAME
    settings.contact_email = "hub@upstateworkerpower.example.org"
    settings.notification_email = "training-requests@upstateworkerpower.example.org"
    settings.save()

    about = child_page(
        home,
        StandardPage,
        "about",
        title="About the hub",
        introduction=ABOUT_INTRO,
        body=ABOUT_BODY,
        show_in_menus=True,
    )
    child_page(
        home,
        StandardPage,
        "get-involved",
        title="Get involved",
        introduction=GET_INVOLVED_INTRO,
        body=GET_INVOLVED_BODY,
        show_in_menus=True,
    )
    translate_into_all(home, HOME_TRANSLATIONS)
    translate_into_all(about, ABOUT_TRANSLATIONS)

    footer = FooterText.objects.filter(locale=Locale.get_default()).first()
    if footer is None:
        footer = FooterText.objects.create(body=FOOTER)
    translate_into_all(footer, FOOTER_TRANSLATIONS)


GET_INVOLVED_MACHINE_HT = {
    "Get involved": "Patisipe",
    GET_INVOLVED_INTRO: (
        "Pote yon fòmasyon bay manm ou yo, pataje yon modil òganizasyon ou te fè, "
        "oswa vin nan pwochen rankont lan."
    ),
    "Request a training": "Mande yon fòmasyon",
    "Share what you teach": "Pataje sa ou anseye",
}
WISHES = [
    # (slug of the English page, language, readers who asked)
    ("get-involved", "ar", 9),
    ("documenting-wage-theft", "ht", 14),
    ("heat-stress-in-the-fields", "ht", 11),
    ("know-your-rights-at-work", "ar", 6),
    ("syracuse-2024", "ht", 4),
]
OUT_OF_DATE_SLUG = "know-your-rights-at-work"
OUT_OF_DATE_NOTE = " Updated for 2026 with the new state minimum wage."


@demo_seeder(order=90)
def seed_translation_states():
    """Pages in every state a translator meets: a machine translation awaiting
    review, a translation gone out of date, untranslated pages readers asked for."""
    source = Locale.get_default()
    creole = Locale.objects.filter(language_code="ht").first()
    get_involved = StandardPage.objects.filter(
        slug="get-involved", locale=source
    ).first()
    if creole and get_involved:
        existing = get_involved.get_translation_or_none(creole)
        if existing is None or existing.alias_of_id:
            translate(get_involved, creole, GET_INVOLVED_MACHINE_HT, machine=True)

    module = Page.objects.filter(slug=OUT_OF_DATE_SLUG, locale=source).first()
    if module is not None:
        module = module.specific
        if not module.introduction.endswith(OUT_OF_DATE_NOTE):
            module.introduction += OUT_OF_DATE_NOTE
            module.save_revision().publish()

    for slug, code, count in WISHES:
        page = Page.objects.filter(slug=slug, locale=source).first()
        locale = Locale.objects.filter(language_code=code).first()
        if page and locale:
            TranslationWish.objects.update_or_create(
                page=page, locale=locale, defaults={"count": count}
            )
