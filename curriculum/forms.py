"""The catalog's filter form: a plain GET form that works without JavaScript.

A value the form does not recognise (a topic that does not exist, a page number
that is not a number, a NUL byte) is dropped on its own, so a hand-edited or stale
link still shows a catalog instead of an error.
"""

from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm

from .choices import DURATION_RANGES, Delivery, Level, language_name

MAX_QUERY_LENGTH = 200
FILTER_NAMES = ["q", "topic", "sector", "level", "format", "duration", "language"]


class KeywordField(forms.CharField):
    """Free text, cut to a sane length rather than refused."""

    def to_python(self, value):
        value = super().to_python(value)
        return value.replace("\x00", "")[:MAX_QUERY_LENGTH].strip()


class CatalogFilterForm(forms.Form):
    q = KeywordField(label=_("Keywords"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    sector = forms.ChoiceField(label=_("Sector"), required=False)
    level = forms.ChoiceField(
        label=_("Level"),
        required=False,
        choices=[("", _("Any level")), *Level.choices],
    )
    format = forms.ChoiceField(
        label=_("Format"),
        required=False,
        choices=[
            ("", _("In person or online")),
            (Delivery.IN_PERSON, _("In person")),
            (Delivery.ONLINE, _("Online")),
        ],
    )
    duration = forms.ChoiceField(
        label=_("Length"),
        required=False,
        choices=[
            ("", _("Any length")),
            *((name, label) for name, (label, _low, _high) in DURATION_RANGES.items()),
        ],
    )
    language = forms.ChoiceField(label=_("Translated into"), required=False)

    def __init__(self, data=None, *, locale, topics=(), sectors=()):
        # Only the filters' own keys count: ?page=2 alone is not a filtered catalog.
        super().__init__(data, auto_id="catalog-%s")
        self.locale = locale
        self.topics, self.sectors = topics, sectors
        self.fields["topic"].choices = [
            ("", _("All topics")),
            *((topic.slug, topic.name) for topic in topics),
        ]
        self.fields["sector"].choices = [
            ("", _("All sectors")),
            *((sector.slug, sector.name) for sector in sectors),
        ]
        self.fields["language"].choices = [
            ("", _("Any language")),
            *((code, language_name(code)) for code, _label in settings.LANGUAGES),
        ]

    @cached_property
    def filters(self):
        """The filters that were given and make sense; invalid ones are dropped."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if value and name in FILTER_NAMES
        }

    def for_display(self):
        """The same form holding only the valid filters, so that a bad value is
        dropped quietly instead of shown as an error."""
        return type(self)(
            self.filters, locale=self.locale, topics=self.topics, sectors=self.sectors
        )

    def filter(self, modules):
        """Narrow a queryset of modules down to the valid filters."""
        filters = self.filters
        model = modules.model
        if topic := filters.get("topic"):
            modules = modules.filter(
                pk__in=model.objects.filter(topics__slug=topic).values("pk")
            )
        if sector := filters.get("sector"):
            modules = modules.filter(
                pk__in=model.objects.filter(sectors__slug=sector).values("pk")
            )
        if level := filters.get("level"):
            modules = modules.filter(level=level)
        if delivery := filters.get("format"):
            modules = modules.filter(delivery_format__in=[delivery, Delivery.EITHER])
        if duration := filters.get("duration"):
            _label, low, high = DURATION_RANGES[duration]
            modules = modules.filter(duration_minutes__gte=low)
            if high is not None:
                modules = modules.filter(duration_minutes__lte=high)
        if language := filters.get("language"):
            # Really translated: a page of its own in that language, not an alias.
            translated = model.objects.live().filter(
                locale__language_code=language, alias_of__isnull=True
            )
            modules = modules.filter(
                translation_key__in=translated.values("translation_key")
            )
        if query := filters.get("q"):
            matches = (
                model.objects.live()
                .filter(locale=self.locale)
                .search(query, operator="and", order_by_relevance=False)
            )
            # The database search backends give their matches as a queryset: the
            # catalog filters on it inside its own query instead of loading every
            # match (other backends only give the list).
            if hasattr(matches, "get_queryset"):
                modules = modules.filter(pk__in=matches.get_queryset().values("pk"))
            else:
                modules = modules.filter(pk__in=[match.pk for match in matches])
        return modules

    def active_filters(self, querydict):
        """Each filter in use, with a link to the catalog without it, so an empty
        result can say what to loosen."""
        active = []
        for name, value in self.filters.items():
            field = self.fields[name]
            display = dict(field.choices).get(value, value) if name != "q" else value
            remaining = querydict.copy()
            remaining.pop(name, None)
            remaining.pop("page", None)
            active.append(
                {
                    "name": name,
                    "label": field.label,
                    "value": display,
                    "remove_query": remaining.urlencode(),
                }
            )
        return active


class TrainingModulePageForm(WagtailAdminPageForm):
    """The module editing form: topics and sectors to choose from are the ones in
    the page's language (plus any already chosen), not every language's copy."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or getattr(
            self.parent_page, "locale_id", None
        )
        if locale_id is None:
            return
        for name in ("topics", "sectors"):
            field = self.fields.get(name)
            if field is None:
                continue
            chosen = [getattr(item, "pk", item) for item in self.initial.get(name, [])]
            field.queryset = field.queryset.filter(
                Q(locale_id=locale_id) | Q(pk__in=chosen)
            ).order_by("sort_order", "name")
