"""A Content-Security-Policy header on every response.

The public site allows only our own origin (no CDNs, fonts or trackers); the Wagtail
admin gets a policy that tolerates its inline styles and scripts.
"""

from django.conf import settings


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            admin = request.path.startswith("/admin/")
            response["Content-Security-Policy"] = (
                settings.CSP_ADMIN if admin else settings.CSP_PUBLIC
            )
        return response
