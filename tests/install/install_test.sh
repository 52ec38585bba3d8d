#!/usr/bin/env bash
# Installs the build into a temporary prefix and uses it from there, as a packager would:
# every file in its place, desktop files and AppStream metadata valid, programs running from the
# prefix and finding their data there. Usage: install_test.sh BUILD_DIR
set -euo pipefail
build="$1"
prefix="$(mktemp -d)"
trap 'rm -rf "$prefix"' EXIT
export HOME="$prefix/home" XDG_CONFIG_HOME="$prefix/home/config" XDG_DATA_HOME="$prefix/home/data" \
       XDG_STATE_HOME="$prefix/home/state" SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy

cmake --install "$build" --prefix "$prefix" >/dev/null

fail() { echo "install test: $*" >&2; exit 1; }
for file in bin/kindling-deck bin/kindling-editor \
            share/kindling/decks/inner-world.yaml share/kindling/schema/deck.schema.json \
            share/applications/io.kindling.Kindling.desktop \
            share/applications/io.kindling.DeckEditor.desktop \
            share/metainfo/io.kindling.Kindling.metainfo.xml \
            share/mime/packages/io.kindling.Kindling.xml \
            share/icons/hicolor/scalable/apps/io.kindling.Kindling.svg \
            share/icons/hicolor/256x256/apps/io.kindling.Kindling.png \
            share/man/man1/kindling-deck.1 share/man/man1/kindling-editor.1 \
            share/doc/kindling/LICENSE; do
    [[ -e "$prefix/$file" ]] || fail "missing $file"
done
for game_file in bin/kindling share/man/man6/kindling.6; do
    if [[ -e "$build/bin/kindling" && ! -e "$prefix/$game_file" ]]; then fail "missing $game_file"; fi
done

desktop-file-validate "$prefix"/share/applications/*.desktop
appstreamcli validate --no-net "$prefix/share/metainfo/io.kindling.Kindling.metainfo.xml" >/dev/null

# The deck file type: the XML builds a MIME database, both programs declare the type, and a deck
# is recognised by its content whatever its name, while other YAML stays YAML.
deck_type=application/x-kindling-deck
XDG_DATA_DIRS="$prefix/share:/usr/share" update-mime-database "$prefix/share/mime" 2>"$prefix/mime.log" || fail "update-mime-database: $(cat "$prefix/mime.log")"
[[ ! -s "$prefix/mime.log" ]] || fail "update-mime-database complains: $(cat "$prefix/mime.log")"
[[ -f "$prefix/share/mime/application/x-kindling-deck.xml" ]] || fail "the MIME database has no $deck_type"
grep -q "$deck_type" "$prefix/share/mime/globs2" || fail "the MIME database has no name pattern for decks"
for launcher in "$prefix"/share/applications/*.desktop; do
    grep -qx "MimeType=$deck_type;" "$launcher" || fail "$(basename "$launcher") does not open decks"
done
grep -qx 'Exec=kindling %f' "$prefix/share/applications/io.kindling.Kindling.desktop" ||
    fail "the game's launcher does not pass the deck file"
if command -v gio >/dev/null; then
    content_type() { XDG_DATA_DIRS="$prefix/share:/usr/share" gio info -a standard::content-type "$1" | sed -n 's/.*standard::content-type: //p'; }
    mkdir -p "$prefix/files"
    cp "$prefix/share/kindling/decks/inner-world.yaml" "$prefix/files/a friend's deck.yaml"
    printf 'name: not a deck\nitems: [1, 2]\n' >"$prefix/files/other.yaml"
    [[ "$(content_type "$prefix/files/a friend's deck.yaml")" == "$deck_type" ]] ||
        fail "a deck file is seen as $(content_type "$prefix/files/a friend's deck.yaml")"
    [[ "$(content_type "$prefix/files/other.yaml")" != "$deck_type" ]] || fail "any YAML file is taken for a deck"

    # Double-clicking a deck opens the editor; the game stays on offer under "Open with". GLib
    # asks only this prefix (no user or system defaults), after the package trigger's
    # update-desktop-database, and finds the launchers' programs on PATH as a desktop would.
    update-desktop-database "$prefix/share/applications"
    deck_apps="$(PATH="$prefix/bin:$PATH" XDG_DATA_DIRS="$prefix/share" XDG_CONFIG_DIRS="$prefix/etc" \
                 gio mime "$deck_type")"
    [[ "$(head -1 <<<"$deck_apps")" == *": io.kindling.DeckEditor.desktop" ]] ||
        fail "a deck does not open in the editor: $(head -1 <<<"$deck_apps")"
    grep -qx $'\tio.kindling.Kindling.desktop' <<<"$deck_apps" || fail "the game is not offered for decks"
fi

# No path of the build machine is compiled into a program's data (debug information aside):
# an installed program must not go looking for the source tree it was built from.
source_root="$(cd "$(dirname "$0")/../.." && pwd)"
for program in "$prefix"/bin/*; do
    if readelf -p .rodata "$program" | grep -qF "$source_root/"; then
        fail "$(basename "$program") has the source path $source_root compiled in"
    fi
done

# The installed programs run from the prefix and read the installed data, not the source tree.
"$prefix/bin/kindling-deck" --version >/dev/null
"$prefix/bin/kindling-deck" paths | grep -qx "built-in data   $prefix/share/kindling" ||
    fail "kindling-deck does not find the installed data: $("$prefix/bin/kindling-deck" paths | head -1)"
# The twins list is not installed; the cross-deck likeness check runs on the source tree
# (tests/CMakeLists.txt), here only the installed files are checked.
"$prefix/bin/kindling-deck" lint --strict --no-alike "$prefix/share/kindling/decks" >/dev/null
"$prefix/bin/kindling-editor" --screenshot "$prefix/editor.png" --size 800x600 >/dev/null
[[ -s "$prefix/editor.png" ]] || fail "the installed editor rendered nothing"
if [[ -x "$prefix/bin/kindling" ]]; then
    "$prefix/bin/kindling" --screenshot "$prefix/card.png" --screen card --size 800x600 >/dev/null
    [[ -s "$prefix/card.png" ]] || fail "the installed game rendered nothing"
fi
echo "install test: ok ($prefix)"
