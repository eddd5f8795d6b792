"""Only superusers and members of the groups chosen on the form page see its
submissions: the Forms menu and listing, the submissions listing, the export and
the delete view. Editing the page is not enough."""

from django.urls import reverse

import pytest

from involvement.models import InvolvementSubmission
from tests.fixtures.people import sign_in


@pytest.fixture
def submission(involvement_site):
    return InvolvementSubmission.objects.create(
        page=involvement_site.page,
        form_data={"your_name": "Nadia Example", "email": "nadia@example.org"},
    )


def assert_refused(response):
    """Wagtail's admin answers a PermissionDenied with a redirect to the dashboard
    and a message (a 403 for a request that is not a browser's page load)."""
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"] == reverse("wagtailadmin_home")


def listing(page):
    return reverse("wagtailforms:list_submissions", args=[page.pk])


def test_an_editor_not_in_the_groups_gets_403_and_sees_no_submission(
    client, editor, involvement_site, submission
):
    sign_in(client, editor)

    for url in [
        listing(involvement_site.page),
        listing(involvement_site.spanish),
        listing(involvement_site.page) + "?export=csv",
        listing(involvement_site.page) + "?export=xlsx",
        reverse("wagtailforms:delete_submissions", args=[involvement_site.page.pk])
        + f"?selected-submissions={submission.pk}",
        reverse("wagtailforms:index"),
    ]:
        response = client.get(url)
        assert_refused(response)
        assert b"Nadia" not in response.content

    home = client.get(reverse("wagtailadmin_home"))
    assert home.status_code == 200
    assert reverse("wagtailforms:index").encode() not in home.content
    assert InvolvementSubmission.objects.filter(pk=submission.pk).exists()


def test_the_editor_still_edits_the_page(client, editor, involvement_site):
    sign_in(client, editor)

    edit = reverse("wagtailadmin_pages:edit", args=[involvement_site.page.pk])
    assert client.get(edit).status_code == 200


def test_a_member_of_a_chosen_group_sees_them_without_editing_pages(
    client, coordinator, involvement_site, submission
):
    page = involvement_site.page
    page.submission_groups.add(coordinator.groups.get())
    page.save_revision().publish()
    sign_in(client, coordinator)

    index = client.get(reverse("wagtailforms:index"))
    assert index.status_code == 200
    assert b"Join us" in index.content

    response = client.get(listing(involvement_site.page))
    assert response.status_code == 200
    assert b"Nadia Example" in response.content
    # The Spanish copy lists the same answers.
    assert b"Nadia Example" in client.get(listing(involvement_site.spanish)).content

    home = client.get(reverse("wagtailadmin_home"))
    assert reverse("wagtailforms:index").encode() in home.content


def test_an_editor_in_the_group_sees_them(client, editor, involvement_site, submission):
    editor.groups.add(involvement_site.group)
    sign_in(client, editor)

    response = client.get(listing(involvement_site.page))

    assert response.status_code == 200
    assert b"Nadia Example" in response.content


def test_groups_chosen_on_a_translation_do_not_count(
    client, editor, involvement_site, submission
):
    other = editor.groups.get()
    spanish = involvement_site.spanish
    spanish.submission_groups.add(other)
    spanish.save()
    sign_in(client, editor)

    assert_refused(client.get(listing(involvement_site.spanish)))


def test_a_superuser_sees_every_form(admin_client, involvement_site, submission):
    response = admin_client.get(listing(involvement_site.page))

    assert response.status_code == 200
    assert b"Nadia Example" in response.content
