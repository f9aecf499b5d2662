"""One consultation in its own window: its tables, the dialogs of its actions, the slow parts run
on the worker, and the library's answers at hand."""
