from django.utils.translation import gettext_lazy as _

from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Region


class RegionViewSet(SnippetViewSet):
    """Regions, with the coordinator's address visible to staff in the listing."""

    model = Region
    icon = "site"
    menu_label = _("Regions")
    list_display = ["name", "slug", "locale", "coordinator_email"]
    search_fields = ["name"]
    ordering = ["name"]
