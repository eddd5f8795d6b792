"""Public forms that need no per-visitor token, so the pages holding them can be
served from the page cache (home.page_cache).

A CSRF token makes every copy of a page different. For the public site's small
anonymous forms (asking for a page in one's language) it guards against little: no
one is signed in, so a forged post can do nothing the attacker could not do
themselves. What such a form still refuses is a post that a browser says came from
another site: browsers send `Sec-Fetch-Site` (and `Origin`) with every form post,
and a page elsewhere cannot forge either. Programs that send neither are treated
like any visitor, behind the same rate limits.
"""

from functools import wraps

from django.conf import settings
from django.utils.translation import gettext
from django.views.decorators.csrf import csrf_exempt

from .views import problem

SAME_SITE = {"same-origin", "none"}


def from_another_site(request) -> bool:
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site not in SAME_SITE
    origin = request.headers.get("Origin")
    if origin is None:
        return False
    ours = request.build_absolute_uri("/")[:-1]
    return origin != ours and origin not in settings.CSRF_TRUSTED_ORIGINS


def same_site_post(view):
    """The view takes posts without a CSRF token, but only from our own pages."""

    @csrf_exempt
    @wraps(view)
    def guarded(request, *args, **kwargs):
        if request.method == "POST" and from_another_site(request):
            return problem(
                request,
                gettext("This form was sent from another website"),
                gettext("Please open the page on this site and use its button again."),
                status=403,
            )
        return view(request, *args, **kwargs)

    return guarded
