"""The test suite passes on the repository alone, as someone who clones it from its public home has it:
no test and no module of the project reads a file beside the checkout (the public data in ../shared
is the benchmarks', bench/). .ci/run also runs the insight tests in a fresh clone with nothing beside it.
"""

import re
from pathlib import Path

from tests.insight import data

ROOT = Path(__file__).resolve().parents[1]
# Ways to reach the public data beside the checkout.
SHARED = re.compile(r"\.\./shared|shared/data|[\"']shared[\"']\s*/\s*[\"']data[\"']|HUISHANG_SHARED_DATA")
# Path(__file__).resolve().parents[N]: the folder N + 1 levels up from the file.
PARENTS = re.compile(r"Path\(__file__\)\.resolve\(\)\.parents\[(\d+)\]")


def sources() -> list[Path]:
    here = Path(__file__).resolve()
    return [path for folder in ("tests", "src") for path in sorted((ROOT / folder).rglob("*.py")) if path != here]


def test_no_test_or_module_reads_the_public_data_beside_the_checkout():
    reaching = [str(path.relative_to(ROOT)) for path in sources() if SHARED.search(path.read_text(encoding="utf-8"))]
    assert reaching == []


def test_no_test_or_module_climbs_out_of_the_repository_from_its_own_file():
    climbing = [
        f"{path.relative_to(ROOT)}: parents[{levels}]"
        for path in sources()
        for levels in PARENTS.findall(path.read_text(encoding="utf-8"))
        if not path.resolve().parents[int(levels)].is_relative_to(ROOT)
    ]
    assert climbing == []


def test_the_insight_tests_learn_from_messages_shipped_in_the_repository():
    assert data.FIXTURES.is_relative_to(ROOT) and len(data.messages()) == 101
    assert (data.FIXTURES / "README.md").read_text(encoding="utf-8").count("Apache-2.0") == 1
