# Step 2 of 3: point every partner's sector rows at the source-language (English)
# Sector snippet, so no partner loses a sector.
#
# A code maps to the English sector with that slug; failing that, to the English
# sector with the code's old English label as its name (the curriculum calls
# "factory-food-processing" "factory-and-food-processing"); failing that, a sector is
# created in the default locale with the code as its slug and the old label as its
# name, after the existing ones. Editors translate new sectors in the admin as usual.

from django.conf import settings
from django.db import migrations

from wagtail.coreutils import get_supported_content_language_variant

# The codes and English labels of the old partners.choices.Sector.
OLD_LABELS = {
    "farm-work": "Farm work",
    "factory-food-processing": "Factory and food processing",
    "youth-workers": "Youth workers",
    "care-work": "Care work",
    "hospitality": "Hospitality",
    "construction": "Construction",
    "domestic-work": "Domestic work",
    "warehouse-logistics": "Warehouse and logistics",
}


def default_locale(apps):
    Locale = apps.get_model("wagtailcore", "Locale")
    code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    locale, _created = Locale.objects.get_or_create(language_code=code)
    return locale


def sector_for(Sector, locale, code, sort_order):
    """The English sector for `code` and whether it had to be created."""
    label = OLD_LABELS.get(code) or code.replace("-", " ").capitalize()
    english = Sector.objects.filter(locale=locale)
    sector = (
        english.filter(slug=code).first()
        or english.filter(name__iexact=label).order_by("pk").first()
    )
    if sector is not None:
        return sector, False
    sector = Sector.objects.create(
        locale=locale, slug=code, name=label, sort_order=sort_order
    )
    return sector, True


def codes_to_sectors(apps, schema_editor):
    PartnerSector = apps.get_model("partners", "PartnerSector")
    Sector = apps.get_model("curriculum", "Sector")
    rows = PartnerSector.objects.all()
    rows.filter(sector="").delete()
    codes = set(rows.values_list("sector", flat=True))
    if not codes:
        return
    locale = default_locale(apps)
    last = Sector.objects.order_by("-sort_order").values_list("sort_order", flat=True)
    sort_order = (last.first() or 0) + 10
    # Known codes in their old order, so sectors made here keep that order.
    for code in [c for c in OLD_LABELS if c in codes] + sorted(codes - set(OLD_LABELS)):
        sector, created = sector_for(Sector, locale, code, sort_order)
        if created:
            sort_order += 10
        # A page names each sector once, even where two codes meet in one sector.
        named = list(rows.filter(sector_link=sector).values_list("page_id", flat=True))
        rows.filter(sector=code, page_id__in=named).delete()
        rows.filter(sector=code).update(sector_link=sector)


def sectors_to_codes(apps, schema_editor):
    """Undo: each row gets back the old code of its sector (found by slug or by
    English name), or the sector's slug."""
    PartnerSector = apps.get_model("partners", "PartnerSector")
    by_name = {label.casefold(): code for code, label in OLD_LABELS.items()}
    for row in PartnerSector.objects.select_related("sector_link"):
        sector = row.sector_link
        if sector is None:
            continue
        if sector.slug in OLD_LABELS:
            row.sector = sector.slug
        else:
            row.sector = by_name.get(sector.name.casefold(), sector.slug[:40])
        row.save(update_fields=["sector"])


class Migration(migrations.Migration):
    dependencies = [
        ("curriculum", "0003_training_requests"),
        ("partners", "0003_partnersector_sector_link"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(codes_to_sectors, sectors_to_codes),
    ]
