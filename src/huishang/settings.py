"""One settings module, driven by environment variables with safe defaults.

DATABASE_URL          database (default: SQLite file in the data folder, WAL mode)
HUISHANG_SECRET_KEY   secret key (default: generated once and kept in the data folder)
HUISHANG_DEBUG        "1" to turn on debug pages (default off)
HUISHANG_ALLOWED_HOSTS comma-separated host names (default: loopback names)
HUISHANG_DATA_DIR     where the database, uploads and secret key live
HUISHANG_MEDIA_ROOT   uploads folder (default: media/ in the data folder); HUISHANG_S3_BUCKET (with
                      HUISHANG_S3_ENDPOINT, _REGION, _ACCESS_KEY, _SECRET_KEY, _PREFIX) for a bucket instead
HUISHANG_DATA_KEY     base64 of the 32-byte key that encrypts personal data at rest (default: generated
                      once and kept in the data folder as data_key; see huishang/vault/keys.py)
HUISHANG_TLS          "1" behind TLS: secure cookies, HTTPS redirect, HSTS (default off)
HUISHANG_LOCKOUT_*, HUISHANG_TOKEN_RATE_PER_MINUTE, HUISHANG_IDLE_MINUTES, HUISHANG_REQUIRE_2FA_ROLES
                      sign-in protection; see docs/security.md
HUISHANG_LOG_FORMAT   "json" (one object per line, with the request id) or "plain" (default; serve: json)
HUISHANG_IDEMPOTENCY_HOURS how long an Idempotency-Key's first answer is replayed (default 24)
HUISHANG_OFFICE_HOURS the office hours in which working-hour time limits (签收, first response) run
                      (default "09:00-12:00,13:30-17:30")
"""

import os
import secrets
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from huishang.core.logging import logging_config
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
    "django_otp",
    "django_otp.plugins.otp_totp",
    "huishang.core",
    "huishang.accounts",
    "huishang.audit",
    "huishang.vault",
    "huishang.workdays",
    "huishang.notifications",
    "huishang.todos",
    "huishang.directory",
    "huishang.cases",
    "huishang.meetings",
    "huishang.figures",
    "huishang.supervision",
    "huishang.dispatch",
    "huishang.butlers",
    "huishang.ledgers",
    "huishang.alliances",
    "huishang.suggestions",
    "huishang.promotion",
    "huishang.recruitment",
    "huishang.employment",
    "huishang.assessment",
    "huishang.unionwork",
    "huishang.ranking",
    "huishang.surveys",
    "huishang.insight",
    "huishang.knowledge",
    "huishang.demo",
    "huishang.api",
    "huishang.web",
]

MIDDLEWARE = [
    "huishang.core.proxy.ClientAddressMiddleware",
    "huishang.core.middleware.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "huishang.audit.context.AuditContextMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "huishang.accounts.middleware.IdleTimeoutMiddleware",
    "huishang.accounts.middleware.SecondFactorEnrolmentMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "huishang.accounts.middleware.ContentSecurityPolicyMiddleware",
]

ROOT_URLCONF = "huishang.urls"
WSGI_APPLICATION = "huishang.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # Project-wide overrides of other packages' templates (the admin's base_site), found before the apps'.
        "DIRS": [Path(__file__).resolve().parent / "templates"],
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
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "huishang.accounts.passwords.CharacterClassesValidator", "OPTIONS": {"min_classes": 3}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "huishang.accounts.passwords.PasswordHistoryValidator", "OPTIONS": {"remembered": 5}},
]

