"""Django settings for Netwerkkaart, read from the environment.

SQLite is the embedded default (``var/netwerkkaart.sqlite3``); set ``DATABASE_URL`` to
``postgresql://user:password@host:5432/name`` for PostgreSQL. Nothing is loaded from the internet:
every static asset is vendored, so the site runs on a closed municipal network.
"""

from __future__ import annotations

import secrets
from datetime import timedelta
from pathlib import Path

from netwerkkaart.web.env import (
    ConfigurationError,
    database_from_url,
    env_bool,
    env_int,
    env_list,
    env_str,
)

PACKAGE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("NETWERKKAART_VAR", str(Path.cwd() / "var")))

DEBUG = env_bool("NETWERKKAART_DEBUG", False)


def _secret_key() -> str:
    configured = env_str("NETWERKKAART_SECRET_KEY")
    if configured:
        return configured
    # Local use: one random key per installation, kept beside the embedded database.
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    path = VAR_DIR / "secret.key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50), encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()


SECRET_KEY = _secret_key()
ALLOWED_HOSTS = env_list("NETWERKKAART_ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("NETWERKKAART_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "netwerkkaart.apps.workspaces",
    "netwerkkaart.apps.accounts",
    "netwerkkaart.apps.register",
    "netwerkkaart.apps.rounds",
    "netwerkkaart.apps.dashboard",
    "netwerkkaart.apps.networkmap",
    "netwerkkaart.apps.surveys",
    "netwerkkaart.apps.reports",
    "netwerkkaart.apps.instruments",
    "netwerkkaart.apps.advice",
    "netwerkkaart.apps.regions",
    "netwerkkaart.apps.help",
    "netwerkkaart.apps.home",
    "netwerkkaart.apps.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "netwerkkaart.web.security.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "netwerkkaart.apps.workspaces.tenancy.WorkspaceMiddleware",
    "netwerkkaart.apps.workspaces.milestones.MilestoneMiddleware",
    # Last, as django-axes asks: it turns a refused login into the lock-out page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "netwerkkaart.web.urls"
WSGI_APPLICATION = "netwerkkaart.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "web" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "netwerkkaart.apps.workspaces.tenancy.workspace_context",
            ],
        },
    }
]

DATABASES = {
    "default": database_from_url(env_str("DATABASE_URL"), VAR_DIR / "netwerkkaart.sqlite3")
}
# SQLite as a web server's database (the embedded default): many readers and one writer at a time.
# WAL lets pages read while an answer or an import is written; every transaction that may write
# starts with BEGIN IMMEDIATE, so it queues for the write lock (up to the busy timeout) instead of
# failing with "database is locked" when a read inside it would have to become a write.
# synchronous=NORMAL is safe with WAL (a power cut can lose the last commits, never corrupt).
SQLITE_BUSY_SECONDS = env_int("NETWERKKAART_SQLITE_BUSY_SECONDS", 20)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Django's backend, with the writers of each process queueing for the lock in turn.
    DATABASES["default"]["ENGINE"] = "netwerkkaart.web.sqlite"
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": SQLITE_BUSY_SECONDS,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Computed figures of a round (tables, network measures) are cached per process; the key carries
# the workspace's data version, so an entry is never stale. Several worker processes may point
# this at a shared cache instead (NETWERKKAART_CACHE_DIR: a folder for Django's file cache).
CACHE_DIR = env_str("NETWERKKAART_CACHE_DIR")
CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": CACHE_DIR}
        if CACHE_DIR
        else {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 64},
        }
    ),
    # A round's computed figures, shared by every process of the host: a worker computes them
    # when the data changes (apps/dashboard/tasks.py) and every web process reads them (each
    # also keeps its own copy in "default"). NETWERKKAART_FIGURES_CACHE=database keeps them in
    # the database instead (`manage.py createcachetable`), for web processes on several hosts.
    "figures": (
        {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "netwerkkaart_cache"}
        if env_str("NETWERKKAART_FIGURES_CACHE") == "database"
        else {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache" / "figures"),
        }
    ),
    # Progress and heartbeats of running jobs, written by workers and read by every web process
    # of the host (apps/rounds/jobs.py).
    "jobs": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(VAR_DIR / "cache" / "jobs"),
    },
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Login attempts are throttled by django-axes: after NETWERKKAART_LOGIN_FAILURES failed attempts for
# one user name, or from one address, further attempts are refused for NETWERKKAART_LOCKOUT_MINUTES
# (counted from the last attempt) with a page that says so. A success resets the count; a password
# reset by mail lifts the lock of that account (apps/accounts/views.py); `manage.py
# axes_reset_username NAME` lifts it by hand. Only failures are stored (no log of every login).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("NETWERKKAART_LOGIN_FAILURES", 5)
LOCKOUT_MINUTES = env_int("NETWERKKAART_LOCKOUT_MINUTES", 15)
if AXES_FAILURE_LIMIT < 1 or LOCKOUT_MINUTES < 1:
    raise ConfigurationError(
        "NETWERKKAART_LOGIN_FAILURES and NETWERKKAART_LOCKOUT_MINUTES must be at least 1"
    )
