#!/usr/bin/env bash
# Checks that the man pages and the bash completion describe the commands and options the
# built binaries actually take, as their --help prints them: an option added to a binary
# without its documentation fails here.
# usage: check_docs.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build="$1" source="$2"
fail() { echo "FAIL: $*" >&2; exit 1; }
export QT_QPA_PLATFORM=offscreen

cli="$build/app/tandem-cli/tandem-cli"
sandbox="$build/app/tandem-sandbox/tandem-sandbox"
completion="$source/packaging/completion/tandem-cli"

# The long options a --help text names (QCommandLineParser prints them with two spaces in front).
long_options() { grep -oE -- '--[a-z][a-z-]*' | sort -u; }
# A man page source with its escapes undone, so "\-\-wix\-port" reads "--wix-port".
man_text() { sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' "$1"; }

app_help="$("$build/app/tandem/tandem" --help 2>/dev/null)"
app_man="$(man_text "$source/packaging/man/tandem.1")"
for option in $(long_options <<<"$app_help"); do
    grep -qe "$option\b" <<<"$app_man" || fail "tandem.1 does not document $option"
done

sandbox_help="$("$sandbox" --help)"
sandbox_man="$(man_text "$source/packaging/man/tandem-sandbox.1")"
for option in $(long_options <<<"$sandbox_help"); do
    grep -qe "$option\b" <<<"$sandbox_man" || fail "tandem-sandbox.1 does not document $option"
done

cli_help="$("$cli" --help)"
cli_man="$(man_text "$source/packaging/man/tandem-cli.1")"
# Usage lines read "tandem-cli [--profile DIR] links|history|status [--json]".
usage="$(grep -E '^ *tandem-cli \[--profile DIR\] ' <<<"$cli_help")"
[ -n "$usage" ] || fail "tandem-cli --help prints no usage lines"
for option in $(long_options <<<"$cli_help") --help --version; do
    grep -qe "$option\b" <<<"$cli_man" || fail "tandem-cli.1 does not document $option"
done

# The completion, driven the way bash drives it. bash-completion's two helpers it calls are
# stood in for, so the check needs no bash-completion package.
complete_words() {
    bash -c '
        _init_completion() {
            words=("${COMP_WORDS[@]}"); cword=$COMP_CWORD
            cur="${COMP_WORDS[COMP_CWORD]}"; prev="${COMP_WORDS[COMP_CWORD-1]}"
        }
        _filedir() { COMPREPLY=(); }
        source "$1"; shift
        COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
        _tandem_cli
        printf "%s\n" "${COMPREPLY[@]}"
    ' bash "$completion" "$@"
}
bash -n "$completion" || fail "the completion has a syntax error"
top_level="$(complete_words tandem-cli '')"
top_options="$(complete_words tandem-cli --)"
for option in --profile --help --version; do
    grep -qx -- "$option" <<<"$top_options" || fail "completion of 'tandem-cli --' misses $option"
done
while read -r line; do
    commands="$(sed -E 's/^ *tandem-cli \[--profile DIR\] ([a-z|]+).*/\1/' <<<"$line")"
    options="$(sed -E 's/^ *tandem-cli \[--profile DIR\] [a-z|]+//' <<<"$line" | long_options)"
    for command in ${commands//|/ }; do
        grep -qx "$command" <<<"$top_level" || fail "completion of 'tandem-cli ' misses $command"
        grep -qx "\.B $command" <<<"$cli_man" || fail "tandem-cli.1 has no entry for $command"
        offered="$(complete_words tandem-cli "$command" --)"
        for option in $options; do
            grep -qx -- "$option" <<<"$offered" \
                || fail "completion of 'tandem-cli $command --' misses $option"
        done
    done
done <<<"$usage"
echo "man pages and completion cover every command and option of tandem, tandem-cli and tandem-sandbox"
