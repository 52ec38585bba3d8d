#include "command_line.hpp"
#include "commands.hpp"
#include "deck_loading.hpp"
#include "diagnostics_output.hpp"

#include "core/deck/deck_code.hpp"
#include "core/deck/deck_stats.hpp"
#include "core/deck/translation_checks.hpp"

#include <nlohmann/json.hpp>

#include <iomanip>
#include <iostream>

namespace kindling::deck_tool {

namespace {

struct StatsOptions {
    std::vector<std::string> paths;
    OutputFormat format = OutputFormat::text;
};

template <typename Map>
nlohmann::json counts_json(const Map& counts) {
    nlohmann::json object = nlohmann::json::object();
    for (const auto& [key, count] : counts) {
        if constexpr (std::is_same_v<typename Map::key_type, int>) object[std::to_string(key)] = count;
        else object[key.empty() ? "(none)" : key] = count;
    }
    return object;
}

nlohmann::json stats_json(const DeckStats& stats) {
    return {{"decks", stats.decks},
            {"cards", stats.cards},
            {"with_timer", stats.with_timer},
            {"by_kind", counts_json(stats.by_kind)},
            {"by_theme", counts_json(stats.by_theme)},
            {"by_level", counts_json(stats.by_level)},
            {"by_intensity", counts_json(stats.by_intensity)},
            {"by_answers", counts_json(stats.by_answers)}};
}

template <typename Map>
void print_counts(std::ostream& out, std::string_view heading, const Map& counts, std::size_t total) {
    out << heading << ":\n";
    for (const auto& [key, count] : counts) {
        std::ostringstream name;
        name << key;
        const std::string label = name.str().empty() ? "(none)" : name.str();
        const double share = total == 0 ? 0.0 : 100.0 * static_cast<double>(count) / static_cast<double>(total);
        out << "  " << std::left << std::setw(16) << label << std::right << std::setw(7) << count
            << std::setw(7) << std::fixed << std::setprecision(0) << share << " %\n";
    }
}

void print_translations(std::ostream& out, const nlohmann::json& translations) {
    if (translations.empty()) return;
    out << "Translations:\n";
    for (const auto& entry : translations) {
        out << "  " << std::left << std::setw(8) << entry["language"].get<std::string>() << std::setw(20)
            << entry["translation_of"].get<std::string>() << std::right;
        if (entry.contains("base_cards")) {
            const auto translated = entry["translated"].get<std::size_t>();
            const auto base = entry["base_cards"].get<std::size_t>();
            const double share = base == 0 ? 0.0 : 100.0 * static_cast<double>(translated) / static_cast<double>(base);
            out << std::setw(5) << translated << " of " << base << " cards" << std::setw(5) << std::fixed
                << std::setprecision(0) << share << " %";
        } else {
            out << std::setw(5) << entry["cards"].get<std::size_t>() << " cards (base deck not given)";
        }
        out << "  " << entry["file"].get<std::string>() << '\n';
    }
}

int run_stats(const StatsOptions& options) {
    DeckReadOptions read_options;
    read_options.style_warnings = false;
    const std::vector<LoadedDeck> decks = load_decks(options.paths, read_options);
    DeckStats total;
    nlohmann::json per_deck = nlohmann::json::array();
    // Counts per theme and level, so deck authors can see whether each theme escalates.
    std::map<std::string, std::map<int, std::size_t>> by_theme_level;
    bool failed = false;
    std::vector<const TranslationReadResult*> translations;
    for (const LoadedDeck& deck : decks) {
        if (!deck.result.ok()) {
            failed = true;
            print_diagnostics_text(std::cerr, deck.result.diagnostics);
            continue;
        }
        if (deck.is_translation()) {
            translations.push_back(&*deck.translation);
            continue;
        }
        total.add(deck.result.deck);
        DeckStats one;
        one.add(deck.result.deck);
        nlohmann::json entry = stats_json(one);
        entry.erase("decks");
        entry["file"] = deck.path.string();
        entry["id"] = deck.result.deck.id;
        entry["title"] = deck.result.deck.title;
        entry["code"] = deck_code(deck.result.deck);
        per_deck.push_back(std::move(entry));
        for (const Card& card : deck.result.deck.cards) ++by_theme_level[card.theme][card.level];
    }
    // Counts that leave out a broken deck would be misleading: the errors are the answer.
    if (failed) return exit_problems;
    // Coverage of each translation, measured against its base deck when that was given too.
    nlohmann::json per_translation = nlohmann::json::array();
    for (const TranslationReadResult* read : translations) {
        const DeckTranslation& translation = read->translation;
        nlohmann::json entry{{"file", read->file},
                             {"id", translation.id},
                             {"translation_of", translation.translation_of},
                             {"language", translation.language},
                             {"cards", translation.cards.size()}};
        for (const LoadedDeck& deck : decks) {
            if (deck.is_translation() || !deck.result.ok() || deck.result.deck.id != translation.translation_of) continue;
            const TranslationCoverage coverage = translation_coverage(deck.result.deck, translation);
            entry["translated"] = coverage.translated;
            entry["base_cards"] = coverage.base_cards;
            break;
        }
        per_translation.push_back(std::move(entry));
    }
    if (options.format == OutputFormat::json) {
        nlohmann::json document = stats_json(total);
        document["per_translation"] = per_translation;
        nlohmann::json theme_levels = nlohmann::json::object();
        for (const auto& [theme, levels] : by_theme_level) theme_levels[theme.empty() ? "(none)" : theme] = counts_json(levels);
        document["by_theme_level"] = std::move(theme_levels);
        document["per_deck"] = std::move(per_deck);
        std::cout << document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    } else {
        std::cout << total.cards << " cards in " << total.decks << (total.decks == 1 ? " deck" : " decks")
                  << " (" << total.with_timer << " with a timer)\n";
        for (const auto& deck : per_deck) {
            std::cout << "  " << std::left << std::setw(28) << deck["title"].get<std::string>() << std::right
                      << std::setw(6) << deck["cards"].get<std::size_t>() << "  "
                      << deck["code"].get<std::string>() << "  " << deck["file"].get<std::string>() << '\n';
        }
        print_counts(std::cout, "By kind", total.by_kind, total.cards);
        print_counts(std::cout, "By theme", total.by_theme, total.cards);
        print_counts(std::cout, "By level", total.by_level, total.cards);
        print_counts(std::cout, "By intensity", total.by_intensity, total.cards);
        print_counts(std::cout, "By who answers", total.by_answers, total.cards);
        print_translations(std::cout, per_translation);
    }
    return exit_ok;
}

}  // namespace

Command add_stats_command(CLI::App& app) {
    auto options = std::make_shared<StatsOptions>();
    CLI::App* stats = app.add_subcommand("stats", "Count cards by kind, theme, level and intensity");
    stats->add_option("paths", options->paths, "Deck files or folders of decks")->required();
    add_format_option(*stats, options->format);
    return [options] { return run_stats(*options); };
}

}  // namespace kindling::deck_tool
