"""Present: the CLI, the situation report (Markdown, HTML, JSON) and exports."""
