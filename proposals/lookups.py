"""The partners the proposal form offers, named in the reader's language."""

from django.db.models import OuterRef, Subquery

from home.languages import source_language
from home.view_restrictions import private_q
from partners.models import PartnerPage


def partner_choices(language):
    """[(source page id, title in `language` or else English)] for every live,
    public partner, sorted as read: one query, however many partners."""
    local = (
        PartnerPage.objects.live()
        .filter(
            locale__language_code=language, translation_key=OuterRef("translation_key")
        )
        .values("title")[:1]
    )
    rows = (
        PartnerPage.objects.live()
        .filter(~private_q(), locale__language_code=source_language())
        .annotate(local_title=Subquery(local))
        .values_list("pk", "title", "local_title")
        .order_by()
    )
    choices = [(pk, local_title or title) for pk, title, local_title in rows]
    return sorted(choices, key=lambda choice: str(choice[1]).casefold())
