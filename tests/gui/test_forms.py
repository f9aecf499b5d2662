"""The generated form modules are what their Designer files compile to today."""

from kppn_desktop.gui.forms import build


def test_every_ui_file_has_a_current_generated_module():
    assert build.targets(), "no .ui files found"
    assert build.stale() == [], "run: python -m kppn_desktop.gui.forms.build"
