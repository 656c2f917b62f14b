"""healthbreach: French press monitoring of cyberattacks and data leaks in the health sector."""

__version__ = "0.1.0"
