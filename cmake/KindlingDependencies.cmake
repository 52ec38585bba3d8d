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
