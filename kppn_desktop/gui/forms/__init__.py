"""Python modules generated from the Designer forms in ``ui/`` by ``pyside6-uic``. Do not edit them:
change the ``.ui`` file and run ``python -m kppn_desktop.gui.forms.build``."""
