#!/usr/bin/env bash
# Tandem's two commands, `./tandem.sh run` and `./tandem.sh test`, and `./tandem.sh package`
# (see README.md).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${TANDEM_BUILD_DIR:-$here/build}"

packages=(
    cmake ninja-build g++ pkg-config ccache clang-format
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libgl-dev
    qt6-httpserver-dev qt6-websockets-dev qt6-networkauth-dev qtkeychain-qt6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libphonenumber-dev
    xvfb xauth gnome-keyring dbus-x11 libsecret-1-0 at-spi2-core
    desktop-file-utils appstream man-db lintian systemd dpkg-dev file
)

say() { printf 'tandem.sh: %s\n' "$*" >&2; }

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build_all() {
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # CI (CI=true, as .ci/run sets it) treats warnings as errors; a local build does not.
    local werror=OFF
    [ "${CI:-}" = true ] && werror=ON
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTANDEM_WERROR="$werror" \
        "${launcher[@]}" >/dev/null
    cmake --build "$build" --parallel "$(nproc)"
}

# ctest inside a private D-Bus session with an unlocked throwaway gnome-keyring, so the keychain
# tests use the real Secret Service and never the user's own keyring.
run_tests() {
    dbus-run-session -- bash -c '
        set -e
        export HOME="$(mktemp -d)"
        printf "throwaway" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        cd "$1" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)"
    ' bash "$build"
}

run_main_job() {
    local bin="$build/app"
    local sandbox="$bin/tandem-sandbox/tandem-sandbox"
    local cli="$bin/tandem-cli/tandem-cli"
    local gui="$bin/tandem/tandem"
    local profile
    profile="$(mktemp -d -t tandem-profile.XXXXXX)"

    local urls_file="$profile/sandbox.urls"
    "$sandbox" >"$urls_file" &
    local sandbox_pid=$!
    # Expanded now: the function's locals are gone when the EXIT trap runs.
    trap "kill $sandbox_pid 2>/dev/null || true" EXIT
    for _ in $(seq 100); do [ -s "$urls_file" ] && break; sleep 0.1; done
    if [ ! -s "$urls_file" ]; then
        say "the sandbox servers did not start"
        return 1
    fi
    local wix_url crm_url
    wix_url="$(sed -n 's/^wix=\([^ ]*\) crmoffice=.*/\1/p' "$urls_file")"
    crm_url="$(sed -n 's/.* crmoffice=\(.*\)$/\1/p' "$urls_file")"
    say "sandbox: Wix at $wix_url, CRMOffice at $crm_url; profile in $profile"

    # The sandbox accepts any non-empty key; these throwaway secrets live in this shell only.
    export TANDEM_WIX_API_KEY="sandbox-key" TANDEM_CRMOFFICE_TOKEN="sandbox-token"
    "$cli" --profile "$profile" configure --wix-url "$wix_url" --wix-site-id sandbox-site \
        --crmoffice-url "$crm_url"
    local status=0
    "$cli" --profile "$profile" sync || status=$?
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        "$gui" --profile "$profile"
    fi
    return "$status"
}

case "${1:-}" in
    run)
        install_missing
        build_all
        run_main_job
        ;;
    test)
        install_missing
        build_all
        run_tests
        ;;
    sanitize)
        # The suite under AddressSanitizer and UBSan: the `sanitize` preset in its own folder.
        install_missing
        build="$here/build-sanitize"
        cmake --preset sanitize -S "$here" >/dev/null
        cmake --build "$build" --parallel "$(nproc)"
        export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
        export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
        run_tests
        ;;
    package)
        install_missing
        build_all
        (cd "$build" && cpack -G DEB >&2)
        ls -t "$build"/tandem_*.deb | head -n 1
        ;;
    *)
        echo "usage: $0 run|test|sanitize|package" >&2
        exit 2
        ;;
esac
