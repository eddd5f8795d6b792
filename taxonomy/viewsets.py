"""The admin's listings of topics, sectors and regions, under one menu."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Region, Sector, Topic


class TermViewSet(SnippetViewSet):
    list_display = ["name", "sort_order", "slug", "description"]
    list_export = ["name", "slug", "description", "sort_order"]
    search_fields = ["name", "description"]
    ordering = ["sort_order", "name"]
    sort_order_field = "sort_order"
    inspect_view_enabled = True


class TopicViewSet(TermViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")


class SectorViewSet(TermViewSet):
    model = Sector
    icon = "site"
    menu_label = _("Sectors")


class RegionViewSet(SnippetViewSet):
    """Regions, with the coordinator's address visible to staff in the listing."""

    model = Region
    icon = "site"
    menu_label = _("Regions")
    list_display = ["name", "slug", "locale", "coordinator_email"]
    search_fields = ["name"]
    ordering = ["name"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    items = (TopicViewSet, SectorViewSet, RegionViewSet)
    menu_icon = "list-ul"
    menu_label = _("Topics, sectors and regions")
    menu_name = "taxonomy"
