// kindling: the game. This file only reads the command line and hands over to game/app.
#include "app/headless_game.hpp"
#include "app/screen_catalog.hpp"
#include "core/night/session_setup.hpp"
#include "core/text/version.hpp"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <regex>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    using kindling::app::AppOptions;
    CLI::App cli{"Kindling: a card game for two people who love each other.", "kindling"};
    cli.set_version_flag("--version", std::string(kindling::version()));
    AppOptions options;
    std::vector<std::string> decks;
    std::string players;
    std::string size;
    bool fullscreen = false;
    bool windowed = false;
    std::vector<std::string> screens;
    for (const std::string_view name : kindling::app::registered_screens()) screens.emplace_back(name);

    std::vector<std::string> open_files;
    cli.add_option("--deck", decks, "A deck file or folder of decks to deal from as well (repeatable)");
    cli.add_option("deck-files", open_files,
                   "Deck files to offer at the start: play one at once, or add them to your decks");
    cli.add_flag("--party", options.party,
                 "Start in party mode for the TV (3 to 8 players or 2 to 4 teams), full screen unless --windowed");
    auto* full = cli.add_flag("--fullscreen", fullscreen, "Start in full screen");
    cli.add_flag("--windowed", windowed, "Start in a window")->excludes(full);
    cli.add_option("--seed", options.seed, "Seed for dealing: the same seed deals the same night");
    cli.add_option("--players", players, "Player names, e.g. Alex,Sam (3 to 8 with --party)");
    cli.add_option("--lang", options.language, "Language of the game's words, e.g. en or de");
    cli.add_option("--text-size", options.text_size, "Text size in percent, 100 to 200")->check(CLI::Range(100, 200));
    cli.add_flag("--high-contrast", options.high_contrast, "Use the high-contrast colours");
    auto* phones = cli.add_flag("--phones", options.phones,
                                "Let players join from their phones' browsers on the home network (opens a port)");
    cli.add_option("--bind", options.phones_bind, "With --phones: the address to listen on (default: this machine's LAN address)")
        ->needs(phones);
    cli.add_option("--port", options.phones_port, "With --phones: the port to listen on (default 8470; 0: any free port)")
        ->needs(phones)
        ->check(CLI::Range(0, 65535));
    auto* screen = cli.add_option("--screen", options.screen, "Open this screen (for docs and tests)")
                       ->check(CLI::IsMember(screens));
    cli.add_option("--screenshot", options.screenshot, "Render --screen headless to this PNG file and exit")
        ->needs(screen);
    cli.add_option("--size", size, "Window or screenshot size WIDTHxHEIGHT (screenshots: 1920x1080)")
        ->check(CLI::Validator(
            [](std::string& value) {
                return std::regex_match(value, std::regex(R"(\d{3,4}x\d{3,4})")) ? std::string{}
                                                                              : std::string("expected WIDTHxHEIGHT, e.g. 1280x720");
            },
            "WxH"));
    cli.add_option("--autoplay", options.autoplay_turns, "Play this many turns by script, headless, and print a summary")
        ->check(CLI::Range(0LL, 100'000'000LL));
    cli.add_option("--frame-file", options.frame_file,
                   "For tests: on the signal SIGUSR1 write the frame shown next to this PNG file");
    cli.add_flag("--exit-after-first-frame", options.exit_after_first_frame,
                 "Quit after the first frame is shown (benchmarks)")
        ->group("");
    cli.footer("Controls: arrows, Enter, Esc; S swap, F favourite, T timer, F1 help, F11 full screen; 1-8 vote.\n"
               "Files: settings in $XDG_CONFIG_HOME/kindling, history and saved nights in $XDG_DATA_HOME/kindling,\n"
               "extra gamepad mappings in $XDG_DATA_HOME/kindling/gamecontrollerdb.txt.");
    try {
        cli.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        const int code = cli.exit(error);
        return code == 0 ? 0 : 2;
    }

    for (const std::string& deck : decks) options.decks.emplace_back(deck);
    for (const std::string& file : open_files) options.open_files.emplace_back(file);
    if (fullscreen) options.fullscreen = true;
    if (windowed) options.fullscreen = false;
    if (!size.empty()) std::sscanf(size.c_str(), "%dx%d", &options.width, &options.height);
    if (!players.empty()) {
        options.players = kindling::split_player_names(players);
        const std::size_t count = options.players.size();
        const bool fits = options.party ? count >= kindling::min_party_players && count <= kindling::max_party_players
                                        : count == kindling::couple_players;
        if (!fits) {
            std::fprintf(stderr, "kindling: --players needs %s names separated by commas, not %zu; %s\n",
                         options.party ? "3 to 8" : "2", count,
                         options.party ? "e.g. --players Ana,Bo,Cy" : "use --party for 3 to 8 players");
            return 2;
        }
    }
    return kindling::app::run_game(options);
}
