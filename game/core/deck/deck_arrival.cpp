#include "core/deck/deck_arrival.hpp"

#include "core/deck/deck_code.hpp"
#include "core/text/atomic_file.hpp"

#include <algorithm>

namespace kindling {

namespace fs = std::filesystem;

namespace {

// The deck as its file wrote it, by id, from the decks already there.
const Deck* written_deck(const DeckCatalogue& catalogue, std::string_view id) {
    const std::vector<Deck>& decks = catalogue.as_written.size() == catalogue.decks.size() ? catalogue.as_written
                                                                                           : catalogue.decks;
    const auto it = std::find_if(decks.begin(), decks.end(), [&](const Deck& deck) { return deck.id == id; });
    return it == decks.end() ? nullptr : &*it;
}

ArrivingDeck check_file(const FoundDeckFile& found, const DeckCatalogue& catalogue) {
    ArrivingDeck arriving;
    arriving.file = found.path;
    arriving.problems = found.read.diagnostics();
    // Errors first: they are the reason, warnings only advice.
    std::stable_partition(arriving.problems.begin(), arriving.problems.end(),
                          [](const Diagnostic& d) { return d.severity == Severity::error; });
    arriving.is_translation = found.read.is_translation;
    if (found.read.is_translation) {
        const DeckTranslation& translation = found.read.translation.translation;
        arriving.id = translation.id;
        arriving.title = translation.title;
        arriving.cards = translation.cards.size();
        arriving.status = found.read.ok() ? ArrivalStatus::ready : ArrivalStatus::broken;
        return arriving;
    }
    const Deck& deck = found.read.deck.deck;
    arriving.id = deck.id;
    arriving.title = deck.title;
    arriving.cards = deck.cards.size();
    if (!found.read.ok()) return arriving;
    arriving.code = deck_code(deck);
    arriving.status = ArrivalStatus::ready;
    if (const Deck* there = written_deck(catalogue, deck.id)) {
        if (deck_code(*there) == arriving.code) {
            arriving.status = ArrivalStatus::already_there;
        } else {
            // The game deals one deck per id: adding this one would leave one of the two out.
            arriving.status = ArrivalStatus::broken;
            arriving.problems.insert(arriving.problems.begin(),
                                     coded_diagnostic(found.path.string(), {}, Severity::error,
                                                      {"problems.arrival.same_id", {{"id", deck.id}, {"title", there->title}}}));
        }
    }
    return arriving;
}

fs::path free_name(const fs::path& folder, const fs::path& file_name) {
    std::error_code error;
    fs::path target = folder / file_name;
    const std::string stem = file_name.stem().string();
    const std::string extension = file_name.extension().string();
    for (int n = 2; fs::exists(target, error) || fs::is_symlink(target, error); ++n) {
        target = folder / (stem + "-" + std::to_string(n) + extension);
    }
    return target;
}

}  // namespace

std::vector<ArrivingDeck> check_arriving_decks(std::span<const fs::path> paths, const DeckCatalogue& catalogue) {
    std::vector<ArrivingDeck> arriving;
    for (const fs::path& path : paths) {
        const DeckPathContents contents = read_deck_path(path, catalogue_read_options());
        if (contents.missing || contents.files.empty()) {
            ArrivingDeck nothing;
            nothing.file = path;
            nothing.problems.push_back(contents.missing ? missing_path_diagnostic(path.string())
                                                        : empty_folder_diagnostic(path.string()));
            nothing.problems.back().severity = Severity::error;
            arriving.push_back(std::move(nothing));
            continue;
        }
        for (const FoundDeckFile& found : contents.files) arriving.push_back(check_file(found, catalogue));
    }
    return arriving;
}

AddedDecks add_arriving_decks(std::span<const ArrivingDeck> decks, const fs::path& user_folder) {
    AddedDecks added;
    std::error_code error;
    for (const ArrivingDeck& deck : decks) {
        if (deck.status != ArrivalStatus::ready) continue;
        std::string bytes;
        std::string problem;
        if (!read_file(deck.file, bytes, problem, max_deck_file_bytes)) {
            added.failures.push_back(coded_diagnostic(deck.file.string(), {}, Severity::error,
                                                      {"problems.file.unreadable", {{"error", problem}}}));
            continue;
        }
        fs::create_directories(user_folder, error);
        const fs::path target = free_name(user_folder, deck.file.filename());
        if (const WriteResult written = write_file_atomically(target, bytes); !written) {
            added.failures.push_back(coded_diagnostic(target.string(), {}, Severity::error,
                                                      {"problems.arrival.not_written", {{"error", written.error}}}));
            continue;
        }
        added.written.push_back(target);
    }
    return added;
}

}  // namespace kindling
