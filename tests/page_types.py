"""A base for the page-type tests: a logged-in superuser and an English home page
that is the default site's root, whatever an earlier test left in the database."""

from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from tests.conftest import restore_rows_made_by_migrations
from tests.fixtures.people import sign_in


class SitePageTestCase(WagtailPageTestCase):
    def setUp(self):
        restore_rows_made_by_migrations()
        # A superuser, signed in with the second step done.
        self.user = self.create_test_user()
        sign_in(self.client, self.user)
        self.home = Page.get_first_root_node().add_child(
            instance=HomePage(title="Training Hub", slug="hub-home")
        )
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "port": 80, "root_page": self.home},
        )

    # Wagtail's editable and previewable assertions sign in a superuser of their
    # own and sign out when done: sign in ours, second step done, before each.
    def assertPageIsEditable(self, page, *args, user=None, **kwargs):
        user = user or self.user
        sign_in(self.client, user)
        return super().assertPageIsEditable(page, *args, user=user, **kwargs)

    def assertPageIsPreviewable(self, page, *args, user=None, **kwargs):
        user = user or self.user
        sign_in(self.client, user)
        return super().assertPageIsPreviewable(page, *args, user=user, **kwargs)
