"""The frame around the pages: the main window, login and lock, the first-run wizard, the notices
and reminders, the log viewer."""
