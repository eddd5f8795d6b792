"""sitemap.xml: every page that is really written in its language, with the URLs of
its other translations (and x-default, the source) as alternates."""

from collections import defaultdict

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site


class TranslatedPageSitemap(Sitemap):
    def __init__(self, request=None):
        self.request = request

    def items(self):
        site = Site.find_for_request(self.request) or Site.objects.get(
            is_default_site=True
        )
        roots = site.root_page.get_translations(inclusive=True)
        pages = Page.objects.none()
        for root in roots:
            pages |= Page.objects.descendant_of(root, inclusive=True)
        return (
            pages.live()
            .public()
            .filter(alias_of__isnull=True)
            .select_related("locale")
            # Translations side by side, so each sitemap page holds whole groups.
            .order_by("translation_key", "locale__language_code")
        )

    def lastmod(self, page):
        return page.last_published_at

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        by_key = defaultdict(list)
        for item in items:
            url = item.get_full_url(self.request)
            by_key[item.translation_key].append((item, url))
        urls = []
        for translations in by_key.values():
            alternates = [
                {"lang_code": item.locale.language_code, "location": url}
                for item, url in translations
            ]
            default = next(
                (url for item, url in translations if item.locale.is_default), None
            )
            if default:
                alternates.append({"lang_code": "x-default", "location": default})
            for item, url in translations:
                urls.append(
                    {
                        "item": item,
                        "location": url,
                        "lastmod": self.lastmod(item),
                        "alternates": alternates if len(translations) > 1 else [],
                    }
                )
        return urls
