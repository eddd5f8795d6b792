"""Demo content for training requests: the request form in every language, the
"Training coordinators" group with a demo coordinator, and two dozen invented
requests in every status, across sectors, regions and languages, with their
histories, so that the listing, the dashboard and the report have something real
to show.

Every person, phone number (555-01xx) and address (@example.org) here is invented.
Requests are keyed by reference: running it again adds nothing.
"""

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale

from curriculum.choices import Delivery
from curriculum.models import CurriculumPage, TrainingModulePage
from demo.seeders.site import child_page, home_page, translate_into_all
from demo.seeding import demo_seeder
from taxonomy.models import Sector
from training_requests.choices import Source, Status
from training_requests.models import (
    DEFAULT_CONSENT,
    TrainingRequest,
    TrainingRequestPage,
    TrainingRequestStatusChange,
)
from training_requests.permissions import ensure_coordinators_group

PAGE_SLUG = "request-a-training"
PAGE_TITLE = "Request a training"
PAGE_INTRO = (
    "Any worker center, union, worker cooperative or community group can ask us to "
    "bring a training to its members. Tell us what you need, in which language and "
    "where, and our Director of Training and Curriculum Design will get back to you "
    "within a week."
)
PAGE_TRANSLATIONS = {
    "es": {
        PAGE_TITLE: "Solicitar una capacitación",
        PAGE_INTRO: (
            "Cualquier centro de trabajadores, sindicato, cooperativa de trabajadores "
            "o grupo comunitario puede pedirnos que llevemos una capacitación a sus "
            "miembros. Díganos qué necesita, en qué idioma y dónde, y la Dirección de "
            "Capacitación y Diseño Curricular se comunicará con usted en el plazo de "
            "una semana."
        ),
        DEFAULT_CONSENT: (
            "Usamos estos datos solo para organizar esta capacitación con usted. Solo "
            "el personal de la coalición que organiza las capacitaciones puede verlos; "
            "nunca se publican ni se comparten. Borramos su nombre, correo "
            "electrónico, teléfono y notas un año después de cerrar la solicitud, y "
            "solo guardamos cifras anónimas para nuestros informes."
        ),
    },
    "ht": {
        PAGE_TITLE: "Mande yon fòmasyon",
        PAGE_INTRO: (
            "Nenpòt sant travayè, sendika, kooperativ travayè oswa gwoup kominotè ka "
            "mande nou pote yon fòmasyon bay manm li yo. Di nou sa ou bezwen, nan ki "
            "lang ak ki kote, epi Direktè Fòmasyon ak Konsepsyon Pwogram nou an ap "
            "kontakte w nan yon semèn."
        ),
        DEFAULT_CONSENT: (
            "Nou sèvi ak enfòmasyon sa yo sèlman pou nou òganize fòmasyon sa a avè w. "
            "Se sèlman anplwaye koalisyon an ki òganize fòmasyon yo ki ka wè yo; nou "
            "pa janm pibliye yo ni pataje yo. Nou efase non w, imèl ou, telefòn ou ak "
            "nòt ou yo yon ane apre nou fèmen demann lan, epi nou kenbe sèlman chif "
            "anonim pou rapò nou yo."
        ),
    },
    "ar": {
        PAGE_TITLE: "اطلب تدريبًا",
        PAGE_INTRO: (
            "يمكن لأي مركز عمال أو نقابة أو تعاونية عمال أو مجموعة مجتمعية أن تطلب منا "
            "تقديم تدريب لأعضائها. أخبرنا بما تحتاجه، وبأي لغة، وأين، وسيتواصل معك "
            "مسؤول التدريب وتصميم المناهج لدينا خلال أسبوع."
        ),
        DEFAULT_CONSENT: (
            "نستخدم هذه البيانات فقط لتنظيم هذا التدريب معك. لا يطّلع عليها إلا موظفو "
            "الائتلاف الذين ينظّمون التدريبات، ولا تُنشر ولا تُشارك أبدًا. نحذف اسمك "
            "وبريدك الإلكتروني ورقم هاتفك وملاحظاتك بعد سنة من إغلاق الطلب، ولا نحتفظ "
            "إلا بأرقام مجهولة الهوية لتقاريرنا."
        ),
    },
}

