#!/usr/bin/env bash
# Every C++ file is formatted as .clang-format says, so a diff shows only what changed.
# Files: the tracked ones (git ls-files) in a git checkout, else every .h/.cpp outside build*.
# usage: check_format.sh SOURCE_DIR CLANG_FORMAT
set -euo pipefail
root="$(realpath "$1")"
clang_format="$2"
cd "$root"
if [ "$(git rev-parse --show-toplevel 2>/dev/null)" = "$root" ]; then
    git ls-files -z '*.h' '*.cpp'
else
    find . \( -path ./.git -o -path './build*' \) -prune -o -type f \( -name '*.h' -o -name '*.cpp' \) -print0
fi | xargs -0 -r "$clang_format" --dry-run --Werror 2>&1 | head -40 >&2
status=("${PIPESTATUS[@]}")
if [ "${status[1]}" -ne 0 ]; then
    echo "FAIL: files above are not formatted; run: clang-format -i FILE" >&2
    exit 1
fi
echo "all C++ files formatted"
