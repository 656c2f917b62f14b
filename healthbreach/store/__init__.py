"""Database models, connection handling and queries (SQLAlchemy 2.0)."""
