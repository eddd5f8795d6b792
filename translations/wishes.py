"""Readers asking for a page in their language, counted without personal data."""

from django.db.models import F
from django.http import HttpResponseRedirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.models import Page

from home.cross_site import same_site_post
from home.languages import active_locale, default_locale
from home.rate_limit import first_time, within_limit
from home.views import problem

from .models import TranslationWish

ASKS_PER_HOUR = 30
ONE_DAY = 24 * 60 * 60


@same_site_post
@require_POST
def ask_for_translation(request):
    """Count one reader's wish to read a page in the active language."""
    try:
        page = Page.objects.live().public().get(pk=int(request.POST.get("page", "")))
    except (ValueError, Page.DoesNotExist):
        return problem(
            request,
            _("We could not tell which page you meant"),
            _("Please go back to the page and use its button again."),
            status=400,
        )
    if not within_limit(request, "translation-wish", ASKS_PER_HOUR, 60 * 60):
        return problem(
            request,
            _("Too many requests"),
            _(
                "You have asked for many translations in a short time. "
                "Please try again in an hour."
            ),
            status=429,
        )
    locale = active_locale()
    source = (
        Page.objects.filter(
            translation_key=page.translation_key, locale=default_locale()
        ).first()
    ) or page
    if first_time(request, f"translation-wish:{source.pk}:{locale.pk}", ONE_DAY):
        wish, _created = TranslationWish.objects.get_or_create(
            page=source, locale=locale
        )
        TranslationWish.objects.filter(pk=wish.pk).update(count=F("count") + 1)
    here = page.get_translation_or_none(locale) or page
    return HttpResponseRedirect(
        f"{here.get_url(request)}?translation_requested=1#translation-notice"
    )