COORDINATOR = {
    "username": "coordinator",
    "first_name": "Marisol",
    "last_name": "Ortega",
    "email": "coordinator@upstateworkerpower.example.org",
}


@dataclass
class DemoRequest:
    """One invented request. `steps` are (days ago, new status, note) after it came
    in `days_ago` days ago; `scheduled_in` is days from today (negative: past)."""

    reference: str
    days_ago: int
    contact_name: str
    language: str
    languages: list[str]
    partner: str = ""
    organization_name: str = ""
    email: str = ""
    phone: str = ""
    source: str = Source.WEB
    modules: list[str] = field(default_factory=list)
    curricula: list[str] = field(default_factory=list)
    not_sure: str = ""
    sector: str = ""
    region: str = ""
    participants: int | None = None
    delivery: str = Delivery.IN_PERSON
    city: str = ""
    preferred_dates: str = ""
    interpretation: bool = False
    support: list[str] = field(default_factory=list)
    accessibility: str = ""
    notes: str = ""
    steps: list[tuple[int, str, str]] = field(default_factory=list)
    scheduled_in: int | None = None
    place: str = ""
    reached: int | None = None
    trainer: str = ""
    internal_notes: str = ""


REVIEW = "Called back; looking for a trainer who speaks the language."
REQUESTS = [
    # New ----------------------------------------------------------------------------
    DemoRequest(
        reference="TR-DEM2-K7QA",
        days_ago=1,
        contact_name="Rosa M.",
        language="es",
        languages=["es"],
        partner="finger-lakes-farmworker-center",
        email="rosa.m@example.org",
        phone="315-555-0101",
        modules=["heat-stress-in-the-fields"],
        sector="farm-work",
        participants=25,
        city="Geneva",
        preferred_dates="A Sunday afternoon in June, before the heat",
        support=["childcare"],
        notes="Most of our members finish work at 5 pm.",
    ),
    DemoRequest(
        reference="TR-DEM2-P3WX",
        days_ago=2,
        contact_name="Jean-Baptiste P.",
        language="ht",
        languages=["ht", "fr"],
        organization_name="Haitian Workers' Circle of Rochester",
        phone="585-555-0102",
        modules=["know-your-rights-at-work"],
        sector="care-work",
        region="finger-lakes",
        participants=18,
        city="Rochester",
        preferred_dates="Saturday mornings",
        interpretation=True,
    ),
    DemoRequest(
        reference="TR-DEM2-H9RT",
        days_ago=10,
        contact_name="Amal K.",
        language="ar",
        languages=["ar", "en"],
        organization_name="Refugee Women's Kitchen Cooperative",
        email="amal.k@example.org",
        not_sure=(
            "Our cooperative has ten new members who have never worked in a "
            "cooperative before. We want to learn how to run our meetings."
        ),
        curricula=[],
        modules=["running-a-democratic-meeting"],
        sector="hospitality",
        region="central-ny",
        participants=10,
        delivery=Delivery.EITHER,
        city="Utica",
        support=["childcare", "transport"],
    ),
    DemoRequest(
        reference="TR-DEM2-B4NM",
        days_ago=12,
        contact_name="Tomás R.",
        language="es",
        languages=["es", "mam"],
        partner="north-country-dairy-workers-center",
        phone="315-555-0104",
        source=Source.PHONE,
        modules=["documenting-wage-theft"],
        sector="farm-work",
        participants=30,
        city="Canton",
        preferred_dates="After the evening milking, any weekday",
        interpretation=True,
    ),
    # Reviewing ------------------------------------------------------------------------
    DemoRequest(
        reference="TR-DEM2-C8VK",
        days_ago=6,
        contact_name="Keisha W.",
        language="en",
        languages=["en"],
        partner="capital-region-youth-workers",
        email="keisha.w@example.org",
        modules=["organizing-youth-workers", "holding-a-one-on-one"],
        sector="youth-workers",
        participants=40,
        delivery=Delivery.ONLINE,
        preferred_dates="Weekday evenings in the school year",
        steps=[(4, Status.REVIEWING, REVIEW)],
    ),
    DemoRequest(
        reference="TR-DEM2-F5GS",
        days_ago=21,
        contact_name="Dmitri S.",
        language="en",
        languages=["en", "uk"],
        organization_name="Southern Tier Warehouse Workers",
        email="dmitri.s@example.org",
        modules=["mapping-your-workplace"],
        sector="factory-and-food-processing",
        region="southern-tier",
        participants=15,
        city="Binghamton",
        steps=[(18, Status.REVIEWING, "Asked which shifts they work.")],
    ),
    DemoRequest(
        reference="TR-DEM2-J2YD",
        days_ago=9,
        contact_name="Lucía F.",
        language="es",
        languages=["es"],
        partner="manos-unidas-cooperative",
        email="lucia.f@example.org",
        curricula=["worker-to-trainer"],
        sector="care-work",
        participants=8,
        delivery=Delivery.EITHER,
        preferred_dates="Three Saturdays in the fall",
        steps=[(5, Status.REVIEWING, REVIEW)],
    ),
    DemoRequest(
        reference="TR-DEM2-Q6HP",
        days_ago=3,
        contact_name="Nadia H.",
        language="ar",
        languages=["ar"],
        organization_name="Buffalo Arab American Workers' Network",
        phone="716-555-0108",
        source=Source.EMAIL,
        modules=["when-immigration-enforcement-comes-to-work"],
        sector="factory-and-food-processing",
        region="western-ny",
        participants=35,
        city="Buffalo",
        support=["transport"],
        steps=[
            (2, Status.REVIEWING, "Checking dates with our Arabic-speaking trainer.")
        ],
    ),
    # Scheduled ------------------------------------------------------------------------
    DemoRequest(
        reference="TR-DEM2-R3TB",
        days_ago=30,
        contact_name="Marie-Claude D.",
        language="ht",
        languages=["ht"],
        partner="finger-lakes-farmworker-center",
        phone="315-555-0109",
        modules=["heat-stress-in-the-fields", "know-your-rights-at-work"],
        sector="farm-work",
        participants=22,
        city="Sodus",
        steps=[
            (27, Status.REVIEWING, REVIEW),
            (14, Status.SCHEDULED, "Agreed with the center by phone."),
        ],
        scheduled_in=9,
        place="Community room, Sodus",
        trainer="Marisol Ortega",
    ),
    DemoRequest(
        reference="TR-DEM2-S7XN",
        days_ago=25,
        contact_name="Gabriel A.",
        language="es",
        languages=["es", "quc"],
        partner="genesee-valley-workers-assembly",
        email="gabriel.a@example.org",
        modules=["from-a-grievance-to-a-campaign"],
        sector="factory-and-food-processing",
        participants=20,
        city="Batavia",
        interpretation=True,
        support=["childcare"],
        steps=[
            (20, Status.REVIEWING, REVIEW),
            (8, Status.SCHEDULED, "K'iche' interpreter confirmed."),
        ],
        scheduled_in=16,
        place="Union hall, Batavia",
        trainer="Luis Herrera",
    ),
    DemoRequest(
        reference="TR-DEM2-V4MC",
        days_ago=40,
        contact_name="Sam O.",
        language="en",
        languages=["en"],
        partner="salt-city-local-418",
        email="sam.o@example.org",
        modules=["building-coalitions-unions-and-worker-centers"],
        sector="hospitality",
        participants=30,
        city="Syracuse",
        steps=[
            (35, Status.REVIEWING, REVIEW),
            (20, Status.SCHEDULED, "Joint session with two worker centers."),
        ],
        scheduled_in=4,
        place="Local 418 hall",
        trainer="Marisol Ortega",
    ),
    DemoRequest(
        reference="TR-DEM2-W8KF",
        days_ago=15,
        contact_name="Fatima Z.",
        language="ar",
        languages=["ar"],
        organization_name="Albany Home Health Aides Circle",
        phone="518-555-0112",
        source=Source.IN_PERSON,
        modules=["know-your-rights-at-work"],
        sector="care-work",
        region="capital-region",
        participants=12,
        delivery=Delivery.ONLINE,
        steps=[(10, Status.SCHEDULED, "Met at the Albany clinic; video call agreed.")],
        scheduled_in=27,
        place="Video call",
        trainer="Nour Haddad",
    ),
    # Delivered ------------------------------------------------------------------------
    DemoRequest(
        reference="TR-DEM2-X5RJ",
        days_ago=120,
        contact_name="Ana L.",
        language="es",
        languages=["es"],
        partner="north-country-dairy-workers-center",
        email="ana.l@example.org",
        modules=["documenting-wage-theft"],
        sector="farm-work",
        participants=18,
        city="Malone",
        steps=[
            (110, Status.REVIEWING, REVIEW),
            (95, Status.SCHEDULED, "Date set with the center."),
            (70, Status.DELIVERED, "Good turnout; they want the follow-up module."),
        ],
        scheduled_in=-70,
        place="Parish hall, Malone",
        reached=21,
        trainer="Luis Herrera",
    ),
    DemoRequest(
        reference="TR-DEM2-Y9PG",
        days_ago=200,
        contact_name="Chris B.",
        language="en",
        languages=["en", "es"],
        partner="adirondack-hospitality-workers-center",
        email="chris.b@example.org",
        modules=["holding-a-one-on-one", "mapping-your-workplace"],
        sector="hospitality",
        participants=16,
        city="Lake Placid",
        steps=[
            (190, Status.SCHEDULED, "Before the winter season."),
            (160, Status.DELIVERED, "Two sessions, bilingual."),
        ],
        scheduled_in=-160,
        place="Workers' center, Lake Placid",
        reached=14,
        trainer="Marisol Ortega",
    ),
    DemoRequest(
        reference="TR-DEM2-Z3HD",
        days_ago=75,
        contact_name="Widline J.",
        language="ht",
        languages=["ht", "en"],
        partner="buffalo-home-care-cooperative",
        phone="716-555-0115",
        curricula=["worker-to-trainer"],
        sector="care-work",
        participants=9,
        city="Buffalo",
        steps=[
            (60, Status.SCHEDULED, "First of three sessions."),
            (30, Status.DELIVERED, "All three sessions held; two new peer trainers."),
        ],
        scheduled_in=-30,
        place="Cooperative office",
        reached=9,
        trainer="Jean Pierre-Louis",
    ),
    DemoRequest(
        reference="TR-DEM2-A6TW",
        days_ago=300,
        contact_name="Diego V.",
        language="es",
        languages=["es"],
        organization_name="Hudson Valley Orchard Workers",
        phone="845-555-0116",
        source=Source.PHONE,
        modules=["heat-stress-in-the-fields"],
        sector="farm-work",
        region="hudson-valley",
        participants=28,
        city="Marlboro",
        steps=[
            (290, Status.SCHEDULED, "Before the apple harvest."),
            (260, Status.DELIVERED, "Held in the orchard at lunch."),
            (250, Status.CLOSED, "Report sent to the partner."),
        ],
        scheduled_in=-260,
        reached=31,
        trainer="Luis Herrera",
    ),
    # Closed, declined, spam ---------------------------------------------------------
    DemoRequest(
        reference="TR-DEM2-E2NQ",
        days_ago=500,
        contact_name="Pat G.",
        language="en",
        languages=["en"],
        partner="southern-tier-local-281",
        email="pat.g@example.org",
        modules=["machine-safety-on-the-line"],
        sector="factory-and-food-processing",
        participants=45,
        steps=[
            (480, Status.SCHEDULED, "Set for the spring."),
            (450, Status.DELIVERED, "Delivered at the plant gate meeting."),
            (440, Status.CLOSED, "Closed after follow-up."),
        ],
        scheduled_in=-450,
        reached=38,
        trainer="Marisol Ortega",
    ),
    DemoRequest(
        reference="TR-DEM2-G7KR",
        days_ago=60,
        contact_name="Hassan M.",
        language="ar",
        languages=["ar"],
        organization_name="Utica Cab Drivers' Association",
        phone="315-555-0118",
        not_sure="Training about our rights as drivers for the app companies.",
        region="central-ny",
        participants=50,
        steps=[
            (55, Status.REVIEWING, "Outside what we teach now."),
            (50, Status.DECLINED, "Referred to a drivers' organizing project."),
        ],
    ),
    DemoRequest(
        reference="TR-DEM2-M4XB",
        days_ago=420,
        contact_name="Yolanda C.",
        language="es",
        languages=["es"],
        organization_name="Grupo de Mujeres de Sodus",
        email="yolanda.c@example.org",
        modules=["running-a-democratic-meeting"],
        sector="farm-work",
        region="finger-lakes",
        participants=6,
        steps=[
            (400, Status.DECLINED, "No trainer free that season; asked to reapply.")
        ],
    ),
    DemoRequest(
        reference="TR-DEM2-N8WS",
        days_ago=5,
        contact_name="Best Prices",
        language="en",
        languages=["en"],
        organization_name="SEO Services Online",
        email="offers@example.org",
        not_sure="Cheap backlinks for your website, visit our site.",
        delivery=Delivery.ONLINE,
        steps=[(4, Status.SPAM, "Advertising.")],
    ),
    DemoRequest(
        reference="TR-DEM2-T5CV",
        days_ago=380,
        contact_name="Crypto Deals",
        language="en",
        languages=["en"],
        organization_name="Investment Opportunity",
        email="deals@example.org",
        not_sure="Earn money fast.",
        delivery=Delivery.ONLINE,
        steps=[(379, Status.SPAM, "Advertising.")],
    ),
    DemoRequest(
        reference="TR-DEM2-U3JH",
        days_ago=45,
        contact_name="Mei W.",
        language="en",
        languages=["zh", "en"],
        organization_name="Chinatown Restaurant Workers Committee",
        email="mei.w@example.org",
        modules=["documenting-wage-theft"],
        sector="hospitality",
        region="new-york-city",
        participants=20,
        interpretation=True,
        steps=[
            (40, Status.REVIEWING, "Looking for a Cantonese interpreter."),
            (20, Status.CLOSED, "The committee found a local trainer; closed."),
        ],
    ),
]


