#!/usr/bin/env bash
# Checks what `cmake --install` puts in place the way Linux packagers and desktops read it:
# desktop-file-validate, appstreamcli, man, systemd-analyze, and the version of every binary.
# usage: check_desktop_files.sh BUILD_DIR APP_ID VERSION
set -euo pipefail
build="$1" id="$2" version="$3"
prefix="$(mktemp -d)"
trap 'rm -rf "$prefix"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" >/dev/null

desktop="$prefix/share/applications/$id.desktop"
[ -f "$desktop" ] || fail "no $desktop"
desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $desktop"
grep -q '^Name\[nb\]=' "$desktop" || fail "the desktop file has no Norwegian name"

metainfo="$prefix/share/metainfo/$id.metainfo.xml"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli rejects $metainfo"
grep -q "<release version=\"$version\"" "$metainfo" || fail "the metainfo has no release $version"

for page in tandem tandem-cli tandem-sandbox; do
    file="$prefix/share/man/man1/$page.1.gz"
    [ -f "$file" ] || fail "no man page $file"
    warnings="$(MANWIDTH=80 man --warnings -l "$file" 2>&1 >/dev/null)"
    [ -z "$warnings" ] || fail "man -l $file warns: $warnings"
done

units="$prefix/lib/systemd/user"
grep -q "^ExecStart=$prefix/bin/tandem-cli sync$" "$units/tandem-sync.service" \
    || fail "the service does not run the installed tandem-cli"
export XDG_RUNTIME_DIR="$prefix/run" MANPATH="$prefix/share/man:"
mkdir -m 700 "$XDG_RUNTIME_DIR"
systemd-analyze verify --user "$units/tandem-sync.service" "$units/tandem-sync.timer" \
    || fail "systemd-analyze rejects the units"

bash -n "$prefix/share/bash-completion/completions/tandem-cli" || fail "completion has a syntax error"

for bin in tandem tandem-cli tandem-sandbox; do
    printed="$(QT_QPA_PLATFORM=offscreen "$prefix/bin/$bin" --version 2>/dev/null)"
    [ "${printed##* }" = "$version" ] || fail "$bin --version printed '$printed', CMake says $version"
done
echo "desktop files, metainfo, man pages, units and versions agree with $version"