AXES_COOLOFF_TIME = timedelta(minutes=LOCKOUT_MINUTES)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True
AXES_LOCKOUT_CALLABLE = "netwerkkaart.apps.accounts.lockout.locked_out"
# Behind the municipality's web server every request comes from that server's address, so
# locking by address would lock everyone out at once: NETWERKKAART_PROXY_COUNT says how many
# proxies stand in front (each adds itself to X-Forwarded-For) and the address is read from there.
PROXY_COUNT = env_int("NETWERKKAART_PROXY_COUNT", 0)
if PROXY_COUNT:
    AXES_IPWARE_PROXY_COUNT = PROXY_COUNT
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR")
    # The same web server says whether the browser came over https.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "workspaces:list"
LOGOUT_REDIRECT_URL = "accounts:login"

# Dutch (Belgium) first; English complete.
LANGUAGE_CODE = "nl-be"
# Each language in its own name, so a reader finds theirs whatever language is active.
LANGUAGES = [("nl-be", "Nederlands"), ("en", "English")]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Brussels"
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
# The project's own static files (site CSS, vendored libraries); apps keep theirs in <app>/static.
STATICFILES_DIRS = [PACKAGE_DIR / "web" / "static"]
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = (
    True  # serve straight from the apps' static folders, no collectstatic needed
)

# Sessions and cookies. NETWERKKAART_SECURE_COOKIES=true is for a site served over https (the
# README's production settings): cookies only over https, plain http redirected to https (turn the
# redirect off with NETWERKKAART_SSL_REDIRECT=false when the web server in front already does it),
# and HSTS, so a browser that has seen the site once never tries it over http again. HSTS for
# subdomains and the browsers' preload list are the municipality's decision about its whole
# domain, so they are off unless asked for, and `check --deploy` is not told to warn about them.
SECURE_COOKIES = env_bool("NETWERKKAART_SECURE_COOKIES", False)
SESSION_COOKIE_SECURE = SECURE_COOKIES
CSRF_COOKIE_SECURE = SECURE_COOKIES
SECURE_SSL_REDIRECT = env_bool("NETWERKKAART_SSL_REDIRECT", SECURE_COOKIES)
SECURE_HSTS_SECONDS = env_int("NETWERKKAART_HSTS_SECONDS", 365 * 24 * 3600) if SECURE_COOKIES else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("NETWERKKAART_HSTS_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("NETWERKKAART_HSTS_PRELOAD", False)
SILENCED_SYSTEM_CHECKS = [
    check
    for check, chosen in (
        ("security.W005", SECURE_HSTS_INCLUDE_SUBDOMAINS),
        ("security.W021", SECURE_HSTS_PRELOAD),
    )
    if not chosen
]
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = env_int("NETWERKKAART_SESSION_SECONDS", 8 * 3600)
X_FRAME_OPTIONS = "DENY"
# Scripts, fonts, fetches and forms only from the site itself; nothing from elsewhere is needed
# (every asset is vendored). Styles also allow inline: the server-drawn SVG pictures and the map
# library set style attributes, which carry no script. Images may be data:/blob: URLs (the map's
# PNG and SVG downloads).
CONTENT_SECURITY_POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self' 'unsafe-inline'",
    "img-src": "'self' data: blob:",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Privacy: no figure about fewer respondents than this (a workspace may raise it, never lower it:
# the workspace form, its service and `manage.py create_workspace` refuse a lower value).
NETWERKKAART_MIN_GROUP = env_int("NETWERKKAART_MIN_GROUP", 5)
if NETWERKKAART_MIN_GROUP < 2:
    raise ConfigurationError("NETWERKKAART_MIN_GROUP must be at least 2")

# A personal invitation to a workspace stays valid this many days; a password reset link 3 days.
NETWERKKAART_INVITATION_DAYS = env_int("NETWERKKAART_INVITATION_DAYS", 7)
PASSWORD_RESET_TIMEOUT = env_int("NETWERKKAART_PASSWORD_RESET_SECONDS", 3 * 24 * 3600)

# Long work runs as tasks of Django's task framework (django-tasks, the backport of django.tasks
# for Django 5.2): queued in the database (SQLite or PostgreSQL alike) and run by `manage.py
# db_worker`, as many workers on as many hosts as wanted (they share the database and
# NETWERKKAART_VAR, where uploads wait and job progress is written). `make demo` starts one beside
# the site. NETWERKKAART_TASKS=immediate runs every task at once in the process that queues it
# (no worker needed, each import then holds up its request).
TASKS_MODE = env_str("NETWERKKAART_TASKS", "database")
if TASKS_MODE not in ("database", "immediate"):
    raise ConfigurationError(
        f"NETWERKKAART_TASKS must be database or immediate, not {TASKS_MODE!r}"
    )
TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend"
        if TASKS_MODE == "database"
        else "django_tasks.backends.immediate.ImmediateBackend"
    }
}
# Imports run as such a task so a large file shows progress; tests run them in-line.
NETWERKKAART_IMPORT_SYNC = env_bool("NETWERKKAART_IMPORT_SYNC", False)
# Uploads wait here for their worker (a folder each, removed when the import is over).
IMPORT_DIR = VAR_DIR / "imports"
# A running job with no heartbeat for this long lost its worker: it is marked failed.
NETWERKKAART_JOB_STALE_SECONDS = env_int("NETWERKKAART_JOB_STALE_SECONDS", 120)

