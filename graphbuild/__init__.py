"""Diplomatic Ties Explorer: extract meetings and agreements from news, build and export the graph."""

__version__ = "0.1.0"
