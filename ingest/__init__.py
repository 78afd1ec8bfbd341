"""Parsers that turn PDF, HTML and text files into a `ParsedDocument`."""
