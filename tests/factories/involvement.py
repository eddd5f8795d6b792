"""A Get involved page with a "Join us" form under it, in English and Spanish, whose
answers the "Organizers" group may read."""

from dataclasses import dataclass

from django.contrib.auth.models import Group

from wagtail.models import Locale

from demo.content import segment
from involvement.models import InvolvementFormField, InvolvementFormPage
from tests.factories.home import StandardPageFactory
from translations.locales import synchronize_all_trees
from translations.localize import translate

FIELDS = [
    ("Your name", "singleline", True, ""),
    ("Email", "email", True, ""),
    ("How would you like to help?", "radio", True, "Teach a workshop\nTranslate"),
    ("Anything else?", "multiline", False, ""),
]
SPANISH = {
    "Join us": "Únase",
    "Your name": "Su nombre",
    "Email": "Correo electrónico",
    "How would you like to help?": "¿Cómo le gustaría ayudar?",
    "Teach a workshop\nTranslate": "Dar un taller\nTraducir",
    "Anything else?": "¿Algo más?",
    "Send": "Enviar",
}


@dataclass
class InvolvementSite:
    page: InvolvementFormPage
    spanish: InvolvementFormPage
    group: Group

    def url(self, code="en"):
        return self.page.get_translation(Locale.objects.get(language_code=code)).url


def build_involvement_site(site_tree) -> InvolvementSite:
    group, _ = Group.objects.get_or_create(name="Organizers")
    parent = StandardPageFactory(
        parent=site_tree.home, title="Get involved", slug="get-involved"
    )
    page = InvolvementFormPage(
        title="Join us",
        slug="join-us",
        introduction="Tell us how you would like to take part.",
        thank_you_text="We will write to you within a week.",
    )
    parent.add_child(instance=page)
    for order, (label, kind, required, choices) in enumerate(FIELDS):
        InvolvementFormField.objects.create(
            page=page,
            sort_order=order,
            label=label,
            field_type=kind,
            required=required,
            choices=choices,
        )
    page.submission_groups.set([group])
    page.save_revision().publish()
    synchronize_all_trees()
    strings = {segment(source): segment(text) for source, text in SPANISH.items()}
    spanish = translate(page, site_tree.locales["es"], strings)
    return InvolvementSite(page=page, spanish=spanish.specific, group=group)
