"""Files the application reads at run time, shipped inside the package: ``fonts/`` (DejaVu Sans,
embedded in the papers), ``icons/`` (the application icon), and whatever joins them (Qt's
``translations/*.qm``).

They are package data: in the wheel (``[tool.setuptools.package-data]`` in ``pyproject.toml``),
and in the PyInstaller bundle (``build_spec/kppn_desktop.spec`` copies this folder), read through
``importlib.resources`` so that neither depends on where the repository is. A new kind of file
goes in a folder here and its pattern in both places; ``tests/test_wheel.py`` checks the wheel.
No Qt here: the papers read their fonts below the GUI.
"""

from __future__ import annotations

import atexit
import contextlib
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

_extracted = contextlib.ExitStack()
atexit.register(_extracted.close)


def traversable(*parts: str) -> Traversable:
    """The resource ``parts`` (e.g. ``"fonts", "DejaVuSans.ttf"``), possibly not a real file."""
    return resources.files(__name__).joinpath(*parts)


def path(*parts: str) -> Path:
    """A path on disk for the resource ``parts``, for libraries that open files by name
    (reportlab's ``TTFont``, ``QIcon``). Installed normally, it is the file in the package; from
    a zipped package it is a copy, kept until the process ends."""
    return _extracted.enter_context(resources.as_file(traversable(*parts)))


def exists(*parts: str) -> bool:
    return traversable(*parts).is_file()


def read_bytes(*parts: str) -> bytes:
    return traversable(*parts).read_bytes()
