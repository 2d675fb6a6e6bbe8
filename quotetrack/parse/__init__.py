"""Parsing: everything that builds or reads a stanza Document."""
