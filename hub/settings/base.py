"""Settings shared by every environment. Deploy-specific values come from the
environment (see the configuration table in README.md)."""

import os
from datetime import timedelta
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

import dj_database_url

from .languages import fallbacks_from, languages_from

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [
        item.strip()
        for item in os.environ.get(name, default).split(",")
        if item.strip()
    ]


DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
CSRF_FAILURE_VIEW = "home.views.csrf_failure"

# Applications ---------------------------------------------------------------
INSTALLED_APPS = [
    "home",
    "accounts",
    "taxonomy",
    "curriculum",
    "partners",
    "training_requests",
    "proposals",
    "registrations",
    # Before wagtail.contrib.forms: its forms listing replaces Wagtail's.
    "involvement",
    "translations",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.api.v2",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "django_guid",
    "health_check",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # Every request gets an id (see DJANGO_GUID), and one line in the access log.
    "django_guid.middleware.guid_middleware",
    "home.middleware.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # What a request works out once (the reader's locale, the content version).
    "home.request_memo.RequestMemoMiddleware",
    # Every call to the open-data API counts against its client's limit, answers
    # from the page cache included (home.api).
    "home.api.APIRateLimitMiddleware",
    # A visitor without a session gets a page already rendered (home.page_cache):
    # before gzip, so the compressed copy is kept, and before the rest, which a
    # page from the cache does not need.
    "home.page_cache.AnonymousPageCacheMiddleware",
    # Pages shrink to a quarter over a weak connection. Django masks the CSRF token
    # and pads each response, which guards against BREACH.
    "django.middleware.gzip.GZipMiddleware",
    "home.middleware.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's LocaleMiddleware, which leaves the API's 404s alone (home.api).
    "home.api.SiteLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Before CsrfViewMiddleware, which parses a POST's body: refuse an oversized or
    # unreadable one first, in the reader's language (after LocaleMiddleware).
    "training_requests.guards.PublicPostSizeLimitMiddleware",
    "home.middleware.UnreadablePostMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Staff sign-in (accounts/): which device verified this session (django-otp),
    # idle staff sessions end (saying why, hence after messages), and an account
    # that must use two-step verification reaches nothing until it has.
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.IdleStaffSessionMiddleware",
    "accounts.middleware.TwoStepRequiredMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Finds the page a URL names in one query, before Wagtail walks the tree.
    "home.routing.PageRouteMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# django-axes' backend, first, refuses a locked-out username and address before any
# password is checked (it checks no password itself). It extends Django's backend,
# so it can also be the one a session or Wagtail's test helpers sign in with.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "hub.urls"
WSGI_APPLICATION = "hub.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: DATABASE_URL, or a SQLite file under var/ for a first run -------------
VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'hub.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"  # noqa: E501
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: LANGUAGES="en,es,ht,ar"; the first is the source of every translation --
LANGUAGES = languages_from(os.environ.get("LANGUAGES", "en,es,ht,ar"))
LANGUAGE_CODE = LANGUAGES[0][0]
# Where a reader goes when a page is not in their language, before the source
# language: "ht:fr;qu:es" reads Haitian Creole -> French -> English.
LANGUAGE_FALLBACKS = fallbacks_from(os.environ.get("LANGUAGE_FALLBACKS", "ht:fr"))
FORMAT_MODULE_PATH = ["hub.formats"]
LANGUAGES_BIDI = ["ar", "fa", "he", "ur", "ps", "ckb", "ug", "yi"]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = os.environ.get("TIME_ZONE", "America/New_York")

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILLOCALIZE_JOBS = {"BACKEND": "wagtail_localize.tasks.ImmediateBackend"}
# The page types the translation coverage report counts (home names them by
# reference only, so it never imports the apps that define them).
TRANSLATION_COVERAGE = {
    "curriculum.TrainingModulePage": _("Training modules"),
    "curriculum.CurriculumPage": _("Curricula"),
    "partners.PartnerPage": _("Partner profiles"),
    "partners.ConveningPage": _("Convenings and reports"),
    "home.StandardPage": _("Other pages"),
}

# Machine translation is off unless a DeepL key is configured: no internet is
# assumed. What it produces is shown to readers as machine translated until a
# translator has reviewed each string.
if os.environ.get("DEEPL_API_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_API_KEY"]},
    }

