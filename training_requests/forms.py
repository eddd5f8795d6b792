"""The public training request form.

Choices are offered in the reader's language but stand for the source-language
(English) objects, so every request points at the same module, curriculum, partner,
region and sector whatever language it was made in, and reports group cleanly.
"""

import re

from django import forms
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page

from curriculum.choices import Delivery
from curriculum.models import CurriculumPage, TrainingModulePage
from home.choices import SpokenLanguage
from home.text import PlainTextFormMixin
from partners.models import PartnerPage
from taxonomy.models import Region, Sector

from .choices import SupportNeed

PHONE_PATTERN = re.compile(
    r"^\+?[0-9 ().\-/]{7,30}(\s*(ext\.?|x)\s*[0-9]{1,6})?$", re.I
)
HONEYPOT_FIELD = "website"
MAX_PAGE_ID = 2**31
STAMP_FIELD = "started"

MAX_LENGTHS = {
    "organization_name": 200,
    "contact_name": 120,
    "email": 254,
    "phone": 40,
    "not_sure_description": 1500,
    "city": 100,
    "preferred_dates": 200,
    "accessibility_needs": 600,
    "notes": 1500,
}


def _localized_labels(model, sources, locale, field):
    """{source pk: (label, language)} for objects translated with wagtail-localize:
    the label in `locale` where there is a real translation, the source's own label
    (and language) otherwise."""
    source_code = Locale.get_default().language_code
    labels = {source["pk"]: (source[field], source_code) for source in sources}
    if locale is None or locale.language_code == source_code:
        return labels
    keys = {source["translation_key"]: source["pk"] for source in sources}
    translated = model.objects.filter(locale=locale, translation_key__in=keys)
    if issubclass(model, Page):
        translated = translated.live().filter(alias_of__isnull=True)
    for key, label in translated.values_list("translation_key", field):
        labels[keys[key]] = (label, locale.language_code)
    return labels


def _marked(label, code):
    """A label in another language than the page, marked so screen readers switch
    voice (and Arabic runs right to left)."""
    if code == translation.get_language():
        return label
    direction = "rtl" if translation.get_language_info(code)["bidi"] else "ltr"
    return format_html('<span lang="{}" dir="{}">{}</span>', code, direction, label)


def localized_choices(
    model, source_queryset, locale, field="title", sort=True, mark=False
):
    sources = list(source_queryset.values("pk", "translation_key", field))
    labels = _localized_labels(model, sources, locale, field)
    choices = [(source["pk"], labels[source["pk"]]) for source in sources]
    if sort:
        choices.sort(key=lambda choice: str(choice[1][0]).casefold())
    return [
        (pk, _marked(label, code) if mark else label) for pk, (label, code) in choices
    ]


def source_pages(model):
    return model.objects.live().public().filter(locale=Locale.get_default())


def source_pk_for(model, page_id):
    """The source-language page of the page with this id (in any language), or None
    when the id is not a number or names no such page."""
    try:
        page_id = int(page_id)
    except (TypeError, ValueError):
        return None
    if not 0 < page_id < MAX_PAGE_ID:  # PostgreSQL refuses numbers out of range
        return None
    key = model.objects.filter(pk=page_id).values_list("translation_key", flat=True)
    source = (
        model.objects.filter(translation_key__in=key, locale=Locale.get_default())
        .values_list("pk", flat=True)
        .first()
    )
    return source


