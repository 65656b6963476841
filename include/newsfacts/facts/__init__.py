"""Text -> incident facts (the contract of `newsfacts facts`, see README)."""

from newsfacts.facts.parser import PARSER_VERSION, parse_incidents

__all__ = ["PARSER_VERSION", "parse_incidents"]