def _at(days_ago, hour=10):
    day = timezone.localdate() - timedelta(days=days_ago)
    return timezone.make_aware(datetime.combine(day, time(hour, 0)))


def ensure_request_page():
    home = home_page()
    page = child_page(
        home,
        TrainingRequestPage,
        PAGE_SLUG,
        title=PAGE_TITLE,
        introduction=PAGE_INTRO,
        consent_text=DEFAULT_CONSENT,
        show_in_menus=True,
    )
    translate_into_all(page, PAGE_TRANSLATIONS)
    return page


def ensure_coordinator():
    group = ensure_coordinators_group()
    user_model = get_user_model()
    user = user_model.objects.filter(username=COORDINATOR["username"]).first()
    if user is None:
        user = user_model(**COORDINATOR)
        # No password: set one with `manage.py changepassword coordinator`.
        user.set_unusable_password()
        user.save()
    user.groups.add(group)
    return user


def _by_slug(queryset, slugs):
    found = {item.slug: item for item in queryset.filter(slug__in=slugs)}
    return [found[slug] for slug in slugs if slug in found]


def create_request(data, coordinator, lookups):
    default = lookups["default"]
    partner = lookups["partners"].get(data.partner)
    region = lookups["regions"].get(data.region) or (
        lookups["regions_by_pk"].get(partner.region_id) if partner else None
    )
    request = TrainingRequest.objects.create(
        reference=data.reference,
        created_at=_at(data.days_ago, hour=9),
        source=data.source,
        status=Status.NEW,
        organization=partner,
        organization_name=data.organization_name,
        contact_name=data.contact_name,
        email=data.email,
        phone=data.phone,
        locale=lookups["locales"].get(data.language, default),
        not_sure_description=data.not_sure,
        languages=data.languages,
        interpretation_needed=data.interpretation,
        sector=lookups["sectors"].get(data.sector),
        participants=data.participants,
        delivery=data.delivery,
        city=data.city,
        region=region,
        preferred_dates=data.preferred_dates,
        support_needs=data.support,
        accessibility_needs=data.accessibility,
        notes=data.notes,
    )
    request.modules.set(
        _by_slug(TrainingModulePage.objects.filter(locale=default), data.modules)
    )
    request.curricula.set(
        _by_slug(CurriculumPage.objects.filter(locale=default), data.curricula)
    )
    arrival = {
        Source.WEB: "Sent through the website.",
        Source.PHONE: "Taken by phone.",
        Source.EMAIL: "Received by email.",
        Source.IN_PERSON: "Taken in person.",
    }[data.source]
    web = data.source == Source.WEB
    request.record_arrival(by=None if web else coordinator, note=arrival)
    for days_ago, status, note in data.steps:
        request.change_status(status, by=coordinator, note=note, at=_at(days_ago, 14))
    if data.steps:
        request.assigned_to = coordinator
    if data.scheduled_in is not None:
        request.scheduled_for = timezone.localdate() + timedelta(days=data.scheduled_in)
        request.scheduled_place = data.place
        request.trainer = data.trainer
    if request.status in (Status.DELIVERED, Status.CLOSED) and data.reached:
        request.delivered_on = request.scheduled_for
        request.participants_reached = data.reached
    request.internal_notes = data.internal_notes
    request.save()
    return request


