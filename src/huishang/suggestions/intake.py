"""Who a public suggestion is submitted by in the cases lifecycle: one system account that cannot log in.

Members of the public have no account; the trail names this account for them, and the suggestion
keeps how it came (online, collection point, paper, Open311) and who entered it.
"""

from huishang.directory.models import Role, User

INTAKE_USERNAME = "public-intake"
INTAKE_NAME = "人民建议征集（公众）"


def intake_account() -> User:
    """The account public suggestions are submitted by, made on first use (inactive, no password)."""
    account = User.objects.filter(username=INTAKE_USERNAME).first()
    if account is None:
        account = User(username=INTAKE_USERNAME, name=INTAKE_NAME, role=Role.OFFICE, is_active=False)
        account.set_unusable_password()
        account.save()
    return account
