"""Printing and previewing the papers (PDF through QPrinter) and the print buttons of a consultation."""
