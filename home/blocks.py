"""Blocks shared by every page body: headings, text, figures, quotes and links."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Subheading"))],
        default="h2",
        label=_("Level"),
    )

    class Meta:
        icon = "title"
        template = "components/streamfield/heading_block.html"
        description = _("A heading that starts a new section of the page.")
        preview_value = {"text": "What we do together", "level": "h2"}
        label = _("Heading")


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault(
            "features", ["bold", "italic", "link", "document-link", "ol", "ul"]
        )
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "components/streamfield/paragraph_block.html"
        description = _("Paragraphs of text with links and lists.")
        preview_value = (
            "<p>Worker centers, unions and cooperatives across upstate New York "
            "share what they teach.</p>"
        )
        label = _("Paragraph")


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "components/streamfield/figure_block.html"
        description = _("An image with alt text and an optional caption.")
        label = _("Image")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False)

    class Meta:
        icon = "openquote"
        template = "components/streamfield/quote_block.html"
        description = _("Words from a worker, organizer or partner, credited.")
        preview_value = {
            "quote": "We learned more from each other in one day than in a year.",
            "attribution": "A farm worker organizer",
        }
        label = _("Quote")


class LinkButtonBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Button text"), max_length=80)
    page = blocks.PageChooserBlock(label=_("Page"))

    class Meta:
        icon = "link"
        template = "components/streamfield/link_button_block.html"
        description = _("A prominent link to another page of the site.")
        label = _("Button link")


class BodyBlock(blocks.StreamBlock):
    """The body of home and standard pages."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    figure = FigureBlock()
    quote = QuoteBlock()
    button = LinkButtonBlock()

    class Meta:
        template = "components/streamfield/body_block.html"
