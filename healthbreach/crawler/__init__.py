"""Discovering and fetching articles: sources as data, one generic spider."""
