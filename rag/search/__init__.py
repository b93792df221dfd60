"""Finding the units a question is about: the embedding models and the Chroma store, the lexical index (BM25,
query repair, spelling), meaning-neighbours, clause vectors, per-unit columns, and the hybrid retriever."""