# Training requests: personal details of closed, declined and spam requests are
# blanked this many days after their last change (manage.py purge_request_contacts).
TRAINING_REQUEST_RETENTION_DAYS = int(
    os.environ.get("TRAINING_REQUEST_RETENTION_DAYS", "365")
)
# Convenings: the headcounts page books one interpreter per started group of this
# many registrants listening in one language (10 listeners -> 1, 11 -> 2).
REGISTRATION_LISTENERS_PER_INTERPRETER = int(
    os.environ.get("REGISTRATION_LISTENERS_PER_INTERPRETER", "10")
)
# Search: what readers searched for is counted per day, with nothing about who
# searched, and forgotten after this many days (manage.py forget_old_searches).
SEARCH_QUERY_RETENTION_DAYS = int(os.environ.get("SEARCH_QUERY_RETENTION_DAYS", "90"))
# Get involved forms: what people send through them is deleted this many days after
# it was sent (manage.py purge_involvement_submissions).
INVOLVEMENT_RETENTION_DAYS = int(os.environ.get("INVOLVEMENT_RETENTION_DAYS", "180"))

# Static files and uploads -------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
SERVE_MEDIA = env_bool("SERVE_MEDIA", DEBUG)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Email -----------------------------------------------------------------------
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "training-hub@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background work ----------------------------------------------------------------
# Emails and Wagtail's index updates are tasks (django-tasks). A deployment keeps
# them in the database, in the same transaction as the row they are about, and runs
# `manage.py run_tasks` to do them; TASK_BACKEND=immediate does each one at once
# inside the request instead (the demo and the tests, where nothing else runs).
TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
TASK_BACKEND = os.environ.get("TASK_BACKEND", "database")
if TASK_BACKEND not in TASK_BACKENDS:
    raise ImproperlyConfigured(
        f"TASK_BACKEND must be one of {', '.join(TASK_BACKENDS)}"
    )
TASKS = {"default": {"BACKEND": TASK_BACKENDS[TASK_BACKEND]}}
# A send that fails is tried again after these many seconds, then the next, and so
# on: from half a minute to six hours, about eleven hours in all, then given up
# (and logged, with the request's reference).
MAIL_RETRY_DELAYS = [30, 120, 600, 1800, 3600, 3 * 3600, 6 * 3600]
# A task waiting longer than this (the worker is down or far behind) fails /healthz.
HEALTH_MAX_TASK_WAIT = int(os.environ.get("HEALTH_MAX_TASK_WAIT", str(15 * 60)))

# Wagtail -----------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Training Hub"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "pptx", "odp", "xlsx", "ods", "txt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Staff avatars are never fetched from Gravatar: an email hash sent to another host
# says who is logged in. Wagtail shows its own default avatar instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# The page cache (home.page_cache, home.content_cache) ---------------------------
# Anonymous pages are kept in the shared cache this many seconds at most (0: no page
# cache); any change an editor makes ends them at once.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# Apps and models whose rows no public page shows: saving one does not end the
# content version (sign-ins, sessions, tasks, logs, the search index, image
# renditions made while a page renders, training requests, translation wishes).
CONTENT_CACHE_IGNORES = {
    "admin",
    "axes",
    "contenttypes",
    "django_otp",
    "django_tasks_database",
    "otp_static",
    "otp_totp",
    "search",
    "sessions",
    "auth.user",
    "auth.permission",
    "wagtailadmin.editingsession",
    "wagtailadmin.formstate",
    "wagtailcore.modellogentry",
    "wagtailcore.pagelogentry",
    "wagtailcore.pagesubscription",
    "wagtailcore.referenceindex",
    "wagtailcore.revision",
    "wagtailcore.taskstate",
    "wagtailcore.workflowstate",
    "wagtailembeds.embed",
    "wagtailimages.rendition",
    "wagtailsearch.indexentry",
    "wagtailsearch.sqliteftsindexentry",
    "wagtailusers.userprofile",
    "wagtail_localize.translationlog",
    "training_requests.trainingrequest",
    "training_requests.trainingrequeststatuschange",
    "involvement.involvementsubmission",
    "translations.translationwish",
}

# Open data: Wagtail's API v2, read only, at /api/v2/pages/ (home.api) ------------
API_PATH = "/api/"
# Requests per client (by a keyed hash of its address) per window, in the shared
# cache: enough for a site that pages through the catalog, not for a scraper loop.
API_RATE_LIMIT = int(os.environ.get("API_RATE_LIMIT", "120"))
API_RATE_WINDOW = 60
# Page types of these apps are never listed or shown (the request form).
API_HIDDEN_PAGE_APPS = ["training_requests", "involvement"]
# Rich text as readers see it (links resolved), never the database's own markup.
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
WAGTAILAPI_LIMIT_MAX = 50
# The site's search page applies the reader's language; the API has none.
WAGTAILAPI_SEARCH_ENABLED = False
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
}

