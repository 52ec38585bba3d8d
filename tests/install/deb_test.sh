#!/usr/bin/env bash
# Builds the .deb with CPack and checks its dependencies and contents. Usage: deb_test.sh BUILD_DIR
set -euo pipefail
build="$1"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -B "$out" >/dev/null)
deb="$(ls "$out"/kindling_*.deb)"
fail() { echo "deb test: $*" >&2; exit 1; }
depends="$(dpkg-deb -f "$deb" Depends)"
for needed in libsdl2-2.0-0 libsdl2-ttf-2.0-0 libfontconfig1 fonts-lato fonts-noto-color-emoji; do
    [[ "$depends" == *"$needed"* ]] || fail "Depends lacks $needed: $depends"
done
contents="$(dpkg-deb -c "$deb")"
for file in ./usr/bin/kindling-deck ./usr/bin/kindling-editor ./usr/share/kindling/decks/party.yaml \
            ./usr/share/applications/io.kindling.Kindling.desktop ./usr/share/man/man1/kindling-deck.1; do
    grep -q " $file\$" <<<"$contents" || fail "the package lacks $file"
done
echo "deb test: ok ($(basename "$deb"): $depends)"
