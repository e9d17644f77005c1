from tests.notifications.loopback import inbox, sms_provider  # noqa: F401  (fixtures)
