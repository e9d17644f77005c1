"""Print, as JSON, the environment the locustfile needs: the office's API token and ids to pick from."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from huishang_ops import setup_django  # noqa: E402


def main() -> None:
    setup_django()
    from huishang.api.tokens import issue_token
    from huishang.cases.models import Matter
    from huishang.directory.models import Organization, User

    key, _token = issue_token(User.objects.get(username="bench-office"))
    units = Organization.objects.filter(kind=Organization.Kind.UNIT).values_list("pk", flat=True)
    enterprises = (Organization.objects.filter(kind=Organization.Kind.ENTERPRISE).order_by("pk")
                   .values_list("pk", flat=True))
    print(json.dumps({
        "HUISHANG_BENCH_TOKEN": key,
        "HUISHANG_BENCH_UNITS": ",".join(map(str, units)),
        "HUISHANG_BENCH_ENTERPRISES": ",".join(map(str, enterprises[:500])),
        "HUISHANG_BENCH_LAST_MATTER": str(Matter.objects.order_by("-pk").values_list("pk", flat=True).first()),
    }))


if __name__ == "__main__":
    main()
