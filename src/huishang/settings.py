"""One settings module, driven by environment variables with safe defaults.

DATABASE_URL          database (default: SQLite file in the data folder, WAL mode)
HUISHANG_SECRET_KEY   secret key (default: generated once and kept in the data folder)
HUISHANG_DEBUG        "1" to turn on debug pages (default off)
HUISHANG_ALLOWED_HOSTS comma-separated host names (default: loopback names)
HUISHANG_DATA_DIR     where the database, uploads and secret key live
"""

import os
import secrets

import dj_database_url
from django.utils.translation import gettext_lazy as _

from huishang.paths import PACKAGE_DIR, data_dir

DATA_DIR = data_dir()


def _secret_key() -> str:
    configured = os.environ.get("HUISHANG_SECRET_KEY")
    if configured:
        return configured
    key_file = DATA_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = _secret_key()
DEBUG = os.environ.get("HUISHANG_DEBUG") == "1"
ALLOWED_HOSTS = [
    host.strip()
    for host in os.environ.get("HUISHANG_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]").split(",")
    if host.strip()
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "ninja",  # its templates and vendored Swagger UI files, so /api/v1/docs loads nothing from a CDN
    "huishang.core",
    "huishang.directory",
    "huishang.cases",
    "huishang.meetings",
    "huishang.figures",
    "huishang.supervision",
    "huishang.butlers",
    "huishang.ledgers",
    "huishang.alliances",
    "huishang.suggestions",
    "huishang.promotion",
    "huishang.recruitment",
    "huishang.employment",
    "huishang.assessment",
    "huishang.surveys",
    "huishang.insight",
    "huishang.demo",
    "huishang.api",
    "huishang.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "huishang.urls"
WSGI_APPLICATION = "huishang.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{DATA_DIR / 'huishang.sqlite3'}",
        conn_max_age=60,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers work while one writer writes; IMMEDIATE takes the write lock at the start
    # of a transaction so two writers queue instead of failing half-way with "database is locked".
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }

AUTH_USER_MODEL = "directory.User"
LOGIN_URL = "web:login"
LOGIN_REDIRECT_URL = "web:workbench"
LOGOUT_REDIRECT_URL = "web:login"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", _("Simplified Chinese")), ("en", _("English"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"  # filled by collectstatic for a separate web server; the app needs none
STATIC_ROOT.mkdir(exist_ok=True)
# The app serves its own assets (no CDN, no separate web server needed on one machine).
WHITENOISE_USE_FINDERS = True
MEDIA_ROOT = DATA_DIR / "media"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = int(os.environ.get("HUISHANG_SESSION_SECONDS", 8 * 3600))
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True

# Attachments: what a matter may carry.
HUISHANG_ATTACHMENT_MAX_BYTES = int(os.environ.get("HUISHANG_ATTACHMENT_MAX_BYTES", 20 * 1024 * 1024))
HUISHANG_API_TOKEN_HOURS = int(os.environ.get("HUISHANG_API_TOKEN_HOURS", 12))
# How often a butler is expected to visit each enterprise in care.
HUISHANG_BUTLER_VISIT_DAYS = int(os.environ.get("HUISHANG_BUTLER_VISIT_DAYS", 30))

# Outgoing mail (notifications) through an SMTP server.
EMAIL_HOST = os.environ.get("HUISHANG_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("HUISHANG_EMAIL_PORT", 25))
EMAIL_HOST_USER = os.environ.get("HUISHANG_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("HUISHANG_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("HUISHANG_EMAIL_TLS") == "1"
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get("HUISHANG_EMAIL_FROM", "huishang@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("HUISHANG_LOG_LEVEL", "WARNING")},
}
