#!/bin/sh
# The production install, used by the Dockerfile and the README: torch's CPU build from
# PyTorch's own CPU wheel index first (PyPI's torch for Linux pulls several GB of CUDA
# libraries), then the bot with its pinned dependencies and no dev tools.
#
#   sh deploy/install.sh            # the bot, as the container has it
#   sh deploy/install.sh -e '.[dev]'  # a developer's install (what `make` runs)
#
# PYTHON picks the interpreter (default python3); TORCH_INDEX another CPU wheel index.
# Where the index cannot be reached but a local wheel of that exact version is known to pip
# (find-links), pip warns and installs the local wheel.
set -eu
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
TORCH_INDEX=${TORCH_INDEX:-https://download.pytorch.org/whl/cpu}
torch=$(grep -E '^torch==' constraints.txt)
case "$torch" in
  *+cpu) ;;
  *) echo "install.sh: constraints.txt pins '$torch', not a +cpu build" >&2; exit 2 ;;
esac
"$PYTHON" -m pip install --no-deps --index-url "$TORCH_INDEX" "$torch"
if [ "$#" -eq 0 ]; then set -- .; fi
"$PYTHON" -m pip install -c constraints.txt "$@"
"$PYTHON" -m pip check
