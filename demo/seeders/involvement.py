"""The "Join us" form under Get involved (demo/content/pages/join-us.yaml): built
from its fields as an editor would build it, translated into every language, read
by the Training coordinators group, linked from the Get involved page, and a few
invented answers sent through the form itself.

Every person, phone number (555-01xx) and address (@example.org) is invented.
Running it again adds nothing.
"""

from datetime import timedelta

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale

from demo.content import load, translations_of
from demo.seeders.site import translate_into_all
from demo.seeding import demo_seeder
from home.models import StandardPage
from involvement.models import (
    InvolvementFormField,
    InvolvementFormPage,
    InvolvementSubmission,
)
from training_requests.permissions import ensure_coordinators_group

PAGE_FIELDS = [
    "title",
    "introduction",
    "submit_label",
    "consent_text",
    "thank_you_text",
    "fields",
]


def ensure_form_page(parent, data):
    page = parent.get_children().filter(slug=data["slug"]).first()
    if page is not None:
        return page.specific
    page = InvolvementFormPage(
        slug=data["slug"],
        title=data["title"],
        introduction=data["introduction"],
        submit_label=data["submit_label"],
        consent_text=data["consent_text"],
        thank_you_text=data["thank_you_text"],
    )
    parent.add_child(instance=page)
    for order, field in enumerate(data["fields"]):
        InvolvementFormField.objects.create(
            page=page,
            sort_order=order,
            label=field["label"],
            help_text=field.get("help_text", ""),
            field_type=field["type"],
            required=field["required"],
            choices=field.get("choices", ""),
        )
    group = Group.objects.filter(name=data["group"]).first()
    group = group or ensure_coordinators_group()
    page.submission_groups.set([group])
    page.save_revision().publish()
    return page


def link_from(parent, page, label):
    """A button to the form at the end of the Get involved page's body."""
    if any(
        block.block_type == "button" and block.value["page"].pk == page.pk
        for block in parent.body
    ):
        return
    parent.body.append(("button", {"label": label, "page": page}))
    parent.save_revision().publish()


def send_answers(page, submissions):
    """The invented answers, sent through each language's form."""
    if page.get_submissions().exists():
        return
    now = timezone.now()
    with transaction.atomic():
        for data in submissions:
            locale = Locale.objects.filter(language_code=data["language"]).first()
            if locale is None:
                continue
            copy = page.get_translation(locale).specific
            form = copy.get_form(data["answers"], page=copy)
            if not form.is_valid():
                raise ValueError(f"Demo answers refused: {form.errors.as_json()}")
            submission = copy.process_form_submission(form)
            InvolvementSubmission.objects.filter(pk=submission.pk).update(
                submit_time=now - timedelta(days=data["days_ago"])
            )


@demo_seeder(order=60)
def seed():
    parent = StandardPage.objects.filter(
        slug="get-involved", locale=Locale.get_default()
    ).first()
    if parent is None:
        return
    data = load("pages/join-us.yaml")
    page = ensure_form_page(parent, data)
    translate_into_all(page, translations_of(data, PAGE_FIELDS))
    link_from(parent, page, data["link_label"])
    send_answers(page, data["submissions"])
