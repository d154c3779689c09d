"""Printing: backends (CUPS, Qt, folder) and the print queue kept in the event database."""
