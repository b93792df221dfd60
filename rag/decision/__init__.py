"""Answer or refuse: the decision (`decide`), what a question asks and what fills it (`slots`), coverage by
meaning through the synonym table (`meaning`), and whether a question is Vietnamese at all (`language`)."""
