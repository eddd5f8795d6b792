"""The site shell: the home page, About and Get involved, the footer and the site
settings (demo/content/site.yaml and pages/), with the home and About pages
translated into every language; and, last, pages in every state a translator
meets (translation-states.yaml)."""

from wagtail.models import Locale, Page, Site

from demo.content import body_blocks, load, translation_strings, translations_of
from demo.seeding import demo_seeder
from home.models import FooterText, HomePage, SiteSettings, StandardPage
from translations.locales import ensure_locales
from translations.localize import translate
from translations.models import TranslationWish

PAGE_FIELDS = ["title", "introduction", "body"]


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
        data = load("site.yaml")["home"]
        root = Page.get_first_root_node()
        # Wagtail's placeholder "Welcome" page (and its aliases) make way.
        for placeholder in root.get_children().not_type(HomePage).filter(numchild=0):
            placeholder.delete()
        home = HomePage(
            slug="home", title=data["title"], introduction=data["introduction"]
        )
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


def translate_into_all(instance, translations, *, machine=False):
    """Translate `instance` into each configured language it is not yet in."""
    for code, strings in translations.items():
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None:
            continue
        existing = instance.get_translation_or_none(locale)
        if existing is None or getattr(existing, "alias_of_id", None):
            translate(instance, locale, strings, machine=machine)


def standard_page(home, slug):
    data = load(f"pages/{slug}.yaml")
    page = child_page(
        home,
        StandardPage,
        slug,
        title=data["title"],
        introduction=data["introduction"],
        body=body_blocks(data["body"]),
        show_in_menus=True,
    )
    return page, data


@demo_seeder(order=0)
def seed_site():
    ensure_locales()
    site_data = load("site.yaml")
    home = home_page()
    settings = SiteSettings.for_site(home.get_site())
    settings.coalition_name = site_data["coalition_name"]
    settings.contact_email = site_data["contact_email"]
    settings.notification_email = site_data["notification_email"]
    settings.save()

    about, about_data = standard_page(home, "about")
    standard_page(home, "get-involved")
    translate_into_all(home, translations_of(site_data["home"], PAGE_FIELDS))
    translate_into_all(about, translations_of(about_data, PAGE_FIELDS))

    footer_data = site_data["footer"]
    footer = FooterText.objects.filter(locale=Locale.get_default()).first()
    if footer is None:
        footer = FooterText.objects.create(body=f"<p>{footer_data['text']}</p>")
    translate_into_all(
        footer,
        {
            code: translation_strings(footer_data["text"], text)
            for code, text in footer_data["translations"].items()
        },
    )


@demo_seeder(order=90)
def seed_translation_states():
    """Pages in every state a translator meets: a machine translation awaiting
    review, a translation gone out of date, untranslated pages readers asked for."""
    source = Locale.get_default()
    get_involved = StandardPage.objects.filter(
        slug="get-involved", locale=source
    ).first()
    if get_involved is not None:
        data = load("pages/get-involved.yaml")
        translate_into_all(
            get_involved,
            translations_of(
                {**data, "translations": data["machine_translations"]}, PAGE_FIELDS
            ),
            machine=True,
        )

    states = load("translation-states.yaml")
    out_of_date = states["out_of_date"]
    note = " " + out_of_date["add_to_summary"]
    module = Page.objects.filter(slug=out_of_date["module"], locale=source).first()
    if module is not None:
        module = module.specific
        if not module.introduction.endswith(note):
            module.introduction += note
            module.save_revision().publish()

    for wish in states["wishes"]:
        page = Page.objects.filter(slug=wish["page"], locale=source).first()
        locale = Locale.objects.filter(language_code=wish["language"]).first()
        if page and locale:
            TranslationWish.objects.update_or_create(
                page=page, locale=locale, defaults={"count": wish["readers"]}
            )
