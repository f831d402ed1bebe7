"""The answering core: knows nothing of Bot Framework, HTTP or the terminal."""