class TrainingRequestForm(PlainTextFormMixin, forms.Form):
    organization = forms.TypedChoiceField(
        label=_("Your organization"),
        required=False,
        coerce=int,
        empty_value=None,
        help_text=_("Choose it from the list of partner organizations."),
    )
    organization_name = forms.CharField(
        label=_("Not on the list? Type your organization's name"),
        required=False,
        max_length=MAX_LENGTHS["organization_name"],
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    contact_name = forms.CharField(
        label=_("Your name"),
        max_length=MAX_LENGTHS["contact_name"],
        help_text=_("A first name is enough."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Email"),
        required=False,
        max_length=MAX_LENGTHS["email"],
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = forms.CharField(
        label=_("Phone"),
        required=False,
        max_length=MAX_LENGTHS["phone"],
        help_text=_("Give an email address, a phone number or both."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    languages = forms.MultipleChoiceField(
        label=_("Language or languages for the training"),
        choices=SpokenLanguage.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one language.")},
    )
    interpretation_needed = forms.BooleanField(
        label=_("Some participants will need interpretation"), required=False
    )
    modules = forms.TypedMultipleChoiceField(
        label=_("Trainings"),
        required=False,
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
    )
    curricula = forms.TypedMultipleChoiceField(
        label=_("Curricula (series of trainings)"),
        required=False,
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
    )
    not_sure_description = forms.CharField(
        label=_("Not sure which training? Describe what you need"),
        required=False,
        max_length=MAX_LENGTHS["not_sure_description"],
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    sector = forms.TypedChoiceField(
        label=_("Sector your members work in"),
        required=False,
        coerce=int,
        empty_value=None,
    )
    participants = forms.IntegerField(
        label=_("About how many participants?"),
        required=False,
        min_value=1,
        max_value=5000,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    delivery = forms.ChoiceField(
        label=_("In person or online?"),
        # The requester's own words for "either" (a module's page says "in person
        # or online"); the code stored is the same.
        choices=[
            (Delivery.IN_PERSON, Delivery.IN_PERSON.label),
            (Delivery.ONLINE, Delivery.ONLINE.label),
            (Delivery.EITHER, _("Either is fine")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose in person, online or either.")},
    )
    city = forms.CharField(
        label=_("City or town"),
        required=False,
        max_length=MAX_LENGTHS["city"],
        widget=forms.TextInput(attrs={"autocomplete": "address-level2"}),
    )
    region = forms.TypedChoiceField(
        label=_("Region"), required=False, coerce=int, empty_value=None
    )
    preferred_dates = forms.CharField(
        label=_("Preferred dates or time frame"),
        required=False,
        max_length=MAX_LENGTHS["preferred_dates"],
        help_text=_("For example: Sunday afternoons in March, or after the harvest."),
    )
    support_needs = forms.MultipleChoiceField(
        label=_("Support participants will need"),
        required=False,
        choices=SupportNeed.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    accessibility_needs = forms.CharField(
        label=_("Other access needs"),
        required=False,
        max_length=MAX_LENGTHS["accessibility_needs"],
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    notes = forms.CharField(
        label=_("Anything else we should know"),
        required=False,
        max_length=MAX_LENGTHS["notes"],
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the coalition keeps these details to arrange the training."
        ),
        error_messages={
            "required": _("Please agree to how we use these details, or call us.")
        },
    )

    # The order fields are grouped in on the page, and for the error summary.
    SECTIONS = {
        "organization": ["organization", "organization_name"],
        "contact": ["contact_name", "email", "phone"],
        "training": [
            "modules",
            "curricula",
            "not_sure_description",
            "languages",
            "interpretation_needed",
            "sector",
            "participants",
        ],
        "place": ["delivery", "city", "region", "preferred_dates"],
        "support": ["support_needs", "accessibility_needs", "notes"],
    }

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.locale = locale or Locale.get_active()
        self.fields["organization"].choices = [
            ("", _("Choose your organization")),
            *localized_choices(PartnerPage, source_pages(PartnerPage), self.locale),
        ]
        self.fields["modules"].choices = localized_choices(
            TrainingModulePage, source_pages(TrainingModulePage), self.locale, mark=True
        )
        self.fields["curricula"].choices = localized_choices(
            CurriculumPage, source_pages(CurriculumPage), self.locale, mark=True
        )
        self.fields["sector"].choices = [
            ("", _("Choose a sector")),
            *localized_choices(
                Sector,
                Sector.objects.filter(locale=Locale.get_default()).in_reading_order(),
                self.locale,
                field="name",
                sort=False,
            ),
        ]
        regions = Region
        self.fields["region"].choices = [
            ("", _("Choose a region")),
            *localized_choices(
                regions,
                regions.objects.filter(locale=Locale.get_default()),
                self.locale,
                field="name",
            ),
        ]

    @classmethod
    def initial_from_query(cls, query):
        """Preselect what the link asked for: ?module=<id> and ?curriculum=<id> with
        the id of the page in any language. Anything else is ignored."""
        initial = {}
        module = source_pk_for(TrainingModulePage, query.get("module"))
        if module is not None:
            initial["modules"] = [module]
        curriculum = source_pk_for(CurriculumPage, query.get("curriculum"))
        if curriculum is not None:
            initial["curricula"] = [curriculum]
        return initial

    def clean_phone(self):
        phone = self.cleaned_data["phone"].strip()
        if phone and not PHONE_PATTERN.match(phone):
            raise forms.ValidationError(
                _("Enter a phone number with digits, for example 315-555-0142.")
            )
        return phone

    def clean(self):
        cleaned = super().clean()
        if (
            not cleaned.get("organization")
            and not cleaned.get("organization_name")
            and "organization_name" not in self.errors
        ):
            self.add_error(
                "organization",
                _("Choose your organization from the list or type its name."),
            )
        if (
            not cleaned.get("email")
            and not cleaned.get("phone")
            and "email" not in self.errors
            and "phone" not in self.errors
        ):
            self.add_error(
                "email",
                _("Give us an email address or a phone number so we can reply."),
            )
        wanted = (
            cleaned.get("modules")
            or cleaned.get("curricula")
            or cleaned.get("not_sure_description")
        )
        if not wanted and "not_sure_description" not in self.errors:
            self.add_error(
                "modules",
                _(
                    "Choose at least one training or curriculum, or describe what "
                    "you need."
                ),
            )
        in_person = cleaned.get("delivery") == Delivery.IN_PERSON
        if (
            in_person
            and not cleaned.get("city")
            and not cleaned.get("region")
            and "city" not in self.errors
        ):
            self.add_error(
                "city",
                _("Tell us the city, town or region where the training would be."),
            )
        return cleaned

    def error_summary(self):
        """Each error with the id of the field to jump to, in the page's order."""
        summary = [("", error) for error in self.non_field_errors()]
        for section in self.SECTIONS.values():
            for name in section:
                for error in self.errors.get(name, []):
                    summary.append((self.anchor(name), error))
        for name in ("consent",):
            for error in self.errors.get(name, []):
                summary.append((self.anchor(name), error))
        return summary

    def anchor(self, name):
        bound = self[name]
        if bound.use_fieldset:
            return f"{bound.auto_id}_0"
        return bound.auto_id

    def describe_consent_with(self, element_id):
        """Tie the agreement box to the text that explains it (and to its error)."""
        ids = [element_id]
        if self.is_bound and self.errors.get("consent"):
            ids.append(f"{self['consent'].auto_id}_error")
        self.fields["consent"].widget.attrs["aria-describedby"] = " ".join(ids)

    def sections(self):
        return {
            key: [self[name] for name in names] for key, names in self.SECTIONS.items()
        }
