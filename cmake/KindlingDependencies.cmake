# Every library Kindling builds on, found once and one way (all are Debian 12 packages, listed
# in tools/debian-packages.txt). The imported targets are visible in every folder below.
find_package(PkgConfig REQUIRED)

# Core: YAML.
find_package(yaml-cpp REQUIRED)
# Game and editor: SDL2 and SDL_ttf through their CMake packages (SDL2::SDL2,
# SDL2_ttf::SDL2_ttf); their headers are included as <SDL.h> and <SDL_ttf.h>.
find_package(SDL2 2.0.17 REQUIRED CONFIG)
find_package(SDL2_ttf 2.20 REQUIRED CONFIG)
# Game sound (game/audio): SDL_mixer plays, espeak-ng renders speech into its samples.
find_package(SDL2_mixer 2.6 REQUIRED CONFIG)
pkg_check_modules(ESPEAK_NG REQUIRED IMPORTED_TARGET espeak-ng)
# ALSA, which SDL loads itself, only to keep its error lines off the terminal without a device.
pkg_check_modules(ALSA REQUIRED IMPORTED_TARGET alsa)
# Text: font discovery, Unicode data, bidi, line breaking.
find_package(Fontconfig REQUIRED)
find_package(ICU REQUIRED COMPONENTS uc data)
pkg_check_modules(FRIBIDI REQUIRED IMPORTED_TARGET fribidi)
pkg_check_modules(UNIBREAK REQUIRED IMPORTED_TARGET libunibreak)
# PNG reading and writing for screenshots and golden images: Debian's compiled stb.
pkg_check_modules(STB REQUIRED IMPORTED_TARGET stb)
# Editor: Dear ImGui.
pkg_check_modules(IMGUI REQUIRED IMPORTED_TARGET imgui)
# Command lines and JSON (the deck tool's --json, the editor's clipboard).
find_package(CLI11 REQUIRED)
find_package(nlohmann_json REQUIRED)
# Phones as controllers (game/phones): civetweb serves the page and its WebSocket, libqrencode
# draws the join panel's QR code. libwebsockets only for the benchmark that chose civetweb.
# Debian's civetweb CMake package names a server program the -dev package does not install, so
# the library is found directly.
find_library(CIVETWEB_LIBRARY civetweb REQUIRED)
find_path(CIVETWEB_INCLUDE_DIR civetweb.h REQUIRED)
add_library(civetweb::civetweb UNKNOWN IMPORTED)
set_target_properties(civetweb::civetweb PROPERTIES IMPORTED_LOCATION "${CIVETWEB_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${CIVETWEB_INCLUDE_DIR}")
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
pkg_check_modules(LIBWEBSOCKETS REQUIRED IMPORTED_TARGET libwebsockets)
