from wagtail.snippets.models import register_snippet

from .viewsets import RegionViewSet

register_snippet(RegionViewSet)
