"""Reporters: they format a Report and decide nothing. One module per output format."""
