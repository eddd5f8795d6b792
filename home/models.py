"""The site shell: home and standard pages, site settings and the footer."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageViewRestriction, TranslatableMixin
from wagtail.search import index

from .blocks import BodyBlock
from .page_permissions import CoalitionPagePermissionTester
from .view_restrictions import SitePageManager, is_under_private_path


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Who the coalition is and where its mail goes; edited under Settings."""

    coalition_name = models.CharField(
        _("coalition name"),
        max_length=120,
        default="Training Hub",
        help_text=_("Shown in the header of every page and in emails."),
    )
    contact_email = models.EmailField(
        _("public contact email"),
        blank=True,
        help_text=_("Shown in the footer so visitors can write to the coalition."),
    )
    notification_email = models.EmailField(
        _("notification email"),
        blank=True,
        help_text=_(
            "Where new training requests are announced. Not shown to visitors."
        ),
    )

    panels = [
        FieldPanel("coalition_name"),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("notification_email")],
            heading=_("Email"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")


class FooterText(TranslatableMixin, models.Model):
    """The footer's words, one per language, so no reader gets English by default."""

    body = RichTextField(_("footer text"), features=["bold", "italic", "link"])

    panels = [FieldPanel("body")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer text")

    def __str__(self):
        return str(_("Footer text ({language})")).format(
            language=self.locale.get_display_name()
        )


class BasePage(Page):
    """What every page of the site shares: a short summary for cards and search."""

    objects = SitePageManager()

    listing_summary = models.CharField(
        _("summary for listings"),
        max_length=300,
        blank=True,
        help_text=_(
            "One or two sentences shown on cards and in search results. "
            "Leave blank to use the page's introduction."
        ),
    )

    promote_panels = [
        *Page.promote_panels,
        FieldPanel("listing_summary"),
    ]
    # What the site search calls this kind of page (see search.kinds).
    search_kind = "page"
    search_fields = [
        *Page.search_fields,
        index.SearchField("listing_summary"),
    ]

    class Meta:
        abstract = True

    @property
    def summary(self):
        return self.listing_summary or getattr(self, "introduction", "")

    @classmethod
    def updates_feed_pages(cls):
        """The pages of this type that the site's Atom feed announces as they are
        published (see home.updates_feed), or None for a type it leaves out."""
        return None

    def permissions_for_user(self, user):
        return CoalitionPagePermissionTester(user, self)

    def parent_url(self, request):
        """The parent page's URL, without a query: a page's URL is its parent's
        followed by its own slug."""
        url = self.get_url(request)
        if url and url.endswith(f"/{self.slug}/"):
            return url[: -len(self.slug) - 1]
        parent = self.get_parent()
        return parent.get_url(request) if parent else None

    def get_view_restrictions(self):
        """Wagtail's, without its two queries when nothing above the page is
        private (see home.view_restrictions)."""
        if not is_under_private_path(self):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


class IndexPage(BasePage):
    """What the site's listings share (the catalog, the curricula, the partner
    directory, the convenings): an introduction, one per home page, and the live
    public pages of their one child type. Each adds its own filters and order in
    `get_context`."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A few sentences above the list: what readers will find here."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def listed_pages(self):
        """The live, public children of the type this listing lists, in its own
        specific model, ready for filtering."""
        model = self.allowed_subpage_models()[0]
        return model.objects.child_of(self).live().public()


class HomePage(BasePage):
    """The front page of one language's site."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A few sentences under the title: who the coalition is."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")


class StandardPage(BasePage):
    """A page of text: About, Get involved, privacy and the like."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    # A form editors build ("Join us") hangs under a page like Get involved.
    subpage_types = ["home.StandardPage", "involvement.InvolvementFormPage"]

    class Meta:
        verbose_name = _("standard page")
