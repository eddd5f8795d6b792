"""The rules the session-plan and peer-trainer blocks enforce when an editor saves."""

from django.core.exceptions import ValidationError

from wagtail import blocks

import pytest

from curriculum.blocks import (
    AgendaStepBlock,
    DiscussionQuestionsBlock,
    PeerTrainerPathBlock,
    RolePlayBlock,
    SessionPlanBlock,
)


def step(**overrides):
    value = {
        "title": "Map the workplace",
        "minutes": 20,
        "method": "discussion",
        "instructions": "<p>Draw the shop floor together.</p>",
        "facilitator_note": "",
    }
    value.update(overrides)
    return value


def clean(block, raw):
    return block.clean(block.to_python(raw))


def test_agenda_step_with_a_facilitator_note_is_valid():
    value = clean(AgendaStepBlock(), step(facilitator_note="<p>Mix groups.</p>"))

    assert value["minutes"] == 20


@pytest.mark.parametrize("method", ["role_play", "small_groups"])
def test_role_play_and_small_group_steps_need_a_facilitator_note(method):
    with pytest.raises(blocks.StructBlockValidationError) as error:
        clean(AgendaStepBlock(), step(method=method))

    assert "facilitator_note" in error.value.block_errors


def test_a_discussion_step_needs_no_facilitator_note():
    assert clean(AgendaStepBlock(), step(method="discussion"))["title"]


@pytest.mark.parametrize("minutes", [0, -5, 241])
def test_step_minutes_must_be_between_one_and_four_hours(minutes):
    with pytest.raises(ValidationError):
        clean(AgendaStepBlock(), step(minutes=minutes))


def test_step_needs_a_title_and_instructions():
    with pytest.raises(blocks.StructBlockValidationError) as error:
        clean(AgendaStepBlock(), step(title="   ", instructions=""))

    assert {"title", "instructions"} <= set(error.value.block_errors)


def test_discussion_questions_refuse_the_same_question_twice():
    with pytest.raises(blocks.StructBlockValidationError) as error:
        clean(
            DiscussionQuestionsBlock(),
            {
                "heading": "",
                "questions": [
                    "Who decides the schedule?",
                    "who decides  the schedule?",
                ],
            },
        )

    assert 1 in error.value.block_errors["questions"].block_errors


def test_discussion_questions_need_at_least_one_question():
    with pytest.raises(ValidationError):
        clean(DiscussionQuestionsBlock(), {"heading": "", "questions": []})


def role_play(*names):
    return {
        "title": "At the time clock",
        "situation": "A worker asks why her hours are short.",
        "roles": [{"name": name, "brief": "Wants something."} for name in names],
        "debrief_questions": [],
    }


def test_role_play_with_two_different_roles_is_valid():
    value = clean(RolePlayBlock(), role_play("Worker", "Supervisor"))

    assert [role["name"] for role in value["roles"]] == ["Worker", "Supervisor"]


def test_role_play_needs_two_roles():
    with pytest.raises(ValidationError):
        clean(RolePlayBlock(), role_play("Worker"))


def test_role_play_roles_need_different_names():
    with pytest.raises(blocks.StructBlockValidationError) as error:
        clean(RolePlayBlock(), role_play("Worker", "worker"))

    assert "roles" in error.value.block_errors


def stage(role):
    return {"type": "stage", "value": {"role": role, "description": "<p>x</p>"}}


def test_pathway_stages_in_order_are_valid():
    block = PeerTrainerPathBlock()
    value = clean(
        block,
        [stage("participant"), stage("co_facilitator"), stage("lead_facilitator")],
    )

    assert len(value) == 3


@pytest.mark.parametrize(
    "roles",
    [
        ["co_facilitator", "participant"],
        ["participant", "participant"],
        ["lead_facilitator", "co_facilitator"],
    ],
)
def test_pathway_stages_out_of_order_or_repeated_are_refused(roles):
    with pytest.raises(blocks.StreamBlockValidationError):
        clean(PeerTrainerPathBlock(), [stage(role) for role in roles])


def test_a_session_plan_needs_at_least_one_agenda_step():
    plan = SessionPlanBlock()
    callout = {"type": "callout", "value": {"kind": "tip", "text": "<p>Hi</p>"}}

    with pytest.raises(blocks.StreamBlockValidationError):
        clean(plan, [callout])
    assert clean(plan, [callout, {"type": "agenda_step", "value": step()}])


def test_every_session_plan_block_has_a_template_icon_and_description():
    for name, block in SessionPlanBlock().child_blocks.items():
        assert block.meta.template, name
        assert block.meta.icon, name
        assert block.meta.description, name
