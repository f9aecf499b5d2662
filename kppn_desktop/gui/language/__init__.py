"""The language of the screen: translations (Indonesian source, English), dates, times and numbers
in the screen's locale, and the tool that keeps the translation files current."""
