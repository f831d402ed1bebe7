"""Understanding: a question in, one typed frame per part out (see pipeline.py)."""
