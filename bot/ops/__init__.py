"""Operations: logging set-up, request ids, Prometheus metrics."""
