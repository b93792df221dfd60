"""A node of a document's outline: which node is asked (by number, ordinal, heading words, the body it assigns), what is asked of it, and how it is rendered."""