# Sign-in protection (huishang.accounts; docs/security.md lists each control).
HUISHANG_LOCKOUT_FAILURES = int(os.environ.get("HUISHANG_LOCKOUT_FAILURES", 5))
HUISHANG_LOCKOUT_ADDRESS_FAILURES = int(os.environ.get("HUISHANG_LOCKOUT_ADDRESS_FAILURES", 20))
HUISHANG_LOCKOUT_MINUTES = int(os.environ.get("HUISHANG_LOCKOUT_MINUTES", 15))
# One account failing from many addresses: the longest wait between tries, and for how long an address the
# account signed in from is trusted not to wait.
HUISHANG_LOCKOUT_MAX_DELAY_SECONDS = int(os.environ.get("HUISHANG_LOCKOUT_MAX_DELAY_SECONDS", 300))
HUISHANG_KNOWN_ADDRESS_DAYS = int(os.environ.get("HUISHANG_KNOWN_ADDRESS_DAYS", 30))
HUISHANG_TOKEN_RATE_PER_MINUTE = int(os.environ.get("HUISHANG_TOKEN_RATE_PER_MINUTE", 30))
HUISHANG_IDLE_MINUTES = int(os.environ.get("HUISHANG_IDLE_MINUTES", 30))
HUISHANG_REQUIRE_2FA_ROLES = {
    role.strip() for role in os.environ.get("HUISHANG_REQUIRE_2FA_ROLES", "admin,supervisor").split(",") if role.strip()
}
OTP_TOTP_ISSUER = "Huishang"
# A phone's clock may be a step off; tolerance 1 covers that without moving the device's drift.
OTP_TOTP_SYNC = False

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", _("Simplified Chinese")), ("en", _("English"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True
# Office hours of a working day, local time, in which working-hour time limits run (签收, first response):
# HUISHANG_OFFICE_HOURS="09:00-12:00,13:30-17:30" (the default, 7 hours a day).
HUISHANG_OFFICE_HOURS = [
    tuple(span.strip().split("-"))
    for span in os.environ.get("HUISHANG_OFFICE_HOURS", "09:00-12:00,13:30-17:30").split(",") if span.strip()
]

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"  # filled by collectstatic for a separate web server; the app needs none
STATIC_ROOT.mkdir(exist_ok=True)
# The app serves its own assets (no CDN, no separate web server needed on one machine).
WHITENOISE_USE_FINDERS = True
# Uploaded files (attachments, photos): a folder, which several app servers share over NFS or similar
# (HUISHANG_MEDIA_ROOT), or an S3-compatible bucket through django-storages (pip extra "s3").
MEDIA_ROOT = Path(os.environ.get("HUISHANG_MEDIA_ROOT") or DATA_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if os.environ.get("HUISHANG_S3_BUCKET"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["HUISHANG_S3_BUCKET"],
            "endpoint_url": os.environ.get("HUISHANG_S3_ENDPOINT") or None,
            "region_name": os.environ.get("HUISHANG_S3_REGION") or None,
            # Unset: boto3 looks for credentials itself (AWS_* variables, instance role).
            "access_key": os.environ.get("HUISHANG_S3_ACCESS_KEY") or None,
            "secret_key": os.environ.get("HUISHANG_S3_SECRET_KEY") or None,
            "location": os.environ.get("HUISHANG_S3_PREFIX", ""),
            # Files stay private: the app streams them after its own permission check.
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_REFERRER_POLICY = "same-origin"
# Behind TLS (HUISHANG_TLS=1, usually a reverse proxy that sets X-Forwarded-Proto): cookies only over
# HTTPS, plain HTTP redirected, and browsers told to come back over HTTPS for a year.
if os.environ.get("HUISHANG_TLS") == "1":
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = 365 * 24 * 3600
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Reverse proxies (comma-separated addresses) whose X-Forwarded-For names the client; see core/proxy.py.
HUISHANG_TRUSTED_PROXIES = [
    address.strip() for address in os.environ.get("HUISHANG_TRUSTED_PROXIES", "").split(",") if address.strip()
]
SESSION_COOKIE_AGE = int(os.environ.get("HUISHANG_SESSION_SECONDS", 8 * 3600))
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True

# Attachments: what a matter may carry.
HUISHANG_ATTACHMENT_MAX_BYTES = int(os.environ.get("HUISHANG_ATTACHMENT_MAX_BYTES", 20 * 1024 * 1024))
HUISHANG_API_TOKEN_HOURS = int(os.environ.get("HUISHANG_API_TOKEN_HOURS", 12))
# How long a create answered under an Idempotency-Key is replayed for the same key.
HUISHANG_IDEMPOTENCY_HOURS = int(os.environ.get("HUISHANG_IDEMPOTENCY_HOURS", 24))
# Audit entries younger than this are never pruned; huishang.audit.retention enforces at least 180.
HUISHANG_AUDIT_RETENTION_DAYS = int(os.environ.get("HUISHANG_AUDIT_RETENTION_DAYS", 180))
# How often a butler is expected to visit each enterprise in care.
HUISHANG_BUTLER_VISIT_DAYS = int(os.environ.get("HUISHANG_BUTLER_VISIT_DAYS", 30))
# An investment-promotion lead still being worked on with no visit or step for this long is flagged stale.
HUISHANG_PROMOTION_STALE_DAYS = int(os.environ.get("HUISHANG_PROMOTION_STALE_DAYS", 30))
# The most an internship subsidy (就业见习补贴) pays per month covered, in yuan: each deployment sets its own.
HUISHANG_INTERNSHIP_MONTHLY_CAP_YUAN = int(os.environ.get("HUISHANG_INTERNSHIP_MONTHLY_CAP_YUAN", 2000))
# A supporting unit files its opinion (协办意见) within this many working days of the assignment.
HUISHANG_SUPPORTING_OPINION_DAYS = int(os.environ.get("HUISHANG_SUPPORTING_OPINION_DAYS", 3))

# Outgoing mail (notifications) through an SMTP server.
EMAIL_HOST = os.environ.get("HUISHANG_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("HUISHANG_EMAIL_PORT", 25))
EMAIL_HOST_USER = os.environ.get("HUISHANG_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("HUISHANG_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("HUISHANG_EMAIL_TLS") == "1"
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get("HUISHANG_EMAIL_FROM", "huishang@localhost")

# Text messages (notifications/sms.py, docs/deployment.md): the gateway class, the provider's account,
# and which pre-approved template each event uses (JSON; unset: sms.DEFAULT_TEMPLATES).
HUISHANG_SMS_BACKEND = os.environ.get("HUISHANG_SMS_BACKEND", "huishang.notifications.sms.LoggingSmsBackend")
HUISHANG_SMS_TEMPLATES = os.environ.get("HUISHANG_SMS_TEMPLATES", "")
HUISHANG_SMS_ENDPOINT = os.environ.get("HUISHANG_SMS_ENDPOINT", "")
HUISHANG_SMS_REGION = os.environ.get("HUISHANG_SMS_REGION", "ap-guangzhou")
HUISHANG_SMS_SECRET_ID = os.environ.get("HUISHANG_SMS_SECRET_ID", "")
HUISHANG_SMS_SECRET_KEY = os.environ.get("HUISHANG_SMS_SECRET_KEY", "")
HUISHANG_SMS_APP_ID = os.environ.get("HUISHANG_SMS_APP_ID", "")
HUISHANG_SMS_SIGN = os.environ.get("HUISHANG_SMS_SIGN", "")

# HUISHANG_LOG_FORMAT json|plain chooses the line format; see huishang/core/logging.py.
LOGGING = logging_config(os.environ.get("HUISHANG_LOG_LEVEL", "WARNING"))
