#!/usr/bin/env bash
# The folders are layers (docs/architecture.md#layers): app -> ui -> sync/runtime -> sync/engine
# -> (sync/store, sync/connectors) -> sync/model, with sync/credentials and sandbox/ beside them.
# A file includes Tandem headers (by their path from the source root) only from its own layer or
# the ones the table below lets it use, and nothing under sync/ includes a Qt Widgets header.
# Prints each include that points the wrong way and fails.
# usage: check_layers.sh SOURCE_DIR
#        check_layers.sh --self-test
set -euo pipefail
export LC_ALL=C

# Each layer and the folders its files may include from (besides its own).
declare -A allowed=(
    [sync/model]=''
    [sync/credentials]=''
    [sync/store]='sync/model'
    [sync/connectors]='sync/model'
    [sync/engine]='sync/model sync/store sync/connectors'
    [sync/runtime]='sync/model sync/store sync/connectors sync/credentials sync/engine'
    [sandbox]='sync/model'
    [ui]='sync/model sync/store sync/connectors sync/credentials sync/engine sync/runtime'
)
widgets='<(QtWidgets/)?Q(Widget|Application|Dialog|MainWindow|Label|PushButton|MessageBox|LineEdit|TableView|TreeView|SystemTrayIcon|Menu|ComboBox|CheckBox|SpinBox|Wizard|FileDialog)>'

check() { # root -> 0 when every include points down
    local root="$1" found="" layer file line target ok dep
    for layer in "${!allowed[@]}"; do
        [ -d "$root/$layer" ] || continue
        while IFS= read -r hit; do
            file="${hit%%:*}"
            line="${hit#*:}"
            line="${line%%:*}"
            target="$(sed -nE "${line}s/^[[:space:]]*#[[:space:]]*include[[:space:]]+\"([^\"]+)\".*/\1/p" "$file")"
            case "$target" in "$layer"/*) continue ;; esac
            ok=0
            for dep in ${allowed[$layer]}; do
                case "$target" in "$dep"/*) ok=1 ;; esac
            done
            # Only Tandem's own folders are layers; a generated header ("version.h") is not one.
            case "$target" in */*) ;; *) ok=1 ;; esac
            [ "$ok" = 1 ] || found+="${file#"$root"/}:$line: $layer includes $target"$'\n'
        done < <(grep -rnE '^[[:space:]]*#[[:space:]]*include[[:space:]]+"' "$root/$layer" \
                     --include='*.h' --include='*.cpp' | cut -d: -f1,2)
    done
    if [ -d "$root/sync" ]; then
        while IFS= read -r hit; do
            found+="${hit#"$root"/}: sync/ includes a Widgets header"$'\n'
        done < <(grep -rnE "^[[:space:]]*#[[:space:]]*include[[:space:]]+$widgets" "$root/sync" \
                     --include='*.h' --include='*.cpp' | cut -d: -f1,2)
    fi
    if [ -n "$found" ]; then
        echo "FAIL: includes that point up a layer (app -> ui -> sync/runtime -> sync/engine -> store, connectors -> model):" >&2
        printf '%s' "$found" >&2
        return 1
    fi
    echo "ok: every include in $root points down a layer"
}

self_test() { # the check flags an include up, a Widgets header in sync/, and only those
    tree="$(mktemp -d)" # global: the EXIT trap reads it after this function returns
    trap 'rm -rf "$tree"' EXIT
    mkdir -p "$tree/sync/engine" "$tree/sync/runtime" "$tree/sync/model" "$tree/ui"
    printf '#include "sync/model/record.h"\n#include "version.h"\n' >"$tree/sync/engine/a.cpp"
    printf '#include "sync/engine/a.h"\n' >"$tree/sync/runtime/b.cpp"
    printf '#include "sync/runtime/b.h"\n#include <QWidget>\n' >"$tree/ui/c.cpp"
    check "$tree" >/dev/null || { echo "self-test: a clean tree was flagged" >&2; return 1; }
    printf '#include "sync/runtime/b.h"\n' >>"$tree/sync/engine/a.cpp"
    ! check "$tree" 2>/dev/null || { echo "self-test: engine -> runtime passed" >&2; return 1; }
    printf '#include "sync/model/record.h"\n' >"$tree/sync/engine/a.cpp"
    printf '#include <QDialog>\n' >"$tree/sync/runtime/d.h"
    ! check "$tree" 2>/dev/null || { echo "self-test: a Widgets header in sync/ passed" >&2; return 1; }
    echo "ok: the layer check flags what it should"
}

if [ "${1:-}" = --self-test ]; then
    self_test
else
    check "$(realpath "$1")"
fi
