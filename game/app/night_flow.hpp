#pragma once
// A night from planning to the end: the set-up being chosen, each player's private limits
// (written straight into a ConsentBook, which is moved into the session), starting or resuming
// the session, and the saved night offered at start-up.

#include "app/deck_library.hpp"
#include "core/session/party_night.hpp"
#include "core/session/session.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kindling::app {

// Whether a night started, and if not, why (in words for the players).
struct StartOutcome {
    bool started = false;
    std::vector<Message> problems;
    std::vector<Message> notices;
};

class NightFlow {
public:
    NightFlow(const DeckLibrary& decks, const Clock& clock, SessionStores stores);

    // A new night for these players (empty names become "Player N" later, see name_players).
    void plan(PlayStyle style, std::vector<std::string> players, std::uint64_t seed);
    // The decks a night of this style deals from unless the players choose: couples the decks
    // written for two, parties those written for a room; and when the player has party decks
    // of their own (say an edited copy of the built-in one), a party takes theirs instead of
    // the built-in ones, so cards taken out of the copy do not come back through the original.
    [[nodiscard]] std::vector<std::string> default_decks(PlayStyle style) const;
    [[nodiscard]] SessionSetup& draft() { return draft_; }
    [[nodiscard]] const SessionSetup& draft() const { return draft_; }

    // Consent: a fresh book for the draft's players; each player's limits go in once.
    void begin_consent();
    void set_limits(std::size_t player, ConsentLimits limits);
    [[nodiscard]] std::size_t player_count() const { return draft_.players.size(); }
    [[nodiscard]] const std::string& player_name(std::size_t player) const { return draft_.players.at(player); }

    // Starts the planned night with the limits given. On success the session is ready.
    StartOutcome start();

    // Looks for an interrupted night (call once at start-up). An unreadable save is set aside
    // by the core and explained in saved_notice().
    void look_for_saved_night();
    [[nodiscard]] const std::optional<SavedNight>& saved() const { return saved_; }
    [[nodiscard]] const Message& saved_notice() const { return saved_notice_; }
    // Resuming asks everyone's limits again: the draft becomes the saved night's set-up.
    void plan_resume();
    [[nodiscard]] bool resuming() const { return resuming_; }
    StartOutcome resume();
    // The players chose a new night instead: the saved one is forgotten.
    void forget_saved();

    // Party mode: the draft is a party played by these rules (company-safe filter, points).
    // Party nights are not saved for resuming (a couple's saved night stays), and have no
    // private limits: anyone swaps a card they do not want, without a reason.
    void set_party_rules(PartyRules rules) { party_rules_ = rules; }
    [[nodiscard]] const PartyRules& party_rules() const { return party_rules_; }
    // The party being played (after start() of a party draft), else null.
    [[nodiscard]] PartyNight* party() { return party_ ? &*party_ : nullptr; }
    [[nodiscard]] const PartyNight* party() const { return party_ ? &*party_ : nullptr; }

    [[nodiscard]] Session* session() { return session_.get(); }
    [[nodiscard]] const Session* session() const { return session_.get(); }
    // After the summary: the night is over (the session already wrote the history).
    void close();
    // Whether the night in progress can be kept for later (a couple's night with a save store;
    // parties are not saved).
    [[nodiscard]] bool can_keep_for_later() const;
    // The players stop without ending the night: it stays saved as it is (the session writes it
    // after every step) and is offered again on the title screen, as after a crash.
    void keep_for_later();

    [[nodiscard]] const DeckLibrary& decks() const { return decks_; }
    // The library changed language: the night in progress takes its words from it.
    void refresh_words();

private:
    // Nights are dealt from the library's decks as written, so keys and saves never depend on
    // the language; the words come from the decks as shown (refresh_words).
    const DeckLibrary& decks_;
    const Clock& clock_;
    SessionStores stores_;
    SessionSetup draft_;
    std::optional<ConsentBook> consent_;
    std::unique_ptr<Session> session_;
    PartyRules party_rules_;
    std::optional<PartyNight> party_;
    std::optional<SavedNight> saved_;
    Message saved_notice_;
    bool resuming_ = false;
};

}  // namespace kindling::app
