"""What the open-data API (home.api) shows of a curriculum beyond its own fields."""

from rest_framework.fields import Field

from home.serializers import public_page_link


class CurriculumSessionsField(Field):
    """The sessions in order, each with its module in the curriculum's language
    (None where that module is not public) and the trainer's notes."""

    def __init__(self, **kwargs):
        kwargs.update(read_only=True, source="*")
        super().__init__(**kwargs)

    def to_representation(self, curriculum):
        request = self.context.get("request")
        return [
            {
                "number": step["number"],
                "module": public_page_link(step["module"], request),
                "notes": step["session"].notes,
                "what_to_bring": step["session"].what_to_bring,
            }
            for step in curriculum.numbered_sessions()
        ]
