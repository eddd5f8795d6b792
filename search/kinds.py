"""The kinds of page a reader can narrow a search to, named in their words. A page
type says its kind with `search_kind` (home.BasePage says "page")."""

from django.utils.translation import gettext_lazy as _

KINDS = {
    "module": _("Training modules"),
    "curriculum": _("Curricula"),
    "partner": _("Partner organizations"),
    "convening": _("Convenings"),
    "report": _("Convening reports"),
    "page": _("Other pages"),
}
# One result's label.
KIND = {
    "module": _("Training module"),
    "curriculum": _("Curriculum"),
    "partner": _("Partner organization"),
    "convening": _("Convening"),
    "report": _("Convening report"),
    "page": _("Page"),
}
