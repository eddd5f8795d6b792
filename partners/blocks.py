"""Blocks of a convening report: what was said, what was decided, what comes next."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from home.blocks import FigureBlock, HeadingBlock, ParagraphBlock, QuoteBlock


class ActionAreaBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Action area"), max_length=120)
    description = blocks.TextBlock(label=_("What it means"), required=False)

    class Meta:
        icon = "tick"
        label = _("Action area")


class ActionAreasBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("Heading"), max_length=120, default=_("Action areas")
    )
    areas = blocks.ListBlock(ActionAreaBlock(), label=_("Action areas"), min_num=1)

    class Meta:
        icon = "list-ol"
        template = "components/streamfield/action_areas_block.html"
        description = _("The areas of work the participants agreed to act on.")
        preview_value = {
            "heading": "Action areas",
            "areas": [
                {
                    "title": "Expand organizing",
                    "description": "Reach workplaces no member organization covers.",
                },
                {
                    "title": "Build stronger campaign structures",
                    "description": "Shared roles, timelines and decision making.",
                },
            ],
        }
        label = _("Action areas")


class NextStepBlock(blocks.StructBlock):
    step = blocks.CharBlock(label=_("Next step"), max_length=250)
    who = blocks.CharBlock(label=_("Who takes it on"), required=False, max_length=120)
    when = blocks.CharBlock(label=_("By when"), required=False, max_length=80)

    class Meta:
        icon = "arrow-right"
        label = _("Next step")


class OutcomesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("Heading"), max_length=120, default=_("Outcomes and next steps")
    )
    outcomes = blocks.ListBlock(
        blocks.CharBlock(label=_("Outcome"), max_length=250),
        label=_("Outcomes"),
        min_num=0,
    )
    next_steps = blocks.ListBlock(NextStepBlock(), label=_("Next steps"), min_num=0)

    def clean(self, value):
        value = super().clean(value)
        if not value["outcomes"] and not value["next_steps"]:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "outcomes": blocks.ListBlockValidationError(
                        non_block_errors=[
                            _("Add at least one outcome or one next step.")
                        ]
                    )
                }
            )
        return value

    class Meta:
        icon = "pick"
        template = "components/streamfield/outcomes_block.html"
        description = _("What the convening decided, and who does what next.")
        preview_value = {
            "heading": "Outcomes and next steps",
            "outcomes": ["Each organization left with a written plan."],
            "next_steps": [
                {
                    "step": "Meet again by video to compare progress",
                    "who": "The host organizations",
                    "when": "In three months",
                }
            ],
        }
        label = _("Outcomes and next steps")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=120,
        help_text=_("Leave blank to use the document's title."),
    )
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "doc-full"
        template = "components/streamfield/document_block.html"
        description = _("A file to download: slides, notes, a handout.")
        label = _("Document")


class ReportBodyBlock(blocks.StreamBlock):
    """The body of a convening report."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    quote = QuoteBlock()
    action_areas = ActionAreasBlock()
    outcomes = OutcomesBlock()
    image = FigureBlock()
    document = DocumentBlock()

    class Meta:
        template = "components/streamfield/body_block.html"


class SessionPresenterBlock(blocks.StructBlock):
    """A presenter whose organization has no profile on the hub (yet)."""

    name = blocks.CharBlock(label=_("Name"), max_length=120)
    organization = blocks.CharBlock(
        label=_("Organization"), max_length=150, required=False
    )

    class Meta:
        icon = "user"
        label = _("Presenter by name")
        description = _("A person, typed with their organization.")
        preview_value = {"name": "Rosa Martínez", "organization": "Farm Center"}


class SessionPresentersBlock(blocks.StreamBlock):
    """Who presents a session: partner organizations with a profile, chosen, and
    people typed by name. The program page renders them itself (one query for all
    sessions), so these blocks have no templates."""

    partner = blocks.PageChooserBlock(
        page_type="partners.PartnerPage",
        label=_("Partner organization"),
        icon="group",
    )
    person = SessionPresenterBlock()

    class Meta:
        icon = "group"
        label = _("Presenters")
        description = _("Partner organizations, or people with their organization.")


class SessionModulesBlock(blocks.StreamBlock):
    """The training modules a session uses (a string reference: partners never
    imports the curriculum app)."""

    module = blocks.PageChooserBlock(
        page_type="curriculum.TrainingModulePage",
        label=_("Training module"),
        icon="doc-full",
    )

    class Meta:
        icon = "doc-full"
        label = _("Modules used")
        description = _("Training modules the session uses.")