# Staff sign-in: lockout, two-step verification, idle sessions (accounts/) -------
# django-axes counts failed sign-ins per username *and* address: five wrong passwords
# lock that username from that address only, so someone guessing a coordinator's
# password from one place cannot lock the coordinator out everywhere. An address
# that fails AXES_ADDRESS_FAILURE_LIMIT times, whatever usernames it tries, is locked
# for every username (see accounts.lockout). Both last AXES_COOLOFF_MINUTES.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_ADDRESS_FAILURE_LIMIT = int(os.environ.get("AXES_ADDRESS_FAILURE_LIMIT", "20"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_HANDLER = "accounts.lockout.LockoutHandler"
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
# The address django-xff already took from behind TRUSTED_PROXY_COUNT proxies:
# never X-Forwarded-For itself, which a client can write.
AXES_CLIENT_IP_CALLABLE = "accounts.lockout.client_address"
# Failures are forgotten after the cool-off, not on a success: a success must not
# wipe an address's count of failures against other usernames.
AXES_RESET_ON_SUCCESS = False
# Successful sign-ins are not kept with their address (the audit trail is Wagtail's).
AXES_DISABLE_ACCESS_LOG = True
# Logs and stored attempts never hold a password (axes always masks "password"), a
# one-time code or an address; they keep the username, so staff can see who is
# being tried.
AXES_SENSITIVE_PARAMETERS = ["ip_address", "otp_token", "csrfmiddlewaretoken"]
# The site serves no Django admin: Settings > Locked sign-ins lists and unlocks.
AXES_ENABLE_ADMIN = False
# django-otp: codes from an authenticator app (TOTP) and single-use recovery codes.
OTP_TOTP_ISSUER = os.environ.get("OTP_TOTP_ISSUER", "Training Hub")
# An idle admin session ends after this many minutes.
ADMIN_IDLE_MINUTES = int(os.environ.get("ADMIN_IDLE_MINUTES", "30"))

# Content-Security-Policy: the public site loads nothing from any other host. -----
CSP_PUBLIC = (
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)
# The Wagtail admin (8.0) loads nothing from other hosts either, but still needs:
# 'unsafe-inline' scripts (the date and time pickers and inline panels write a
# <script> beside their field), 'unsafe-inline' styles (style="" attributes in its
# templates and those its scripts set), data: and blob: images (image upload
# previews and icons), and frame-ancestors 'self' (the page preview is a frame of
# the admin). Forms post only to us.
CSP_ADMIN = (
    "default-src 'self'; img-src 'self' data: blob:; "
    "style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; "
    "frame-ancestors 'self'"
)
# Powerful browser features no page of ours uses, refused on every response.
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), browsing-topics=()"
)
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

# The client's address behind proxies ---------------------------------------------
# With TRUSTED_PROXY_COUNT proxies in front (nginx alone: 1), the client is the
# address that many entries from the right of X-Forwarded-For (django-xff); rate
# limits then count each partner, not the proxy. With 0, the header is ignored, so a
# client cannot pretend to be another by sending one.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
XFF_TRUSTED_PROXY_DEPTH = TRUSTED_PROXY_COUNT
if TRUSTED_PROXY_COUNT:
    MIDDLEWARE.insert(0, "xff.middleware.XForwardedForMiddleware")

# Request ids, health and logs ------------------------------------------------------
# A well-formed X-Request-ID from the proxy is kept (nginx: $request_id), otherwise
# one is made; it is sent back in X-Request-ID, printed on every log line of the
# request and shown on the error pages.
DJANGO_GUID = {
    "GUID_HEADER_NAME": "X-Request-ID",
    "VALIDATE_GUID": True,
    "RETURN_HEADER": True,
    "EXPOSE_HEADER": False,
}
# What /healthz checks (django-health-check); a load balancer needs a 200.
HEALTH_CHECKS = [
    "health_check.checks.Database",
    "health_check.checks.Cache",
    "home.health_checks.TaskQueue",
]
# Load balancers probe over plain HTTP: answer them rather than redirect.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "home.log_filters.RequestIdFilter"},
        "database_unavailable": {"()": "home.log_filters.DatabaseUnavailableFilter"},
    },
    "formatters": {
        "line": {
            "format": "%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s"
        }
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": "line",
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        # One line per request (home.middleware.RequestLogMiddleware).
        "hub.access": {"level": "INFO" if env_bool("ACCESS_LOG", True) else "WARNING"},
        # 4xx responses are in the access log; keep the errors and their tracebacks.
        "django.request": {"level": "ERROR", "filters": ["database_unavailable"]},
        # The request-id library's notes on each request's header.
        "django_guid": {"level": "ERROR"},
        # django-xff would log whole X-Forwarded-For headers: no addresses in logs.
        "xff": {"level": "ERROR"},
    },
}
