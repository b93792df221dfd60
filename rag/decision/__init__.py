"""Answer or refuse: the decision (`decide`, its result `verdict`), what a question asks and what fills it
(`slots`), what a unit states about a document (`states`), metadata the documents do not print (`metadata`,
with `signer` for signature blocks and `cited_subject` for documents cited by description), coverage by
meaning through the synonym table (`meaning`), and whether a question is Vietnamese at all (`language`)."""
