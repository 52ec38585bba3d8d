#include "app/screen_catalog.hpp"

#include "core/night/card_pool.hpp"
#include "screens/screens.hpp"

#include <algorithm>
#include <array>

namespace kindling::app {

namespace {

constexpr std::array<std::string_view, 25> names{
    "title", "players", "handoff", "consent", "setup", "card", "timer", "pause", "summary", "settings", "help", "party",
    "party-card", "party-vote", "party-guess", "party-scores", "party-final", "reconnect", "our-nights",
    "closeness-check", "note", "party-write", "party-write-vote", "phones", "favourite-back"};

const std::vector<std::string> party_people{"Ana", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hana"};

// A party of eight (or three teams of couples) with the built-in decks, company-safe, points on.
bool start_demo_party(Game& game, std::string& error, bool teams) {
    game.set_party_mode(true);
    std::vector<std::string> players = game.options().players.size() >= 3 ? game.options().players : party_people;
    if (teams) players.resize(6);
    const PartyRules rules;
    game.night().plan_party(players, teams ? teams_of_neighbours(6, 2, {"Foxes", "Owls", "Bears"}) : std::vector<Team>{},
                            rules, 20, game.options().seed.value_or(7));
    const StartOutcome started = game.night().start();
    if (!started.started) {
        error = "no party can be dealt from these decks";
        for (const Message& problem : started.problems) error += "; " + words(problem, game.strings());
        return false;
    }
    return true;
}

// Swaps until a card of this kind is on the table (swaps keep the turn).
void swap_to(Session& session, CardKind kind) {
    for (int i = 0; i < 80 && session.view().card && session.view().card->kind != kind; ++i) session.apply(Action::swap());
}

// A few turns of a party with votes counted, for a scoreboard with points on it.
void play_demo_votes(Game& game) {
    Session& session = *game.night().session();
    PartyNight& party = *game.night().party();
    const std::vector<std::vector<std::size_t>> rounds{{1, 1, 2, 1, 1, 4, 2, 1}, {2, 2, 2, 5, 5, 2, 0, 2},
                                                       {4, 4, 6, 4, 3, 6, 6, 4}};
    for (const auto& ballots : rounds) {
        swap_to(session, CardKind::vote);
        Vote vote = party.start_vote(party.turn(session.view().turn));
        for (const std::size_t ballot : ballots) vote.cast(ballot % party.player_count());
        party.finish_vote(vote);
        session.apply(Action::done());
    }
}

// A write card's round with answers from part of the room ("party-write": three have written)
// or from everyone ("party-write-vote": all shown, three votes in), in the players' language.
void play_demo_answers(Game& game, bool all) {
    const bool german = game.strings().language() == "de";
    const std::vector<std::string> answers =
        german ? std::vector<std::string>{"Acht Leute, ein Sofa", "Die Chips-Verschwörung", "", "Der Abend, an dem niemand ging",
                                          "Zu laut für die Nachbarn", "", "Snacks mit Folgen", "Die Playlist des Grauens"}
               : std::vector<std::string>{"Eight People, One Sofa", "The Crisp Conspiracy", "", "The Night Nobody Left",
                                          "Too Loud for the Neighbours", "", "Snacks Have Consequences", "The Playlist of Doom"};
    NightFlow& night = game.night();
    night.open_round();
    const std::size_t writers = all ? answers.size() : 3;
    for (std::size_t player = 0; player < writers && player < night.player_count(); ++player) {
        if (answers[player].empty()) night.pass_answer(player);
        else night.submit_answer(player, answers[player]);
    }
    if (!all) return;
    night.close_writing();
    while (night.reveal_next()) {
        if (night.write_round() != nullptr && night.write_round()->step() != WriteStep::revealing) break;
    }
    for (const std::size_t voter : {std::size_t{3}, std::size_t{0}, std::size_t{5}}) {
        for (std::size_t answer = 0; night.write_round() != nullptr && answer < night.write_round()->answer_count(); ++answer) {
            if (night.vote_answer(voter, (answer + voter) % night.write_round()->answer_count())) break;
        }
    }
}

void press_number(ui::ScreenStack& stack, int number) {
    stack.apply_pending();
    ui::InputEvent event = ui::InputEvent::make(ui::Command::number, ui::InputDevice::keyboard);
    event.number = number;
    if (ui::Screen* top = stack.top()) top->handle(event);
}

bool start_demo_night(Game& game, std::string& error, bool with_timers = false) {
    game.night().plan(PlayStyle::couple, demo_players(game), game.options().seed.value_or(7));
    if (with_timers) game.night().draft().themes = {"closeness"};
    game.night().begin_consent();
    const StartOutcome started = game.night().start();
    if (!started.started) {
        error = "no night can be dealt from these decks";
        for (const Message& problem : started.problems) error += "; " + words(problem, game.strings());
        return false;
    }
    return true;
}

// A couple's record of a few weeks of nights, made up for the between-nights screens: some
// checks shared by both, some kept private, themes and favourites.
BetweenNights demo_between(const Game& game, std::int64_t now) {
    constexpr std::int64_t day = 24 * 60 * 60;
    const std::vector<std::vector<std::string>> themes{{"inner-world", "gratitude"}, {"play", "closeness"},
                                                       {"quality-time", "kind-words", "play"}, {"inner-world"},
                                                       {"closeness", "gratitude"}, {"kind-words", "quality-time"}};
    const int before[]{38, 45, 52, 41, 60, 55, 63, 58, 66, 70};
    const int after[]{55, 62, 64, 60, 72, 70, 78, 71, 80, 84};
    BetweenNights between;
    for (int n = 0; n < 10; ++n) {
        NightBetween night;
        night.ended_at = now - (10 - n) * 4 * day;
        // Theme titles as the players read them, as a night keeps them.
        for (const std::string& id : themes[static_cast<std::size_t>(n) % themes.size()]) {
            night.themes.emplace_back(game.strings().text("themes." + id));
        }
        const bool shared = n != 3 && n != 7;
        night.checks = {{"Alex", ClosenessAnswer{before[n], shared}, ClosenessAnswer{after[n], shared}},
                        {"Sam", ClosenessAnswer{before[n] - 6 + n % 3 * 5, true}, ClosenessAnswer{after[n] - 3, true}}};
        between.nights.push_back(std::move(night));
    }
    // Two cards of the first built-in deck, in the players' language, marked weeks apart.
    const std::span<const Deck> decks = game.decks().decks;
    if (!decks.empty() && decks.front().cards.size() > 3) {
        const Deck& deck = decks.front();
        between.favourites = {{deck.id + "/" + deck.cards[3].id, deck.cards[3].text, now - 35 * day, 0},
                              {deck.id + "/" + deck.cards[1].id, deck.cards[1].text, now - 12 * day, 0}};
    }
    return between;
}

// The between-nights record the screens opened by name show (never the player's file).
MemoryBetweenStore& demo_between_store() {
    static MemoryBetweenStore store;
    return store;
}

void advance(Game& game, std::int64_t seconds) {
    if (ManualClock* clock = game.environment().manual_clock) clock->advance_seconds(seconds);
}

// A couple night in which a favourite marked five weeks ago comes back: a card of tonight's
// pool is remembered as a favourite (in the screen's own memory stores), and the night is
// played on until the deal brings it back.
bool start_favourite_back_night(Game& game, std::string& error) {
    constexpr std::int64_t day = 24 * 60 * 60;
    NightFlow& night = game.night();
    MemoryBetweenStore& store = demo_between_store();
    night.use_between_store(&store);  // only while no night is planned
    night.plan(PlayStyle::couple, demo_players(game), game.options().seed.value_or(7));
    const std::vector<PoolCard> pool = game_night_pool(night.draft(), game.decks().as_written);
    HistoryStore* history = game.environment().history;
    if (pool.size() < 5 || history == nullptr) {
        error = "no favourite can come back from these decks";
        return false;
    }
    // A warm-up card, so the night's depth takes it early.
    const auto chosen = std::find_if(pool.begin() + 4, pool.end(), [](const PoolCard& card) { return card.card.level == 1; });
    const PoolCard& favourite = chosen != pool.end() ? *chosen : pool[4];
    const std::int64_t now = game.environment().session_clock->unix_seconds();
    PlayHistory played = history->load().history;
    played.favourites = {favourite.key};
    history->save(played);
    BetweenNights between;
    between.favourites = {{favourite.key, favourite.card.text, now - 35 * day, 0}};
    store.save(between);
    night.begin_consent();
    const StartOutcome started = night.start();
    if (!started.started) {
        error = "no night can be dealt from these decks";
        return false;
    }
    Session& session = *night.session();
    for (int turn = 0; turn < 40 && session.view().card && !session.view().card->favourite_marked_at; ++turn) {
        advance(game, 120);
        session.apply(Action::done());
    }
    if (!session.view().card || !session.view().card->favourite_marked_at) {
        error = "the favourite did not come back in this night";
        return false;
    }
    return true;
}

}  // namespace

std::span<const std::string_view> registered_screens() { return names; }

std::vector<std::string> demo_players(const Game& game) {
    if (!game.options().players.empty()) return game.options().players;
    return {"Alex", "Sam"};
}

bool open_screen(Game& game, std::string_view name, std::string& error) {
    using namespace screens;
    ui::ScreenStack& stack = game.screens();
    const auto plan = [&] {
        game.night().plan(game.options().party ? PlayStyle::party : PlayStyle::couple, demo_players(game),
                          game.options().seed.value_or(7));
    };
    if (name == "title") {
        stack.reset(make_title_screen(game.screen_context()));
    } else if (name == "players") {
        plan();
        stack.reset(make_title_screen(game.screen_context()));
        stack.push(make_players_screen(game.screen_context()));
    } else if (name == "handoff" || name == "consent" || name == "setup") {
        plan();
        game.night().begin_consent();
        stack.reset(make_title_screen(game.screen_context()));
        stack.push(make_players_screen(game.screen_context()));
        if (name == "handoff") stack.push(make_handoff_screen(game.screen_context(), 0));
        if (name == "consent") stack.push(make_limits_screen(game.screen_context(), 0));
        if (name == "setup") stack.push(make_setup_screen(game.screen_context()));
    } else if (name == "card" || name == "pause") {
        if (!start_demo_night(game, error)) return false;
        stack.reset(make_card_screen(game.screen_context()));
        if (name == "pause") stack.push(make_pause_screen(game.screen_context()));
    } else if (name == "timer") {
        if (!start_demo_night(game, error, true)) return false;
        Session& session = *game.night().session();
        for (int i = 0; i < 60 && session.view().timer.phase == TimerPhase::none; ++i) session.apply(Action::swap());
        if (session.view().timer.phase != TimerPhase::none) {
            session.apply(Action::timer_start());
            advance(game, 17);
        }
        stack.reset(make_card_screen(game.screen_context()));
        stack.push(make_timer_screen(game.screen_context()));
    } else if (name == "summary") {
        if (!start_demo_night(game, error)) return false;
        Session& session = *game.night().session();
        for (int turn = 0; turn < 8 && !session.finished(); ++turn) {
            advance(game, 200);
            if (turn == 1 || turn == 4) session.apply(Action::favourite());
            session.apply(Action::done());
        }
        game.night().end();
        stack.reset(make_summary_screen(game.screen_context(), *game.night().summary()));
    } else if (name == "settings") {
        stack.reset(make_title_screen(game.screen_context()));
        stack.push(make_settings_screen(game.screen_context()));
    } else if (name == "help") {
        stack.reset(make_title_screen(game.screen_context()));
        stack.push(make_help_screen(game.screen_context()));
    } else if (name == "party") {
        stack.reset(make_title_screen(game.screen_context()));
        stack.push(make_party_screen(game.screen_context()));
    } else if (name == "phones") {
        // A fixed address and code, and a room half full with one phone away: the same picture
        // on every machine.
        stack.reset(make_title_screen(game.screen_context()));
        stack.push(make_party_screen(game.screen_context()));
        stack.push(make_phones_screen(game.screen_context(),
                                      PhonePanelSample{"http://192.168.1.20:8470/", "KFRT",
                                                       {{"Ana", false}, {"Ben", false}, {"Cleo", true}, {"Dev", false}}}));
    } else if (name == "party-card") {
        if (!start_demo_party(game, error, false)) return false;
        swap_to(*game.night().session(), CardKind::question);
        stack.reset(make_card_screen(game.screen_context()));
    } else if (name == "party-vote") {
        if (!start_demo_party(game, error, false)) return false;
        swap_to(*game.night().session(), CardKind::vote);
        stack.reset(make_card_screen(game.screen_context()));
        stack.push(make_party_vote_screen(game.screen_context()));
        for (const int number : {2, 2, 5, 2, 7}) press_number(stack, number);
    } else if (name == "party-write" || name == "party-write-vote") {
        if (!start_demo_party(game, error, false)) return false;
        swap_to(*game.night().session(), CardKind::write);
        stack.reset(make_card_screen(game.screen_context()));
        play_demo_answers(game, name == "party-write-vote");
        stack.push(make_party_write_screen(game.screen_context()));
    } else if (name == "party-guess") {
        if (!start_demo_party(game, error, true)) return false;
        swap_to(*game.night().session(), CardKind::guess);
        stack.reset(make_card_screen(game.screen_context()));
        stack.push(make_party_guess_screen(game.screen_context()));
    } else if (name == "party-scores" || name == "party-final") {
        if (!start_demo_party(game, error, false)) return false;
        play_demo_votes(game);
        if (name == "party-final") {
            game.night().end();
            stack.reset(make_party_scores_screen(game.screen_context(), true));
        } else {
            stack.reset(make_card_screen(game.screen_context()));
            stack.push(make_party_scores_screen(game.screen_context(), false));
        }
    } else if (name == "our-nights") {
        MemoryBetweenStore& store = demo_between_store();
        store.save(demo_between(game, game.environment().session_clock->unix_seconds()));
        game.night().use_between_store(&store);
        stack.reset(make_title_screen(game.screen_context()));
        stack.push(make_our_nights_screen(game.screen_context()));
    } else if (name == "closeness-check" || name == "note") {
        MemoryBetweenStore& store = demo_between_store();
        store.save({});
        game.night().use_between_store(&store);
        if (!start_demo_night(game, error)) return false;
        if (name == "closeness-check") {
            stack.reset(make_closeness_screen(game.screen_context(), CheckMoment::start, 0, false));
        } else {
            game.night().session()->apply(Action::done());
            game.night().end();
            stack.reset(make_note_screen(game.screen_context(), 0, false));
        }
    } else if (name == "favourite-back") {
        if (!start_favourite_back_night(game, error)) return false;
        stack.reset(make_card_screen(game.screen_context()));
    } else if (name == "reconnect") {
        if (!start_demo_party(game, error, false)) return false;
        stack.reset(make_card_screen(game.screen_context()));
        stack.push(make_reconnect_screen(game.screen_context()));
    } else {
        error = "unknown screen \"" + std::string(name) + "\"; the screens are";
        for (const std::string_view known : names) error += " " + std::string(known);
        return false;
    }
    stack.apply_pending();
    return true;
}

}  // namespace kindling::app
