"""The public registration form, and the form a registrant changes their needs with
through their private link. Contact rules, the phone pattern and the plain-text
cleaning are the training request form's."""

from django import forms
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from home.text import PlainTextFormMixin
from training_requests.forms import HONEYPOT_FIELD, PHONE_PATTERN, STAMP_FIELD

from .choices import OTHER_LANGUAGE, interpretation_choices, language_choices

__all__ = ["HONEYPOT_FIELD", "STAMP_FIELD", "NeedsForm", "RegistrationForm"]

MAX_LENGTHS = {
    "name": 120,
    "email": 254,
    "phone": 40,
    "organization": 200,
    "interpretation_other": 60,
    "children_ages": 100,
    "accessibility": 600,
    "dietary": 300,
    "transport": 300,
}
MAX_CHILDREN = 20


class NeedsForm(PlainTextFormMixin, forms.Form):
    interpretation = forms.ChoiceField(
        label=_("I need interpretation into"),
        required=False,
        choices=(),
    )
    interpretation_other = forms.CharField(
        label=_("Which other language?"),
        required=False,
        max_length=MAX_LENGTHS["interpretation_other"],
    )
    children = forms.IntegerField(
        label=_("Children who need childcare"),
        required=False,
        min_value=0,
        max_value=MAX_CHILDREN,
        initial=0,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    children_ages = forms.CharField(
        label=_("Their ages"),
        required=False,
        max_length=MAX_LENGTHS["children_ages"],
        help_text=_("For example: 2, 5 and 9."),
    )
    accessibility = forms.CharField(
        label=_("Accessibility needs"),
        required=False,
        max_length=MAX_LENGTHS["accessibility"],
        help_text=_("Step-free access, seating, sign language, large print ..."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    dietary = forms.CharField(
        label=_("Dietary needs"),
        required=False,
        max_length=MAX_LENGTHS["dietary"],
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    transport = forms.CharField(
        label=_("Transport needs"),
        required=False,
        max_length=MAX_LENGTHS["transport"],
        help_text=_("For example: a ride from the bus station."),
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    NEEDS = [
        "interpretation",
        "interpretation_other",
        "children",
        "children_ages",
        "accessibility",
        "dietary",
        "transport",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["interpretation"].choices = [
            ("", _("No interpretation needed")),
            *interpretation_choices(),
        ]

    def clean(self):
        cleaned = super().clean()
        cleaned["children"] = cleaned.get("children") or 0
        if cleaned.get("interpretation") != OTHER_LANGUAGE:
            cleaned["interpretation_other"] = ""
        elif not cleaned.get("interpretation_other") and not self.errors.get(
            "interpretation_other"
        ):
            self.add_error(
                "interpretation_other", _("Tell us which language you need.")
            )
        if not cleaned["children"]:
            cleaned["children_ages"] = ""
        return cleaned

    def needs_fields(self):
        return [self[name] for name in self.NEEDS]

    def needs(self):
        return {name: self.cleaned_data.get(name) for name in self.NEEDS}

    def error_summary(self):
        """Each error with the id of the field to jump to, in the page's order."""
        summary = [("", error) for error in self.non_field_errors()]
        for name in self.fields:
            for error in self.errors.get(name, []):
                summary.append((self[name].auto_id, error))
        return summary


class RegistrationForm(NeedsForm):
    name = forms.CharField(
        label=_("Your name"),
        max_length=MAX_LENGTHS["name"],
        error_messages={"required": _("Tell us your name.")},
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
    organization = forms.CharField(
        label=_("Your organization"),
        required=False,
        max_length=MAX_LENGTHS["organization"],
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    language = forms.ChoiceField(
        label=_("Language we should write to you in"),
        choices=(),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the coalition keeps these details to organize the convening."
        ),
        error_messages={
            "required": _("Please agree to how we use these details, or call us.")
        },
    )

    CONTACT = ["name", "email", "phone", "organization", "language"]

    field_order = [
        "name",
        "email",
        "phone",
        "organization",
        "language",
        *NeedsForm.NEEDS,
        "consent",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = language_choices()
        if not self.is_bound:
            self.initial.setdefault("language", translation.get_language())

    def contact_fields(self):
        return [self[name] for name in self.CONTACT]

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean_organization(self):
        return " ".join(self.cleaned_data["organization"].split())

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
            not cleaned.get("email")
            and not cleaned.get("phone")
            and "email" not in self.errors
            and "phone" not in self.errors
        ):
            self.add_error(
                "email",
                _("Give us an email address or a phone number so we can reach you."),
            )
        return cleaned

    def registration_fields(self):
        data = self.cleaned_data
        return {
            "name": data["name"],
            "email": data.get("email", ""),
            "phone": data.get("phone", ""),
            "organization": data.get("organization", ""),
            "language": data["language"],
            **self.needs(),
        }
