"""Admin listings for the curriculum's snippets."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Sector, Topic


class TaxonomyViewSet(SnippetViewSet):
    list_display = ["name", "sort_order", "slug", "description"]
    list_export = ["name", "slug", "description", "sort_order"]
    search_fields = ["name", "description"]
    ordering = ["sort_order", "name"]
    sort_order_field = "sort_order"
    inspect_view_enabled = True


class TopicViewSet(TaxonomyViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")


class SectorViewSet(TaxonomyViewSet):
    model = Sector
    icon = "site"
    menu_label = _("Sectors")


class CurriculumViewSetGroup(SnippetViewSetGroup):
    items = (TopicViewSet, SectorViewSet)
    menu_icon = "list-ul"
    menu_label = _("Topics and sectors")
    menu_name = "curriculum-taxonomy"
