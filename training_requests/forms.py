"""The public training request form.

Choices are offered in the reader's language but stand for the source-language
(English) objects, so every request points at the same module, curriculum, partner,
region and sector whatever language it was made in, and reports group cleanly.

The form never lists the whole catalog or every partner: it offers the trainings
chosen or searched for (see lookups.py) and takes the organization's name as typed,
linking the request to a partner's page when the name is one.
"""

import re

from django import forms
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from curriculum.choices import Delivery
from home.choices import SpokenLanguage
from home.text import PlainTextFormMixin

from . import lookups
from .choices import SupportNeed

PHONE_PATTERN = re.compile(
    r"^\+?[0-9 ().\-/]{7,30}(\s*(ext\.?|x)\s*[0-9]{1,6})?$", re.I
)
HONEYPOT_FIELD = "website"
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


def _marked(label, code):
    """A label in another language than the page, marked so screen readers switch
    voice (and Arabic runs right to left)."""
    if code == translation.get_language():
        return label
    direction = "rtl" if translation.get_language_info(code)["bidi"] else "ltr"
    return format_html('<span lang="{}" dir="{}">{}</span>', code, direction, label)


class TrainingRequestForm(PlainTextFormMixin, forms.Form):
    organization_name = forms.CharField(
        label=_("Your organization's name"),
        max_length=MAX_LENGTHS["organization_name"],
        help_text=_(
            "If it is one of our partners, write the name as it appears in the "
            "partner directory."
        ),
        error_messages={"required": _("Type the name of your organization.")},
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

    # The order fields are grouped in on the page, and for the error summary. The
    # training comes first, right under the search that finds one.
    SECTIONS = {
        "training": [
            "modules",
            "curricula",
            "not_sure_description",
            "languages",
            "interpretation_needed",
            "sector",
            "participants",
        ],
        "organization": ["organization_name"],
        "contact": ["contact_name", "email", "phone"],
        "place": ["delivery", "city", "region", "preferred_dates"],
        "support": ["support_needs", "accessibility_needs", "notes"],
    }

    def __init__(self, *args, chosen=None, **kwargs):
        """`chosen`: the trainings to show ticked (an unbound form; a bound one reads
        them from the submission)."""
        super().__init__(*args, **kwargs)
        self.language = lookups.reader_language()
        vocabularies = lookups.vocabularies(self.language)
        self.fields["sector"].choices = [
            ("", _("Choose a sector")),
            *vocabularies["sector"],
        ]
        self.fields["region"].choices = [
            ("", _("Choose a region")),
            *vocabularies["region"],
        ]
        if self.is_bound:
            chosen = lookups.chosen_in_submission(self.data, self.language)
        self.chosen = list(chosen or [])
        self.find = ""
        self.found = None
        self.offered = []
        self._offer(self.chosen)
        if not self.is_bound:
            self.initial.update(
                {
                    kind: [offer.pk for offer in self.chosen if offer.kind == kind]
                    for kind in lookups.KINDS
                }
            )

    @classmethod
    def from_link(cls, query):
        """The form a link opens: with the trainings it chose ticked (?module=<id>
        and ?curriculum=<id>, the id of the page in any language) and, with
        ?find=words, the trainings whose title has those words; else a few
        suggestions. Anything else in the query is ignored."""
        language = lookups.reader_language()
        form = cls(chosen=lookups.chosen_in_link(query, language))
        form.offer_more(lookups.find_term(query))
        return form

    def offer_more(self, find=""):
        """Besides the chosen trainings, offer those found for `find` or, with no
        search, a few suggestions (for showing the form, not for checking it)."""
        self.find = find
        if find:
            self.found = lookups.found(find, self.language)
            more = self.found
        else:
            more = lookups.suggested(self.language)
        chosen = {(offer.kind, offer.pk) for offer in self.chosen}
        self.offered = [o for o in more if (o.kind, o.pk) not in chosen]
        self._offer([*self.chosen, *self.offered])

    def _offer(self, offers):
        for kind in lookups.KINDS:
            self.fields[kind].choices = [
                (offer.pk, _marked(offer.label, offer.language))
                for offer in offers
                if offer.kind == kind
            ]

    def chosen_ids(self):
        """(query parameter, id) for each chosen training: a new search keeps them."""
        return [
            (lookups.QUERY_PARAMETERS[offer.kind], offer.pk) for offer in self.chosen
        ]

    def clean_organization_name(self):
        return " ".join(self.cleaned_data["organization_name"].split())

    def clean_phone(self):
        phone = self.cleaned_data["phone"].strip()
        if phone and not PHONE_PATTERN.match(phone):
            raise forms.ValidationError(
                _("Enter a phone number with digits, for example 315-555-0142.")
            )
        return phone

    def clean(self):
        cleaned = super().clean()
        # A partner's name links the request to the partner's page, as staff would.
        cleaned["organization"] = lookups.partner_named(
            cleaned.get("organization_name")
        )
        if cleaned["organization"] is not None:
            cleaned["organization_name"] = ""
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
        if bound.use_fieldset and not bound.field.choices:
            return self["not_sure_description"].auto_id
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
        """The fields to show, by section: a kind of training with nothing to offer
        (no curriculum matched the search, say) is left out, unless in error."""
        return {
            key: [
                self[name]
                for name in names
                if name not in lookups.KINDS
                or self.fields[name].choices
                or self.errors.get(name)
            ]
            for key, names in self.SECTIONS.items()
        }
