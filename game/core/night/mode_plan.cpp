#include "core/night/mode_plan.hpp"

#include "core/text/random.hpp"

#include <algorithm>
#include <unordered_map>

namespace kindling {

namespace {

// Independent random streams of one seed: dealing uses stream 0, mode plans this one.
constexpr std::uint64_t mode_plan_stream = 1;

PlayMode build_closeness_ladder() {
    PlayMode mode;
    mode.id = "closeness-ladder";
    mode.title = "Closeness Ladder";
    mode.description =
        "Thirty-six questions in three sets of growing depth, taking turns to read and both "
        "answering, then an optional quiet moment looking into each other's eyes.";
    mode.source =
        "Aron, A., Melinat, E., Aron, E. N., Vallone, R. D., & Bator, R. J. (1997). The "
        "experimental generation of interpersonal closeness: A procedure and some preliminary "
        "findings. Personality and Social Psychology Bulletin, 23(4), 363-377.";
    mode.players = ModePlayers::couple;
    mode.answers = Answerer::both;
    mode.first_reader = FirstReader::first_player;
    mode.reader_changes = ReaderChanges::every_card;
    mode.first_speaker = FirstSpeaker::reader;
    const char* const titles[] = {"Set I", "Set II", "Set III"};
    for (int set = 1; set <= 3; ++set) {
        ModeSet entry;
        entry.title = titles[set - 1];
        for (int card = 1; card <= 12; ++card) {
            const std::string number = card < 10 ? "0" + std::to_string(card) : std::to_string(card);
            entry.cards.push_back({"ladder-" + std::to_string(set) + "-" + number, {}});
        }
        entry.order = SetOrder::fixed;
        entry.budget_minutes = 15;
        mode.sets.push_back(std::move(entry));
    }
    ClosingStep closing;
    closing.text = "Look into each other's eyes without speaking until the timer ends.";
    closing.kind = CardKind::gesture;
    closing.intensity = Intensity::personal;
    closing.answers = Answerer::both;
    closing.timer = TimerRange{120, 240, 240};
    closing.optional = true;
    mode.closing = std::move(closing);
    return mode;
}

const PlayMode* mode_of(const Deck& deck) {
    if (deck.mode) return &*deck.mode;
    if (deck.id == closeness_ladder_deck_id) return &closeness_ladder_mode();
    return nullptr;
}

}  // namespace

const PlayMode& closeness_ladder_mode() {
    static const PlayMode mode = build_closeness_ladder();
    return mode;
}

std::vector<ModeChoice> available_modes(std::span<const Deck> decks) {
    std::vector<ModeChoice> choices{{std::string(game_night_mode_id), "Game Night",
                                     "Cards from the chosen decks and themes, balanced and gently "
                                     "deepening, ending on a warm card.",
                                     {}}};
    for (const Deck& deck : decks) {
        const PlayMode* mode = mode_of(deck);
        if (mode == nullptr) continue;
        const bool seen = std::any_of(choices.begin(), choices.end(),
                                      [&](const ModeChoice& choice) { return choice.id == mode->id; });
        if (!seen) choices.push_back({mode->id, mode->title, mode->description, deck.id});
    }
    return choices;
}

std::optional<FoundMode> find_mode(std::span<const Deck> decks, std::string_view mode_id) {
    for (const Deck& deck : decks) {
        const PlayMode* mode = mode_of(deck);
        if (mode != nullptr && mode->id == mode_id) return FoundMode{*mode, &deck};
    }
    return std::nullopt;
}

ModePlan plan_mode(const PlayMode& mode, const Deck& deck, std::uint64_t seed, std::size_t seat_count) {
    ModePlan plan;
    plan.mode = mode;
    plan.deck_id = deck.id;
    Random random(seed, mode_plan_stream);
    plan.first_reader = mode.first_reader == FirstReader::random && seat_count > 0
                            ? random.below(static_cast<std::uint32_t>(seat_count))
                            : 0;

    std::unordered_map<std::string_view, const Card*> by_id;
    for (const Card& card : deck.cards) {
        if (!card.id.empty()) by_id.emplace(card.id, &card);
    }
    const auto add = [&](const Card& card, std::optional<Answerer> answers) {
        plan.pool.push_back(make_pool_card(deck, card));
        if (answers) plan.pool.back().card.answers = *answers;
        return plan.pool.size() - 1;
    };

    for (const ModeSet& set : mode.sets) {
        const std::optional<Answerer> answers = set.answers ? set.answers : mode.answers;
        std::vector<std::size_t> indexes;
        for (const ModeReference& reference : set.cards) {
            // Unknown ids were reported when the deck was read; a night simply goes without them.
            if (const auto it = by_id.find(reference.name); it != by_id.end()) {
                indexes.push_back(add(*it->second, answers));
            }
        }
        if (!set.tags.empty()) {
            for (const Card& card : deck.cards) {
                const bool tagged = std::any_of(set.tags.begin(), set.tags.end(), [&](const ModeReference& tag) {
                    return std::find(card.tags.begin(), card.tags.end(), tag.name) != card.tags.end();
                });
                if (tagged) indexes.push_back(add(card, answers));
            }
        }
        if (set.order == SetOrder::shuffled) random.shuffle(std::span<std::size_t>(indexes));
        if (set.count && indexes.size() > static_cast<std::size_t>(*set.count)) {
            indexes.resize(static_cast<std::size_t>(*set.count));
        }
        plan.sets.push_back(std::move(indexes));
    }

    if (mode.closing) {
        const ClosingStep& closing = *mode.closing;
        if (closing.card) {
            if (const auto it = by_id.find(closing.card->name); it != by_id.end()) {
                plan.closing = add(*it->second, std::nullopt);
            }
        } else {
            Card card;
            card.kind = closing.kind;
            card.text = closing.text;
            card.theme = deck.theme;
            card.level = min_level;
            card.intensity = closing.intensity;
            card.answers = closing.answers;
            plan.closing = add(card, std::nullopt);
        }
        if (plan.closing) {
            const Card& card = plan.pool[*plan.closing].card;
            if (closing.timer) plan.closing_timer = closing.timer;
            else if (card.timer_seconds) {
                plan.closing_timer = TimerRange{*card.timer_seconds, *card.timer_seconds, *card.timer_seconds};
            }
        }
    }
    return plan;
}

}  // namespace kindling
