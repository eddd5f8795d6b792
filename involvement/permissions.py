"""Who reads a Get involved form's submissions: superusers, and members of the
groups chosen on the form's source-language page. Being able to edit the page is
not enough, and is not needed: a coordinator who edits no page still reads the
answers of a form that names their group.

Wagtail asks `filter_form_submissions_for_user` (see wagtail_hooks) which form
pages a user may read; its forms listing, menu item, submissions listing, export
and delete views all go through that answer.
"""

from django.db.models import Q

from wagtail.models import Locale, Page

from .models import InvolvementFormPage


def readable_form_pages(user):
    """The Get involved form pages, in every language, whose submissions `user`
    may read."""
    pages = InvolvementFormPage.objects.all()
    if user.is_superuser:
        return pages
    if not user.is_active:
        return pages.none()
    chosen = InvolvementFormPage.objects.filter(
        locale=Locale.get_default(), submission_groups__in=user.groups.all()
    ).values("translation_key")
    return pages.filter(translation_key__in=chosen)


def can_read_submissions(user, page) -> bool:
    return readable_form_pages(user).filter(pk=page.pk).exists()


def filter_form_pages(user, editable_forms):
    """Wagtail's list of the form pages whose submissions a user sees (those they
    may edit), with ours replaced by those their groups may read."""
    others = editable_forms.not_type(InvolvementFormPage)
    return Page.objects.filter(
        Q(pk__in=others.values("pk")) | Q(pk__in=readable_form_pages(user).values("pk"))
    )
