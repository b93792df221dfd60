"""The chat page, tab by tab. What is shown, as HTML and files (pure functions of the loaded index): the
evidence panel and document viewer (`present`), the «Văn bản» tab (`browse`), the «Nhiệm vụ & thời hạn» tab
(`tasks_view`) and answer/table downloads (`exports`). How each tab is laid out and what its handlers do,
in Gradio: `chat_tab`, `docs_tab`, `tasks_tab` (shared bits in `page`); app.py assembles them."""
