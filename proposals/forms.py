"""The public session proposal form.

Presenters are a fixed handful of rows (name, a partner from the list, or an
organization's name typed), so the form works without JavaScript. The partners are
listed in the reader's language but stand for their English pages, so every
proposal points at the same partner whatever language it was sent in.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.text import PlainTextFormMixin
from training_requests.forms import HONEYPOT_FIELD, STAMP_FIELD
from training_requests.lookups import partner_named, reader_language

from .choices import Format, session_languages
from .lookups import partner_choices

__all__ = ["HONEYPOT_FIELD", "MAX_PRESENTERS", "STAMP_FIELD", "SessionProposalForm"]

MAX_PRESENTERS = 4
MAX_LENGTHS = {
    "title": 200,
    "description": 3000,
    "access_needs": 1000,
    "contact_name": 120,
    "email": 254,
    "presenter_name": 120,
    "organization_name": 200,
}


def presenter_fields(number):
    return (
        f"presenter_{number}_name",
        f"presenter_{number}_partner",
        f"presenter_{number}_organization",
    )


class SessionProposalForm(PlainTextFormMixin, forms.Form):
    title = forms.CharField(
        label=_("Session title"),
        max_length=MAX_LENGTHS["title"],
        error_messages={"required": _("Give your session a title.")},
    )
    format = forms.ChoiceField(
        label=_("Format"),
        choices=Format.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose a workshop, a panel, a roundtable or a training.")
        },
    )
    description = forms.CharField(
        label=_("What the session is about"),
        max_length=MAX_LENGTHS["description"],
        help_text=_("What participants will do, learn or decide, in a few lines."),
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": _("Tell us what the session is about.")},
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages the session will be given in"),
        choices=session_languages,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one language.")},
    )
    access_needs = forms.CharField(
        label=_("Interpretation or access the session needs"),
        required=False,
        max_length=MAX_LENGTHS["access_needs"],
        help_text=_(
            "For example: interpretation into Haitian Creole, a projector, "
            "step-free access for a presenter."
        ),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    contact_name = forms.CharField(
        label=_("Your name"),
        max_length=MAX_LENGTHS["contact_name"],
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Tell us your name.")},
    )
    email = forms.EmailField(
        label=_("Your email"),
        max_length=MAX_LENGTHS["email"],
        help_text=_("We write to you here when we have decided."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={"required": _("Give us an email address so we can reply.")},
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the coalition keeps these details to organize the convening."
        ),
        error_messages={
            "required": _("Please agree to how we use these details, or call us.")
        },
    )

    SECTIONS = {
        "session": ["title", "format", "description", "languages", "access_needs"],
        "contact": ["contact_name", "email"],
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.language = reader_language()
        partners = [
            ("", _("Not a partner, or not listed")),
            *partner_choices(self.language),
        ]
        for number in range(1, MAX_PRESENTERS + 1):
            name, partner, organization = presenter_fields(number)
            self.fields[name] = forms.CharField(
                label=_("Presenter's name"),
                required=False,
                max_length=MAX_LENGTHS["presenter_name"],
            )
            self.fields[partner] = forms.TypedChoiceField(
                label=_("Partner organization"),
                required=False,
                coerce=int,
                empty_value=None,
                choices=partners,
            )
            self.fields[organization] = forms.CharField(
                label=_("Or the organization's name"),
                required=False,
                max_length=MAX_LENGTHS["organization_name"],
            )

    def presenter_rows(self):
        """[(number, [bound fields])] for the template."""
        return [
            (number, [self[name] for name in presenter_fields(number)])
            for number in range(1, MAX_PRESENTERS + 1)
        ]

    def clean(self):
        cleaned = super().clean()
        presenters = []
        for number in range(1, MAX_PRESENTERS + 1):
            name_field, partner_field, organization_field = presenter_fields(number)
            if any(f in self.errors for f in presenter_fields(number)):
                continue
            name = " ".join(cleaned.get(name_field, "").split())
            partner = cleaned.get(partner_field)
            organization = " ".join(cleaned.get(organization_field, "").split())
            if not (name or partner or organization):
                continue
            if not name:
                self.add_error(name_field, _("Give the presenter's name."))
                continue
            if partner is None and organization:
                # A partner's name typed in full links to the partner, as staff would.
                partner = partner_named(organization)
            presenters.append(
                {
                    "name": name,
                    "partner": partner,
                    "organization_name": "" if partner else organization,
                }
            )
        if not presenters and not any(
            name in self.errors
            for number in range(1, MAX_PRESENTERS + 1)
            for name in presenter_fields(number)
        ):
            self.add_error(
                "presenter_1_name", _("Name at least one presenter (it may be you).")
            )
        cleaned["presenters"] = presenters
        return cleaned

    def ordered_fields(self):
        names = [*self.SECTIONS["session"]]
        for number in range(1, MAX_PRESENTERS + 1):
            names.extend(presenter_fields(number))
        return [*names, *self.SECTIONS["contact"], "consent"]

    def error_summary(self):
        """Each error with the id of the field to jump to, in the page's order."""
        summary = [("", error) for error in self.non_field_errors()]
        for name in self.ordered_fields():
            for error in self.errors.get(name, []):
                bound = self[name]
                anchor = f"{bound.auto_id}_0" if bound.use_fieldset else bound.auto_id
                summary.append((anchor, error))
        return summary

    def sections(self):
        return {
            key: [self[name] for name in names] for key, names in self.SECTIONS.items()
        }
