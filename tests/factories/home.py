import factory
import wagtail_factories

from home.models import HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Training Hub"
    slug = factory.Sequence(lambda n: f"home-{n}")
    introduction = "Trainings by and for workers across upstate New York."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    slug = factory.Sequence(lambda n: f"standard-{n}")
    introduction = "Who we are and how to take part."
    show_in_menus = True

    class Meta:
        model = StandardPage
