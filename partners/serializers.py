"""What the open-data API (home.api) shows of a partner or a convening beyond
their own fields: terms as slug and name, partners only where their page is
public, and nothing about a person (a region's coordinator is never shown)."""

from rest_framework.fields import Field

from home.serializers import public_page_link


class ReadOnlyField(Field):
    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)


class RegionField(ReadOnlyField):
    def to_representation(self, region):
        return {"slug": region.slug, "name": region.name}


class PartnerSectorsField(ReadOnlyField):
    def to_representation(self, rows):
        return [
            {"slug": row.sector.slug, "name": row.sector.name}
            for row in rows.select_related("sector")
        ]


class LanguagesServedField(ReadOnlyField):
    def to_representation(self, rows):
        return [row.language for row in rows.all()]


class LogoField(ReadOnlyField):
    """The logo's file, as a full URL."""

    def to_representation(self, image):
        request = self.context.get("request")
        url = image.file.url
        return request.build_absolute_uri(url) if request else url


class PartnerLinksField(ReadOnlyField):
    """Host or participant rows, as the partners whose page is public."""

    def to_representation(self, rows):
        request = self.context.get("request")
        links = (
            public_page_link(row.partner, request)
            for row in rows.select_related("partner__locale")
        )
        return [link for link in links if link is not None]
