"""A stand-in system for the side-by-side timing tests: serves timing requests (bench/timing.py) for the
operations named on its command line, each call writing "<system> <operation> <run number>" to a log.

    python logging_system.py NAME LOG OPERATION[,OPERATION…] --serve
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from timing import serve  # noqa: E402


def logged(system: str, log: str, operation: str):
    def call(i):
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(f"{system} {operation} {i}\n")
        print("a stray line an operation prints")  # must not reach the answers

    return call


if __name__ == "__main__":
    system, log, operations, flag = sys.argv[1:]
    assert flag == "--serve"
    serve({operation: logged(system, log, operation) for operation in operations.split(",")})
