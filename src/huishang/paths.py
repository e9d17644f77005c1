"""Where Huishang keeps its files on disk."""

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
_SOURCE_ROOT = PACKAGE_DIR.parents[1]


def data_dir() -> Path:
    """The folder for the embedded database, uploads and the generated secret key.

    HUISHANG_DATA_DIR wins; a source checkout uses its own ``data/``; an installed copy uses the
    current directory's ``data/`` so that nothing is written into site-packages.
    """
    configured = os.environ.get("HUISHANG_DATA_DIR")
    if configured:
        path = Path(configured)
    elif (_SOURCE_ROOT / "pyproject.toml").exists():
        path = _SOURCE_ROOT / "data"
    else:
        path = Path.cwd() / "data"
    path.mkdir(parents=True, exist_ok=True)
    return path
