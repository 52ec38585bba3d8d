// Decks that arrive from elsewhere: dropped on the window ("Add to your decks?") or opened from
// the file manager ("Play this deck?"). The players see what each file holds, or its problems
// with file, line and column; only good decks can be added, and nothing is copied otherwise.
#include "screens/screens.hpp"

#include <algorithm>

namespace kindling::screens {

namespace {

enum class ArrivalChoice { not_now, play, add };
constexpr std::string_view button_name(ArrivalChoice choice) {
    switch (choice) {
        case ArrivalChoice::not_now: return "not-now";
        case ArrivalChoice::play: return "play";
        case ArrivalChoice::add: return "add";
    }
    return {};
}

enum class NoticeChoice { ok };
constexpr std::string_view button_name(NoticeChoice choice) {
    switch (choice) {
        case NoticeChoice::ok: return "ok";
    }
    return {};
}

// Enough lines of a broken file to fix the first problems; kindling-deck lint has them all.
constexpr std::size_t problems_shown = 4;

std::string describe(const ArrivingDeck& deck, const UiStrings& strings) {
    const std::string file = deck.file.filename().string();
    const auto count = static_cast<long long>(deck.cards);
    switch (deck.status) {
        case ArrivalStatus::ready:
            if (deck.is_translation) return strings.count("arrival.translation", count, {{"title", deck.title}, {"file", file}});
            return strings.count("arrival.ready", count, {{"title", deck.title}, {"code", deck.code}, {"file", file}});
        case ArrivalStatus::already_there:
            return strings.format("arrival.already_there", {{"title", deck.title}, {"code", deck.code}});
        case ArrivalStatus::broken: break;
    }
    std::string text = strings.format("arrival.broken", {{"file", file}});
    std::size_t shown = 0;
    for (const Diagnostic& problem : deck.problems) {
        if (problem.severity != Severity::error) continue;
        if (shown == problems_shown) {
            text += "\n" + strings.count("arrival.more_problems", static_cast<long long>(deck.problems.size() - shown));
            break;
        }
        Diagnostic short_name = problem;
        short_name.file = std::filesystem::path(problem.file).filename().string();
        text += "\n" + format_diagnostic(short_name, strings);
        ++shown;
    }
    return text;
}

void tell(ScreenContext& game, std::string title, std::string message) {
    game.screens().push(make_dialog_screen<NoticeChoice>(
        game, std::move(title), std::move(message), {{NoticeChoice::ok, std::string(game.strings().text("common.ok")), true}},
        [&game](NoticeChoice) { game.screens().pop(); }));
}

void add(ScreenContext& game, const std::vector<ArrivingDeck>& decks) {
    const AddedDecks added = game.add_arriving_decks(decks);
    const UiStrings& strings = game.strings();
    std::string message;
    for (const std::filesystem::path& file : added.written) {
        message += (message.empty() ? "" : "\n") + file.filename().string();
    }
    for (const Diagnostic& failure : added.failures) {
        message += (message.empty() ? "" : "\n") + format_diagnostic(failure, strings);
    }
    const std::string title = added.failures.empty()
                                  ? strings.count("arrival.added", static_cast<long long>(added.written.size()))
                                  : std::string(strings.text("arrival.not_all_added"));
    tell(game, title, message);
}

void play(ScreenContext& game, const ArrivingDeck& deck) {
    // A deck already among the decks is dealt from there; loading its copy as well would only
    // be refused as a second deck with the same id.
    if (deck.status != ArrivalStatus::already_there && !game.use_deck_file(deck.file)) return;
    plan_new_night(game, PlayStyle::couple);
    game.night().draft().decks = {deck.id};
}

}  // namespace

void offer_arriving_decks(ScreenContext& game, const std::vector<std::filesystem::path>& paths, bool opened) {
    std::vector<ArrivingDeck> decks = game.check_arriving_decks(paths);
    if (decks.empty()) return;
    const UiStrings& strings = game.strings();
    const auto ready = static_cast<long long>(
        std::count_if(decks.begin(), decks.end(), [](const ArrivingDeck& d) { return d.status == ArrivalStatus::ready; }));
    const bool can_play = decks.size() == 1 && decks.front().status != ArrivalStatus::broken &&
                          !decks.front().is_translation && game.night().stage() == NightStage::idle;
    std::string message;
    for (const ArrivingDeck& deck : decks) message += (message.empty() ? "" : "\n\n") + describe(deck, strings);

    std::vector<DialogButton<ArrivalChoice>> buttons;
    const bool nothing_to_do = ready == 0 && !can_play;
    buttons.push_back({ArrivalChoice::not_now, std::string(strings.text(nothing_to_do ? "common.ok" : "arrival.not_now")),
                       nothing_to_do});
    if (can_play) buttons.push_back({ArrivalChoice::play, std::string(strings.text("arrival.play")), opened || ready == 0});
    if (ready > 0) buttons.push_back({ArrivalChoice::add, strings.count("arrival.add", ready), !(opened && can_play)});
    const std::string title =
        nothing_to_do ? strings.count("arrival.title_broken", static_cast<long long>(decks.size()))
                      : std::string(strings.text(opened && can_play ? "arrival.title_play" : "arrival.title_add"));
    game.screens().push(make_dialog_screen<ArrivalChoice>(
        game, title, message, std::move(buttons), [&game, decks = std::move(decks)](ArrivalChoice choice) {
            game.screens().pop();
            switch (choice) {
                case ArrivalChoice::not_now: return;
                case ArrivalChoice::play: play(game, decks.front()); return;
                case ArrivalChoice::add: add(game, decks); return;
            }
        }));
}

}  // namespace kindling::screens
