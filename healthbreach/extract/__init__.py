"""Cleaning pages, judging relevance and extracting breach facts."""
