"""The public form a Get involved page's fields make: Wagtail's form builder, with
a length limit on every text answer and control characters removed, like the
site's other forms."""

from django import forms

from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from home.text import PlainTextFormMixin
from training_requests.forms import HONEYPOT_FIELD, STAMP_FIELD

__all__ = ["HONEYPOT_FIELD", "STAMP_FIELD", "InvolvementForm", "InvolvementFormBuilder"]

MAX_LENGTHS = {
    "singleline": 200,
    "multiline": 2000,
    "email": 254,
    "url": 500,
    "hidden": 200,
}


class InvolvementForm(PlainTextFormMixin, BaseForm):
    def error_summary(self):
        """Each error with the id of the field to jump to, in the page's order."""
        summary = [("", error) for error in self.non_field_errors()]
        for name in self.fields:
            for error in self.errors.get(name, []):
                bound = self[name]
                anchor = f"{bound.auto_id}_0" if bound.use_fieldset else bound.auto_id
                summary.append((anchor, error))
        return summary


class InvolvementFormBuilder(FormBuilder):
    def get_field_options(self, field):
        options = super().get_field_options(field)
        if field.field_type in MAX_LENGTHS:
            options["max_length"] = MAX_LENGTHS[field.field_type]
        return options

    def create_singleline_field(self, field, options):
        return forms.CharField(**options)

    def create_multiline_field(self, field, options):
        options.setdefault("widget", forms.Textarea(attrs={"rows": 4}))
        return forms.CharField(**options)

    def create_hidden_field(self, field, options):
        options.setdefault("widget", forms.HiddenInput)
        return forms.CharField(**options)

    def create_email_field(self, field, options):
        options.setdefault("widget", forms.EmailInput(attrs={"autocomplete": "email"}))
        return forms.EmailField(**options)

    def choice_values(self, field):
        return [value for value, _label in self.get_formatted_field_choices(field)]

    def get_form_class(self):
        return type("InvolvementFormClass", (InvolvementForm,), self.formfields)