# Uploads (a round's files, the register). Django's two limits do not bound a file upload:
# DATA_UPLOAD_MAX_MEMORY_SIZE counts the request body without its files, and
# FILE_UPLOAD_MAX_MEMORY_SIZE only decides when a file goes from memory to a temporary file. The
# limit on a file is NETWERKKAART_MAX_UPLOAD_MB, enforced by the first upload handler while the
# request is read (web/uploads.py): a larger upload is refused, with a message, before its bytes
# are kept anywhere.
NETWERKKAART_MAX_UPLOAD_MB = env_int("NETWERKKAART_MAX_UPLOAD_MB", 50)
DATA_UPLOAD_MAX_MEMORY_SIZE = 50 * 2**20
FILE_UPLOAD_MAX_MEMORY_SIZE = 10 * 2**20
FILE_UPLOAD_HANDLERS = [
    "netwerkkaart.web.uploads.LimitedUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("NETWERKKAART_LOG_LEVEL", "WARNING")},
}

# Mail (survey invitations and reminders). With NETWERKKAART_EMAIL_HOST set, mail goes out over
# SMTP; without it (local use, the demo) every mail is written as a file to var/mails, so nothing
# is sent by accident.
EMAIL_HOST = env_str("NETWERKKAART_EMAIL_HOST")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = env_int("NETWERKKAART_EMAIL_PORT", 25)
    EMAIL_HOST_USER = env_str("NETWERKKAART_EMAIL_USER")
    EMAIL_HOST_PASSWORD = env_str("NETWERKKAART_EMAIL_PASSWORD")
    EMAIL_USE_TLS = env_bool("NETWERKKAART_EMAIL_TLS", False)
    EMAIL_TIMEOUT = 30
else:
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = VAR_DIR / "mails"
DEFAULT_FROM_EMAIL = env_str("NETWERKKAART_FROM_EMAIL", "netwerkkaart@localhost")
# The name invitations are sent under and that names the organiser, e.g. "Sociaal Huis Gemeentegem";
# without it, the workspace's name.
FROM_NAME = env_str("NETWERKKAART_FROM_NAME")
# The address respondents' links start with in mails, e.g. https://netwerkkaart.gemeente.be;
# without it, the address the coordinator's browser used is taken.
SITE_URL = env_str("NETWERKKAART_SITE_URL").rstrip("/")
