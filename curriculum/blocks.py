"""Blocks of a training module's session plan and of a curriculum's peer-trainer track.

Only agenda steps carry time: the module's total is the sum of its steps, so the
discussion questions, role-plays and callouts that follow a step belong to it.
"""

from django.core.exceptions import ValidationError
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from home.blocks import FigureBlock, HeadingBlock, ParagraphBlock

SIMPLE_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]

METHOD_CHOICES = [
    ("presentation", _("Presentation")),
    ("discussion", _("Discussion")),
    ("small_groups", _("Small groups")),
    ("pairs", _("Pairs")),
    ("role_play", _("Role-play")),
    ("hands_on", _("Hands-on practice")),
    ("game", _("Game or energizer")),
    ("reflection", _("Reflection and evaluation")),
    ("break", _("Break")),
]
# Steps where people act or split up: the facilitator needs to know how to run them.
METHODS_NEEDING_A_NOTE = {"role_play", "small_groups"}
MAX_STEP_MINUTES = 240


class AgendaStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step title"), max_length=120)
    minutes = blocks.IntegerBlock(
        label=_("Minutes"),
        min_value=1,
        max_value=MAX_STEP_MINUTES,
        help_text=_("How long this step takes. The steps add up to the total time."),
    )
    method = blocks.ChoiceBlock(
        choices=METHOD_CHOICES, default="discussion", label=_("Method")
    )
    instructions = blocks.RichTextBlock(
        label=_("Instructions"),
        features=SIMPLE_TEXT_FEATURES,
        help_text=_("What the group does, in the words you would say to them."),
    )
    facilitator_note = blocks.RichTextBlock(
        label=_("Facilitator note"),
        features=SIMPLE_TEXT_FEATURES,
        required=False,
        help_text=_(
            "Shown only in the facilitator guide and in print, never on the public "
            "page: how to set it up, what to watch for, how to debrief."
        ),
    )

    class Meta:
        icon = "time"
        template = "components/streamfield/agenda_step_block.html"
        description = _("One timed step of the session, with a facilitator note.")
        label = _("Agenda step")
        preview_value = {
            "title": "Map the workplace together",
            "minutes": 25,
            "method": "small_groups",
            "instructions": (
                "<p>In groups of four, draw the workplace: entrances, lines, break "
                "room, and where each of you works.</p>"
            ),
            "facilitator_note": (
                "<p>Mix departments in each group so the maps are complete.</p>"
            ),
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["method_label"] = dict(METHOD_CHOICES).get(value.get("method"), "")
        return context

    def clean(self, value):
        value = super().clean(value)
        note = strip_tags(value["facilitator_note"].source).strip()
        if value["method"] in METHODS_NEEDING_A_NOTE and not note:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "facilitator_note": ValidationError(
                        _(
                            "Role-plays and small-group work need a facilitator note: "
                            "how to set them up and how to bring the group back "
                            "together."
                        )
                    )
                }
            )
        return value


class DiscussionQuestionsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("Heading"),
        max_length=120,
        required=False,
        help_text=_('Leave blank for "Discussion questions".'),
    )
    questions = blocks.ListBlock(
        blocks.CharBlock(label=_("Question"), max_length=300),
        min_num=1,
        max_num=12,
        label=_("Questions"),
    )

    class Meta:
        icon = "help"
        template = "components/streamfield/discussion_questions_block.html"
        description = _("Questions for the group to talk through.")
        label = _("Discussion questions")
        preview_value = {
            "heading": "",
            "questions": [
                "When were you last paid less than you were owed?",
                "Who did you tell, and what happened?",
            ],
        }

    def clean(self, value):
        value = super().clean(value)
        seen = set()
        errors = {}
        for index, question in enumerate(value["questions"]):
            key = " ".join(question.split()).casefold()
            if key in seen:
                errors[index] = ValidationError(_("This question is already listed."))
            seen.add(key)
        if errors:
            raise blocks.StructBlockValidationError(
                block_errors={"questions": blocks.ListBlockValidationError(errors)}
            )
        return value


class RoleBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Role"), max_length=80)
    brief = blocks.TextBlock(
        label=_("Brief"), help_text=_("What this person wants and knows.")
    )

    class Meta:
        icon = "user"
        label = _("Role")


class RolePlayBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    situation = blocks.TextBlock(
        label=_("Situation"), help_text=_("Where we are and what just happened.")
    )
    roles = blocks.ListBlock(RoleBlock(), min_num=2, max_num=8, label=_("Roles"))
    debrief_questions = blocks.ListBlock(
        blocks.CharBlock(label=_("Question"), max_length=300),
        label=_("Debrief questions"),
    )

    class Meta:
        icon = "group"
        template = "components/streamfield/role_play_block.html"
        description = _("A scenario with roles for participants to act out.")
        label = _("Role-play scenario")
        preview_value = {
            "title": "The supervisor walks in",
            "situation": "Two co-workers are talking about missing overtime pay.",
            "roles": [
                {"name": "Worker", "brief": "Wants the overtime she is owed."},
                {"name": "Supervisor", "brief": "Wants everyone back on the line."},
            ],
            "debrief_questions": ["What helped the worker stay calm?"],
        }

    def clean(self, value):
        value = super().clean(value)
        names = [" ".join(role["name"].split()).casefold() for role in value["roles"]]
        if len(set(names)) != len(names):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "roles": ValidationError(_("Give each role a different name."))
                }
            )
        return value


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("tip", _("Tip")), ("caution", _("Caution"))],
        default="tip",
        label=_("Kind"),
    )
    text = blocks.RichTextBlock(
        label=_("Text"), features=["bold", "italic", "link", "ul"]
    )

    class Meta:
        icon = "warning"
        template = "components/streamfield/callout_block.html"
        description = _("A tip or a caution that stands out from the text.")
        label = _("Tip or caution")
        preview_value = {
            "kind": "caution",
            "text": "<p>Never ask anyone about their immigration status.</p>",
        }


class SessionPlanBlock(blocks.StreamBlock):
    """The session plan of a training module: timed steps and what goes with them."""

    agenda_step = AgendaStepBlock(group=_("Agenda"))
    discussion_questions = DiscussionQuestionsBlock(group=_("Activities"))
    role_play = RolePlayBlock(group=_("Activities"))
    callout = CalloutBlock(group=_("Activities"))
    heading = HeadingBlock(group=_("Text and images"))
    paragraph = ParagraphBlock(group=_("Text and images"))
    image = FigureBlock(group=_("Text and images"))

    class Meta:
        block_counts = {"agenda_step": {"min_num": 1}}


class LearningObjectiveBlock(blocks.CharBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 250)
        super().__init__(**kwargs)

    class Meta:
        icon = "tick"
        template = "components/streamfield/learning_objective_block.html"
        description = _("One thing participants will be able to do afterwards.")
        label = _("Objective")
        preview_value = "Explain how overtime pay is calculated in New York."


class LearningObjectivesBlock(blocks.StreamBlock):
    """The learning objectives of a module: a list, one objective per item."""

    objective = LearningObjectiveBlock()

    class Meta:
        template = "components/streamfield/learning_objectives_block.html"


PATHWAY_ROLES = [
    ("participant", _("Participant")),
    ("co_facilitator", _("Co-facilitator")),
    ("lead_facilitator", _("Lead facilitator")),
]
PATHWAY_ORDER = {code: index for index, (code, _label) in enumerate(PATHWAY_ROLES)}


class PathwayStageBlock(blocks.StructBlock):
    role = blocks.ChoiceBlock(
        choices=PATHWAY_ROLES, default="participant", label=_("Role")
    )
    description = blocks.RichTextBlock(
        label=_("What they do"), features=SIMPLE_TEXT_FEATURES
    )
    ready_when = blocks.TextBlock(
        label=_("Ready for the next stage when"),
        required=False,
        help_text=_("What shows a worker is ready to take on the next role."),
    )

    class Meta:
        icon = "user"
        template = "components/streamfield/pathway_stage_block.html"
        description = _("One stage on the way from participant to lead facilitator.")
        label = _("Stage")
        preview_value = {
            "role": "co_facilitator",
            "description": "<p>Leads one step of each session with a lead trainer.</p>",
            "ready_when": "Has co-led the full sequence once.",
        }


class PeerTrainerPathBlock(blocks.StreamBlock):
    """How a worker goes from participant to co-facilitator to lead facilitator."""

    stage = PathwayStageBlock()

    class Meta:
        template = "components/streamfield/peer_trainer_path_block.html"

    def clean(self, value):
        value = super().clean(value)
        order = [PATHWAY_ORDER[child.value["role"]] for child in value]
        if order != sorted(order) or len(set(order)) != len(order):
            raise blocks.StreamBlockValidationError(
                non_block_errors=[
                    ValidationError(
                        _(
                            "List each stage once, in order: participant, then "
                            "co-facilitator, then lead facilitator."
                        )
                    )
                ]
            )
        return value


class FacilitationTipsBlock(blocks.StreamBlock):
    """Advice for peer trainers running a curriculum."""

    tip = CalloutBlock()

    class Meta:
        template = "components/streamfield/facilitation_tips_block.html"
