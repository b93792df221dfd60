"""Reading a question before retrieval: which documents it names (route, docmatch), the level of administration it
says (levels), and what kind of question it is (question_kind)."""
