"""A whole document: its overview, purpose, own assessment, and the overview/structure backstop."""
