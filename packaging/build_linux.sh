#!/usr/bin/env bash
# Build the Linux bundle (dist/dosebook/) and the .deb (dist/dosebook_<version>_<arch>.deb).
# Needs: uv, binutils (readelf, strip), dpkg-deb. Run from anywhere; it works from the repo root.
set -euo pipefail
cd "$(dirname "$0")/.."

# The spec runs from the repository root. Nothing imports our packaging/ folder as a package (it
# has no __init__.py, so PyPI's `packaging`, which PyInstaller needs, always wins).
uv run --frozen pyinstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/dosebook.spec

packaging/linux/build_deb.sh dist/dosebook dist
echo "Bundle: dist/dosebook/dosebook ($(du -sh dist/dosebook | cut -f1))"
