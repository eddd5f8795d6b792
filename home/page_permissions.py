"""What a staff member may do to a page, beyond Wagtail's own rules.

Deleting, unpublishing, moving, copying, reordering a page's children and setting
its privacy change the shape of the site: they need the right to add pages where
the page is (editors have it), not only to edit and publish it. So translators,
who may edit and publish the translations, cannot take a page off the site.
"""

from wagtail.models import PagePermissionTester


class CoalitionPagePermissionTester(PagePermissionTester):
    def may_reshape(self):
        return self.user.is_active and (
            self.user.is_superuser or "add" in self.permissions
        )

    def can_delete(self, ignore_bulk=False):
        return self.may_reshape() and super().can_delete(ignore_bulk)

    def can_unpublish(self):
        return self.may_reshape() and super().can_unpublish()

    def can_move(self):
        return self.may_reshape() and super().can_move()

    def can_copy(self):
        return self.may_reshape() and super().can_copy()

    def can_reorder_children(self):
        return self.may_reshape() and super().can_reorder_children()

    def can_set_view_restrictions(self):
        return self.may_reshape() and super().can_set_view_restrictions()
