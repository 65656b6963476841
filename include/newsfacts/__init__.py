"""newsfacts: feeds -> articles -> incident facts in a PostgreSQL warehouse."""

__version__ = "0.1.0"