def seed():
    """The request form in every language, the "Training coordinators" group with a
    demo coordinator, and invented requests in every status with their histories."""
    ensure_request_page()
    coordinator = ensure_coordinator()
    existing = set(
        TrainingRequest.objects.filter(
            reference__in=[data.reference for data in REQUESTS]
        ).values_list("reference", flat=True)
    )
    missing = [data for data in REQUESTS if data.reference not in existing]
    if not missing:
        return
    default = Locale.get_default()
    partner_model = TrainingRequest._meta.get_field("organization").related_model
    region_model = TrainingRequest._meta.get_field("region").related_model
    regions = list(region_model.objects.filter(locale=default))
    lookups = {
        "default": default,
        "locales": {locale.language_code: locale for locale in Locale.objects.all()},
        "partners": {p.slug: p for p in partner_model.objects.filter(locale=default)},
        "regions": {region.slug: region for region in regions},
        "regions_by_pk": {region.pk: region for region in regions},
        "sectors": {s.slug: s for s in Sector.objects.filter(locale=default)},
    }
    with transaction.atomic():
        for data in missing:
            create_request(data, coordinator, lookups)


def reset():
    """Remove the demo requests (the pages go with the page tree)."""
    references = [data.reference for data in REQUESTS]
    TrainingRequestStatusChange.objects.filter(
        request__reference__in=references
    ).delete()
    TrainingRequest.objects.filter(reference__in=references).delete()


demo_seeder(order=40, reset=reset)(seed)
