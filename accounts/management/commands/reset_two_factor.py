"""Remove a user's two-step devices (authenticator app and recovery codes), for
someone who lost their phone and their codes. They set up a new app at their next
sign-in, after their password."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts.two_step import turn_off


class Command(BaseCommand):
    help = "Reset a user's two-step sign-in (a lost phone): they set it up again."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No account has the username {username!r}.")
        turn_off(user)
        self.stdout.write(
            f"{username}'s two-step sign-in is reset: they set up a new app at "
            "their next sign-in."
        )
