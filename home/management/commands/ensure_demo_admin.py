"""Create a development superuser when there is none, and print how to log in.

The password is made on first run and kept in var/ (never committed), so a second
`make demo` prints the same login.
"""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create a development superuser if none exists and print its login."

    def handle(self, *args, **options):
        credentials = settings.VAR_DIR / "demo-admin-login.txt"
        User = get_user_model()
        if not User.objects.filter(is_superuser=True).exists():
            password = secrets.token_urlsafe(12)
            User.objects.create_superuser(
                username="admin", email="admin@example.org", password=password
            )
            credentials.write_text(f"admin {password}\n")
        if credentials.exists():
            username, password = credentials.read_text().split()
            self.stdout.write(
                self.style.SUCCESS(
                    "Admin: http://127.0.0.1:8000/admin/  "
                    f"username: {username}  password: {password}"
                )
            )
        else:
            self.stdout.write(
                "A superuser already exists; log in with its password or reset it "
                "with: .venv/bin/python manage.py changepassword <username>"
            )
