"""The search index and the anonymous record of what readers searched for."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page


class SearchWordsField(models.TextField):
    """A page's indexed words: a `tsvector` on PostgreSQL (built with the text
    search configuration of the page's language), elsewhere the stemmed words as
    text (see search.text)."""

    def db_type(self, connection):
        return "tsvector" if connection.vendor == "postgresql" else "text"


class SearchDocument(models.Model):
    """What a reader of one locale finds for one live page: the words they would
    see there, which for a page not yet translated are the nearest translation's."""

    page = models.OneToOneField(
        Page, on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    locale = models.ForeignKey(Locale, on_delete=models.CASCADE, related_name="+")
    # The language of the words indexed, and the PostgreSQL configuration they
    # were indexed with: the page's own, or the fallback language it is shown in.
    language = models.CharField(max_length=16)
    config = models.CharField(max_length=64)
    kind = models.CharField(max_length=32, db_index=True)
    title = models.TextField()
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    words = SearchWordsField(blank=True, default="")
    topics = models.ManyToManyField("taxonomy.Topic", blank=True, related_name="+")
    sectors = models.ManyToManyField("taxonomy.Sector", blank=True, related_name="+")
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [models.Index(fields=["locale", "kind"])]

    def __str__(self):
        return self.title


class SearchWord(models.Model):
    """A word readers of one language can meet on the site, unaccented and in lower
    case: where spelling suggestions come from."""

    language = models.CharField(max_length=16)
    word = models.CharField(max_length=40)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["language", "word"], name="unique_search_word_per_language"
            )
        ]

    def __str__(self):
        return self.word


class SearchQuery(models.Model):
    """How many times, on one day, readers of one language searched for these words,
    and how many results the last search found. Nothing about who searched."""

    day = models.DateField(_("day"))
    language = models.CharField(_("language"), max_length=16)
    query = models.CharField(_("search"), max_length=100)
    searches = models.PositiveIntegerField(_("searches"), default=0)
    results = models.PositiveIntegerField(_("results"), default=0)

    class Meta:
        verbose_name = _("search readers made")
        verbose_name_plural = _("searches readers made")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "language", "query"], name="unique_search_query_per_day"
            )
        ]
        indexes = [models.Index(fields=["language", "day"])]

    def __str__(self):
        return self.query
