#!/usr/bin/env bash
# Builds the .deb with CPack, compares its contents with what the package must hold, and runs
# lintian on it. usage: check_deb.sh BUILD_DIR APP_ID VERSION
set -euo pipefail
build="$1" id="$2" version="$3"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -B "$out" >/dev/null
deb="$out/tandem_${version}_amd64.deb"
[ -f "$deb" ] || fail "cpack made no $deb"

expected="$out/expected" actual="$out/actual"
{
    printf '%s\n' ./usr/bin/tandem ./usr/bin/tandem-cli ./usr/bin/tandem-sandbox
    echo "./usr/share/applications/$id.desktop"
    echo "./usr/share/metainfo/$id.metainfo.xml"
    echo "./usr/share/icons/hicolor/scalable/apps/$id.svg"
    for size in 16 24 32 48 64 128 256 512; do
        echo "./usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
    done
    printf '%s\n' ./usr/share/man/man1/tandem.1.gz ./usr/share/man/man1/tandem-cli.1.gz \
        ./usr/share/man/man1/tandem-sandbox.1.gz \
        ./usr/share/bash-completion/completions/tandem-cli \
        ./usr/lib/systemd/user/tandem-sync.service ./usr/lib/systemd/user/tandem-sync.timer \
        ./usr/share/doc/tandem/changelog.gz ./usr/share/doc/tandem/copyright
} | sort >"$expected"
dpkg-deb -c "$deb" | awk '$1 !~ /^d/ { print $6 }' | sort >"$actual"
diff -u "$expected" "$actual" || fail "the package does not hold exactly the expected files"

dpkg-deb -f "$deb" Depends | grep -q 'libqt6core6' || fail "dpkg-shlibdeps found no Qt dependency"
# Nothing outside the package's own files: purge then leaves nothing behind.
dpkg-deb -e "$deb" "$out/control"
for script in preinst postinst prerm postrm; do
    [ ! -e "$out/control/$script" ] || fail "the package has a $script script"
done

report="$(lintian --tag-display-limit 0 "$deb" 2>&1 | grep -v 'running with root privileges' || true)"
echo "$report"
if grep -q '^E:' <<<"$report"; then fail "lintian reports errors"; fi
echo "$deb holds the expected files and lintian reports no errors"
