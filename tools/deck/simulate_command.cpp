#include "command_line.hpp"
#include "commands.hpp"
#include "deck_loading.hpp"
#include "diagnostics_output.hpp"

#include "core/session/night_simulation.hpp"
#include "core/night/session_setup.hpp"
#include "core/format/message.hpp"
#include "core/format/ui_strings.hpp"
#include "core/format/yaml_fields.hpp"

#include <iostream>

namespace kindling::deck_tool {

namespace {

struct SimulateOptions {
    std::vector<std::string> paths;
    std::uint64_t seed = 1;
    std::string players = "2";
    int cards = 20;
    std::string mode;
    std::string intensity;  // empty: the game's own limit for the style
};

// "3" means three players called Player 1..3; "Ana,Bo" names them.
std::vector<std::string> player_names(const std::string& text) {
    if (const auto count = yaml::parse_integer(text); count && *count > 0 && *count <= max_party_players) {
        std::vector<std::string> names;
        for (long long i = 1; i <= *count; ++i) names.push_back("Player " + std::to_string(i));
        return names;
    }
    return split_player_names(text);
}

int run_simulate(const SimulateOptions& options) {
    DeckReadOptions quiet;
    quiet.style_warnings = false;
    std::vector<Deck> decks;
    bool failed = false;
    for (const LoadedDeck& loaded : load_decks(options.paths, quiet)) {
        if (!loaded.result.ok()) {
            print_diagnostics_text(std::cerr, loaded.result.diagnostics);
            failed = true;
            continue;
        }
        if (loaded.is_translation()) continue;  // translations only change words, never the dealing
        decks.push_back(loaded.result.deck);
    }
    if (failed) return exit_problems;

    SimulationOptions simulation;
    simulation.seed = options.seed;
    simulation.players = player_names(options.players);
    simulation.cards = options.cards;
    simulation.mode = options.mode;
    if (!options.intensity.empty()) simulation.intensity_limit = intensity_from_string(options.intensity);
    const Simulation night = simulate_night(decks, simulation);
    if (!night.problems.empty()) {
        for (const Message& problem : night.problems) std::cerr << "simulate: " << words(problem, message_strings()) << '\n';
        return exit_problems;
    }
    for (const SimulatedTurn& turn : night.turns) {
        std::cout << turn.turn << '\t' << turn.reader << '\t' << turn.answerer << '\t' << to_string(turn.kind)
                  << '\t' << (turn.theme.empty() ? "-" : turn.theme) << '\t' << turn.level << '\t';
        if (!turn.set.empty()) std::cout << '[' << turn.set << "] ";
        else if (turn.set_number > 0) std::cout << '[' << message_strings().format("card.set_untitled", {{"number", std::to_string(turn.set_number)}}) << "] ";
        std::cout << turn.text << '\n';
    }
    return exit_ok;
}

}  // namespace

Command add_simulate_command(CLI::App& app) {
    auto options = std::make_shared<SimulateOptions>();
    CLI::App* command = app.add_subcommand(
        "simulate", "Print a whole simulated night: turn, reader, who answers, kind, theme, level, text");
    command->add_option("paths", options->paths, "Deck files or folders of decks")->required();
    command->add_option("--seed", options->seed, "Random seed; the same seed prints the same night")
        ->type_name("N")
        ->capture_default_str();
    command->add_option("--players", options->players, "How many players (2 to 8), or their names: Ana,Bo")
        ->type_name("N|NAMES")
        ->check(plain_check([](const std::string& value) -> std::string {
            const std::size_t count = player_names(value).size();
            if (count >= 2 && count <= static_cast<std::size_t>(max_party_players)) return {};
            return "expected 2 to " + std::to_string(max_party_players) +
                   " players, as a number or names separated by commas (Ana,Bo); found \"" + value + "\"";
        }))
        ->capture_default_str();
    command->add_option("--cards", options->cards, "How many cards the night lasts")
        ->type_name("N")
        ->check(plain_check([](const std::string& value) -> std::string {
            const auto count = yaml::parse_integer(value);
            if (count && *count >= min_night_cards && *count <= max_night_cards) return {};
            return "expected a whole number from " + std::to_string(min_night_cards) + " to " +
                   std::to_string(max_night_cards) + ", found \"" + value + "\"";
        }))
        ->capture_default_str();
    command->add_option("--mode", options->mode, "A play mode declared by a deck, e.g. closeness-ladder")
        ->type_name("MODE");
    command->add_option("--intensity", options->intensity,
                        "The most private cards allowed: company, personal or private (default: private for two, "
                        "company at a party, as in the game)")
        ->type_name("LIMIT")
        ->check(plain_check([](const std::string& value) -> std::string {
            if (intensity_from_string(value)) return {};
            return "expected company, personal or private, found \"" + value + "\"";
        }));
    return [options] { return run_simulate(*options); };
}

}  // namespace kindling::deck_tool
