"""pkm: assess and score Area VI of the Zona Integritas worksheet."""

__version__ = "0.1.0"
