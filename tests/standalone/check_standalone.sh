#!/usr/bin/env bash
# A clone of this repository must be whole: no file of it may name a path above the
# repository root (a sibling folder, the directory a checkout happened to live in), because a
# user's or a packager's clone has nothing there. Prints each offending line and fails.
# Files: the tracked ones (git ls-files) in a git checkout, else every file but the build's.
# usage: check_standalone.sh SOURCE_DIR [BUILD_DIR]
#        check_standalone.sh --self-test
set -euo pipefail
export LC_ALL=C

# Names of places outside the tree. Each is written so that it does not match its own text.
outside=(
    -e '\.\./shared'                       # the sibling folder of notes beside the checkouts
    -e '/wor[k]/'                          # the directory the checkouts live in
    -e 'shared/(contract|seed)s/'          # files of that sibling folder, however reached
    -e '(ARCHITECTUR|STYL)E\.md'           # the notes themselves (ours: docs/architecture.md)
    -e '(PROJECT|CMAKE)_SOURCE_DIR\}/\.\.' # CMake climbing out of the top source folder
    -e '[Ss]ync rules? [0-9]'              # the notes' rule numbers (ours are headings)
)

list_files() { # root build -> NUL-separated paths relative to root
    local root="$1" build="$2"
    if [ "$(git -C "$root" rev-parse --show-toplevel 2>/dev/null)" = "$root" ]; then
        git -C "$root" ls-files -z
        return
    fi
    local prune=(-path ./.git -o -path './build*')
    case "$build" in "$root"/*) prune+=(-o -path "./${build#"$root"/}") ;; esac
    (cd "$root" && find . \( "${prune[@]}" \) -prune -o -type f -print0) | sed -z 's|^\./||'
}

check() { # root [build] -> 0 when clean
    local root build
    root="$(realpath "$1")"
    build="$(realpath -m "${2:-$1/build}")"
    local found
    found="$(
        cd "$root"
        list_files "$root" "$build" | xargs -0 -r grep -HnsIE "${outside[@]}" || true
        # A relative path with more "../" than the folders between its file and the root.
        list_files "$root" "$build" | xargs -0 -r grep -HnsIoE '(^|[^.[:alnum:]_])(\.\./)+' |
            awk -F: '{ chain = $0; sub(/^[^:]*:[^:]*:/, "", chain)
                       depth = gsub("/", "/", $1); ups = gsub("[.][.]/", "", chain)
                       if (ups > depth) print $1 ":" $2 ": a relative path leaves the tree" }' ||
            true
    )"
    if [ -n "$found" ]; then
        echo "FAIL: files name paths outside the repository (a clone has nothing there):" >&2
        echo "$found" >&2
        return 1
    fi
    echo "ok: no file names a path outside $root"
}

self_test() { # the check flags what it should, and only that
    tree="$(mktemp -d)"
    trap 'rm -rf "$tree"' EXIT
    mkdir -p "$tree/src/deep" "$tree/build"
    # The bad samples are assembled at run time, so that this file does not name them.
    local up='..' rule=4
    echo "see docs/architecture.md#deletions" >"$tree/README.md"
    echo "#include \"$up/deep/x.h\" // inside" >"$tree/src/deep/inside.cpp"
    echo "load(\"$up/$up/data.json\")" >"$tree/src/deep/fine.cpp"
    echo "cat $up/shared/notes.md" >"$tree/bad-sibling.sh"
    echo "path = \"$up/$up/$up/elsewhere\"" >"$tree/src/deep/bad-climb.cpp"
    echo "set(D \${PROJECT_SOURCE_DIR}/$up/data)" >"$tree/bad-cmake.cmake"
    echo "// as sync rule $rule says" >"$tree/src/bad-rule.h"
    echo "see /wor""k/notes and x:$up/y" >"$tree/bad-absolute.md"
    echo "cat $up/shared/notes.md" >"$tree/build/ignored.txt"
    local out
    if out="$(check "$tree" "$tree/build" 2>&1)"; then
        echo "FAIL: self-test tree passed" >&2
        return 1
    fi
    local flagged
    flagged="$(grep -oE '^[^: ]+:[0-9]+' <<<"$out" | cut -d: -f1 | sort -u | tr '\n' ' ')"
    local expected="bad-absolute.md bad-cmake.cmake bad-sibling.sh src/bad-rule.h"
    expected+=" src/deep/bad-climb.cpp "
    if [ "$flagged" != "$expected" ]; then
        echo "FAIL: self-test flagged [$flagged], expected [$expected]" >&2
        echo "$out" >&2
        return 1
    fi
    echo "ok: self-test flags exactly $expected"
}

if [ "${1:-}" = --self-test ]; then
    self_test
else
    check "$@"
fi
