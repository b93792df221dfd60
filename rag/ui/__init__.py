"""What the chat page shows, as HTML and files: the evidence panel and document viewer (`present`), the
«Văn bản» tab (`browse`), the «Nhiệm vụ & thời hạn» tab (`tasks_view`) and answer/table downloads
(`exports`). Pure functions of the loaded index; app.py wires them into Gradio."""
