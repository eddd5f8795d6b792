"""A training module as schema.org Course and LearningResource (JSON-LD), from
what the module page's context already holds."""

from home.structured_data import organization_link, page_basics


def module_data(page, context, coalition) -> dict:
    request = context.get("request")
    data = page_basics(page, request, ["Course", "LearningResource"])
    data.update(
        {
            "description": page.introduction,
            "inLanguage": context.get("content_language") or data["inLanguage"],
            "timeRequired": f"PT{page.duration_minutes}M",
            "educationalLevel": str(page.get_level_display()),
            "teaches": [
                str(block.value)
                for block in page.learning_objectives
                if block.block_type == "objective"
            ],
            "about": [
                {"@type": "DefinedTerm", "name": topic.name, "termCode": topic.slug}
                for topic in getattr(page, "localized_topics", [])
            ],
            "provider": [coalition],
        }
    )
    partner = context.get("developed_by")
    if partner is not None:
        data["provider"].append(organization_link(partner, request))
    return data
