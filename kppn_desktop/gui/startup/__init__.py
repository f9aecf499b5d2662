"""Starting the application and what every window shares: the session, the worker that runs slow
work off the GUI thread, the garbage collector, errors and the crash hook, Qt's log."""
