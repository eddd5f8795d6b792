"""The public page where partners ask for a training."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index

from home.models import BasePage

from .. import views
from .requests import DEFAULT_CONSENT


class TrainingRequestPage(RoutablePageMixin, BasePage):
    """The form partners use to ask for a training, with its thank-you page and the
    private status page each request gets (sub-URLs, so they exist in every
    language). The views themselves are in views.py."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A few sentences above the form: who can ask, and what happens."),
    )
    consent_text = models.TextField(
        _("how we use the details"),
        default=DEFAULT_CONSENT,
        help_text=_(
            "Shown beside the agreement box: what the details are used for, who sees "
            "them and how long they are kept. Keep it in step with the purge period."
        ),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("consent_text"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("training request form")

    def serve(self, request, view=None, args=None, kwargs=None):
        # The site may serve another translation than the one the URL routed to (the
        # nearest language a reader can read); the route's view then belongs to it.
        if view is not None and getattr(view, "__self__", self) is not self:
            view = getattr(self, view.__name__)
        return super().serve(request, view, args, kwargs)

    def serve_preview(self, request, mode_name):
        return views.form_preview(request, self)

    @path("")
    def form_view(self, request):
        return views.request_form(request, self)

    @path("thanks/<str:token>/")
    def thanks_view(self, request, token):
        return views.thanks(request, self, token)

    @path("status/<str:token>/")
    def status_view(self, request, token):
        return views.status(request, self, token)

    @path("status/<str:token>/erase/")
    def erase_contacts_view(self, request, token):
        return views.erase_contacts(request, self, token)

    def status_url(self, request, token):
        return self.get_url(request) + self.reverse_subpage("status_view", args=[token])

    def thanks_url(self, request, token):
        return self.get_url(request) + self.reverse_subpage("thanks_view", args=[token])
