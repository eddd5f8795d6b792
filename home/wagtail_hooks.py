from wagtail.snippets.models import register_snippet

from .viewsets import FooterTextViewSet

register_snippet(FooterTextViewSet)
