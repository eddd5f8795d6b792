"""The "Translators" group: translates every language but the source, and may
publish those translations, but cannot add, move or delete pages, nor edit the
source language."""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

from wagtail.models import GroupPagePermission, Locale, Page, Site

TRANSLATORS = "Translators"
TRANSLATABLE_SNIPPETS = [
    "home.FooterText",
    "taxonomy.Topic",
    "taxonomy.Sector",
    "taxonomy.Region",
]
PAGE_PERMISSIONS = ["change_page", "publish_page"]


def ensure_translators_group(**kwargs) -> Group:
    # After migrate, other apps' permissions may not exist yet: make them now.
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0)
    group, _ = Group.objects.get_or_create(name=TRANSLATORS)
    wanted = [
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        ),
        *Permission.objects.filter(
            content_type__app_label="wagtail_localize", codename="submit_translation"
        ),
    ]
    for reference in TRANSLATABLE_SNIPPETS:
        try:
            model = apps.get_model(reference)
        except LookupError:
            continue
        content_type = ContentType.objects.get_for_model(model)
        wanted += Permission.objects.filter(
            content_type=content_type, codename=f"change_{model._meta.model_name}"
        )
    group.permissions.add(*wanted)

    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None:
        page_permissions = Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=PAGE_PERMISSIONS
        )
        homes = Page.objects.filter(
            translation_key=site.root_page.translation_key
        ).exclude(locale=Locale.get_default())
        for home in homes:
            for permission in page_permissions:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=home, permission=permission
                )
    return group
