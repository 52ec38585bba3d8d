// Party set-up, for the host with the remote: players (3 to 8) or teams of couples (2 to 4
// teams), names from a quick preset (no typing needed with a gamepad) or typed, the house
// rules in view (company-safe cards and points), the length and the decks. The size and length
// of the last party are where the set-up starts. Start deals the first card; no private limits
// are asked at a party (anyone swaps a card without a reason).
#include "core/text/unicode.hpp"
#include "screens/game_screen.hpp"
#include "screens/phones_switch.hpp"
#include "screens/screens.hpp"
#include "ui/widgets/form.hpp"

#include <algorithm>
#include <array>

namespace kindling::screens {

using namespace ui;

namespace {

constexpr float list_width = 1400;
constexpr std::array<std::string_view, 3> presets{"friends", "colours", "animals"};
constexpr std::array<int, 7> lengths{10, 15, 20, 25, 30, 40, 60};

std::vector<std::string> split_list(std::string_view text) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find(',', start), text.size());
        parts.emplace_back(unicode::trim(text.substr(start, end - start)));
        start = end + 1;
    }
    return parts;
}

std::size_t step(std::size_t index, int delta, std::size_t count) {
    const long n = static_cast<long>(count);
    return static_cast<std::size_t>(((static_cast<long>(index) + delta) % n + n) % n);
}

// The rows of the party set-up that are not a name or a deck, and the buttons.
enum class PartySetupChoice { mode, teams, team_size, players, preset, company_safe, scores, phones, length, back, start };
constexpr std::string_view button_name(PartySetupChoice choice) {
    switch (choice) {
        case PartySetupChoice::mode: return "mode";
        case PartySetupChoice::teams: return "teams";
        case PartySetupChoice::team_size: return "team-size";
        case PartySetupChoice::players: return "players";
        case PartySetupChoice::preset: return "preset";
        case PartySetupChoice::company_safe: return "company-safe";
        case PartySetupChoice::scores: return "scores";
        case PartySetupChoice::phones: return "phones";
        case PartySetupChoice::length: return "length";
        case PartySetupChoice::back: return "back";
        case PartySetupChoice::start: return "start";
    }
    return {};
}

class PartySetupScreen final : public GameScreen {
public:
    explicit PartySetupScreen(ScreenContext& game) : GameScreen(game) {
        game.set_party_mode(true);
        company_safe_ = game.settings().party_company_safe;
        scoring_ = game.settings().party_scoreboard;
        // The last party's size and length (the names come from a preset or --players).
        player_count_ = static_cast<std::size_t>(std::clamp(game.settings().party_players, min_party_players,
                                                            max_party_players));
        const auto length = std::find(lengths.begin(), lengths.end(), game.settings().party_cards);
        if (length != lengths.end()) length_ = static_cast<std::size_t>(length - lengths.begin());
        names_.assign(static_cast<std::size_t>(max_team_players), std::string{});
        team_names_.assign(static_cast<std::size_t>(max_teams), std::string{});
        const auto& given = game.command_line_players();
        if (given.size() >= static_cast<std::size_t>(min_party_players)) {
            player_count_ = std::min(given.size(), static_cast<std::size_t>(max_party_players));
            for (std::size_t i = 0; i < player_count_; ++i) names_[i] = given[i];
        } else {
            fill_from_preset();
        }
        decks_ = game.night().default_decks(PlayStyle::party);
        rebuild();
        form_.focus_footer(button_id(PartySetupChoice::start));
    }

    [[nodiscard]] std::string_view name() const override { return "party"; }
    [[nodiscard]] bool wants_text_input() const override { return form_.wants_text_input(); }
    [[nodiscard]] std::string focused_id() const override { return form_.focused_id(); }
    [[nodiscard]] std::string focused_words() const override { return form_.focused_words(); }
    [[nodiscard]] std::string title_words() const override { return text("party.setup_title"); }
    void on_reveal() override { game_.set_party_mode(true); }

    void layout(Painter& painter) override {
        const RectF area = centred_column(painter.canvas().content(), list_width);
        intro_in_list_ = subtitle_goes_in_list(painter, area, text("party.setup_title"), text("party.setup_subtitle"));
        rebuild();
        const float top = area.y + heading_height(painter, area, text("party.setup_title"),
                                                  intro_in_list_ ? std::string() : text("party.setup_subtitle"));
        const float footer_h = form_.footer_height(painter, game_.device(), strings());
        const float footer_y = area.bottom() - hints_height(painter) - 28 - footer_h;
        problem_h_ = problem_.empty() ? 0 : notice_height(painter, area.w, problem_) + 20;
        form_.layout(painter, {area.x, top, area.w, std::max(120.0f, footer_y - 28 - problem_h_ - top)},
                     {area.x, footer_y, area.w, footer_h}, game_.device(), strings());
    }

    void handle(const InputEvent& event) override {
        if (event.type == InputEvent::Type::command && event.command == Command::back) {
            leave();
            return;
        }
        const OptionEvent result = form_.handle(event);
        if (result.type == OptionEvent::Type::edited) {
            take_names();
            problem_.clear();
        } else if (result.type == OptionEvent::Type::changed) {
            take_names();
            change(result.id, result.delta);
        } else if (result.type == OptionEvent::Type::activated) {
            take_names();
            activate(result.id);
        }
    }

    void draw(Painter& painter) const override {
        draw_backdrop(painter);
        const RectF area = centred_column(painter.canvas().content(), list_width);
        draw_heading(painter, area, text("party.setup_title"), intro_in_list_ ? std::string() : text("party.setup_subtitle"));
        form_.draw(painter, game_.device(), strings());
        if (!problem_.empty()) draw_notice(painter, {area.x, form_.list().area().bottom() + 20, area.w, problem_h_}, problem_);
        std::vector<Hint> hints{{Command::up, text("hints.move")}, {Command::left, text("hints.change")}};
        hints.push_back({Command::confirm, text(wants_text_input() ? "hints.next" : "hints.choose")});
        hints.push_back({Command::back, text("hints.back")});
        draw_hints(painter, hints);
    }

private:
    [[nodiscard]] std::size_t people() const { return teams_ ? team_count_ * team_size_ : player_count_; }

    [[nodiscard]] std::vector<std::string> preset_names() const {
        return split_list(text("party.presets." + std::string(presets[preset_]) + "_names"));
    }

    [[nodiscard]] std::string default_name(std::size_t index) const {
        const std::vector<std::string> preset = preset_names();
        if (index < preset.size() && !preset[index].empty()) return preset[index];
        return game_.default_player_name(index);
    }

    [[nodiscard]] std::string default_team_name(std::size_t index) const {
        const std::vector<std::string> preset = split_list(text("party.team_names"));
        if (index < preset.size() && !preset[index].empty()) return preset[index];
        return strings().format("party.team_label", {{"number", std::to_string(index + 1)}});
    }

    // A preset fills every name, so a gamepad alone sets up a party; typed names replace them.
    void fill_from_preset() {
        for (std::size_t i = 0; i < names_.size(); ++i) names_[i] = default_name(i);
        for (std::size_t t = 0; t < team_names_.size(); ++t) team_names_[t] = default_team_name(t);
    }

    void rebuild() {
        std::vector<OptionItem> items;
        if (intro_in_list_) items.push_back({"intro", OptionItem::Kind::note, text("party.setup_subtitle")});
        OptionItem mode{button_id(PartySetupChoice::mode), OptionItem::Kind::choice, text("party.play_as")};
        mode.value = text(teams_ ? "party.as_teams" : "party.as_players");
        mode.detail = text(teams_ ? "party.as_teams_detail" : "party.as_players_detail");
        mode.icon = Icon::people;
        items.push_back(std::move(mode));
        if (teams_) {
            OptionItem count{button_id(PartySetupChoice::teams), OptionItem::Kind::choice, text("party.team_count")};
            count.value = std::to_string(team_count_);
            count.icon = Icon::people;
            items.push_back(std::move(count));
            OptionItem size{button_id(PartySetupChoice::team_size), OptionItem::Kind::choice, text("party.team_size")};
            size.value = std::to_string(team_size_);
            size.icon = Icon::person;
            items.push_back(std::move(size));
        } else {
            OptionItem count{button_id(PartySetupChoice::players), OptionItem::Kind::choice, text("party.player_count")};
            count.value = std::to_string(player_count_);
            count.icon = Icon::people;
            items.push_back(std::move(count));
        }
        OptionItem preset{button_id(PartySetupChoice::preset), OptionItem::Kind::choice, text("party.quick_names")};
        preset.value = text("party.presets." + std::string(presets[preset_]));
        preset.detail = text("party.quick_names_detail");
        preset.icon = Icon::sparkle;
        items.push_back(std::move(preset));

        items.push_back({"names-heading", OptionItem::Kind::heading, text("party.names")});
        if (teams_) {
            for (std::size_t t = 0; t < team_count_; ++t) {
                OptionItem team{"team-" + std::to_string(t), OptionItem::Kind::text,
                                strings().format("party.team_label", {{"number", std::to_string(t + 1)}})};
                team.value = team_names_[t];
                team.placeholder = default_team_name(t);
                team.icon = Icon::people;
                items.push_back(std::move(team));
                for (std::size_t m = 0; m < team_size_; ++m) items.push_back(name_row(t * team_size_ + m));
            }
        } else {
            for (std::size_t i = 0; i < player_count_; ++i) items.push_back(name_row(i));
        }

        items.push_back({"rules-heading", OptionItem::Kind::heading, text("party.rules")});
        OptionItem safe{button_id(PartySetupChoice::company_safe), OptionItem::Kind::toggle, text("party.company_safe")};
        safe.on = company_safe_;
        safe.value = text(safe.on ? "common.on" : "common.off");
        safe.detail = text(safe.on ? "party.company_safe_on" : "party.company_safe_off");
        safe.icon = Icon::lock;
        items.push_back(std::move(safe));
        OptionItem scores{button_id(PartySetupChoice::scores), OptionItem::Kind::toggle, text("party.scoreboard")};
        scores.on = scoring_;
        scores.value = text(scores.on ? "common.on" : "common.off");
        scores.detail = text("party.scoreboard_detail");
        scores.icon = Icon::star;
        items.push_back(std::move(scores));
        items.push_back(phones_.row(button_id(PartySetupChoice::phones), "phones.switch_detail"));
        OptionItem length{button_id(PartySetupChoice::length), OptionItem::Kind::choice, text("party.length")};
        length.value = strings().count("setup.length_cards", lengths[length_]);
        length.icon = Icon::cards;
        items.push_back(std::move(length));

        items.push_back({"decks-heading", OptionItem::Kind::heading, text("setup.decks")});
        for (const Deck& deck : game_.decks()) {
            OptionItem row{"deck:" + deck.id, OptionItem::Kind::toggle, deck.title.empty() ? deck.id : deck.title};
            row.on = decks_.empty() || std::find(decks_.begin(), decks_.end(), deck.id) != decks_.end();
            row.value = text(row.on ? "common.on" : "common.off");
            row.detail = strings().count("setup.deck_cards", static_cast<long long>(deck.cards.size()));
            items.push_back(std::move(row));
        }

        form_.list().set_items(std::move(items));
        form_.footer().set_items({{button_id(PartySetupChoice::back), text("common.back"), Icon::back, false, std::nullopt},
                                  {button_id(PartySetupChoice::start), text("party.start"), Icon::party, true, std::nullopt}});
    }

    [[nodiscard]] OptionItem name_row(std::size_t index) const {
        std::string label = strings().format("players.name_label", {{"number", std::to_string(index + 1)}});
        OptionItem field{"name-" + std::to_string(index), OptionItem::Kind::text, std::move(label)};
        field.value = names_[index];
        field.placeholder = default_name(index);
        field.icon = Icon::person;
        return field;
    }

    void take_names() {
        for (std::size_t i = 0; i < names_.size(); ++i) {
            if (const OptionItem* item = form_.list().find("name-" + std::to_string(i))) names_[i] = item->value;
        }
        for (std::size_t t = 0; t < team_names_.size(); ++t) {
            if (const OptionItem* item = form_.list().find("team-" + std::to_string(t))) team_names_[t] = item->value;
        }
    }

    void change(const std::string& id, int delta) {
        const auto clamp_step = [delta](std::size_t value, int low, int high) {
            return static_cast<std::size_t>(std::clamp(static_cast<int>(value) + delta, low, high));
        };
        const std::optional<PartySetupChoice> choice = button_named<PartySetupChoice>(id);
        if (choice == PartySetupChoice::mode) teams_ = !teams_;
        if (choice == PartySetupChoice::players) player_count_ = clamp_step(player_count_, min_party_players, max_party_players);
        if (choice == PartySetupChoice::teams) team_count_ = clamp_step(team_count_, min_teams, max_teams);
        if (choice == PartySetupChoice::team_size) team_size_ = clamp_step(team_size_, 2, max_team_players / max_teams);
        if (choice == PartySetupChoice::preset) {
            preset_ = step(preset_, delta, presets.size());
            fill_from_preset();
        }
        if (choice == PartySetupChoice::company_safe) company_safe_ = !company_safe_;
        if (choice == PartySetupChoice::scores) scoring_ = !scoring_;
        if (choice == PartySetupChoice::phones) {
            problem_ = phones_.turn(delta > 0);
            rebuild();
            return;
        }
        if (choice == PartySetupChoice::length) length_ = step(length_, delta, lengths.size());
        if (id.starts_with("deck:")) toggle_deck(id.substr(5));
        problem_.clear();
        rebuild();
    }

    // Nothing chosen means every deck; at least one deck stays on.
    void toggle_deck(const std::string& id) {
        std::vector<std::string> all;
        for (const Deck& deck : game_.decks()) all.push_back(deck.id);
        if (decks_.empty()) decks_ = all;
        const auto found = std::find(decks_.begin(), decks_.end(), id);
        if (found != decks_.end()) {
            if (decks_.size() > 1) decks_.erase(found);
        } else {
            decks_.push_back(id);
        }
        if (decks_.size() == all.size()) decks_.clear();
    }

    void activate(const std::string& id) {
        if (id.starts_with("name-") || id.starts_with("team-")) {
            // Enter in a name moves on to the next row, as on the players screen.
            form_.handle(InputEvent::make(Command::down, game_.device()));
            return;
        }
        const std::optional<PartySetupChoice> choice = button_named<PartySetupChoice>(id);
        if (choice == PartySetupChoice::back) leave();
        if (choice == PartySetupChoice::start) start();
    }

    void leave() {
        game_.set_party_mode(false);
        phones_.leave();  // a server switched on here is for this party only
        game_.screens().pop();
    }

    // The names as they will be played: typed, else the preset's; every name must differ.
    [[nodiscard]] bool final_names(std::vector<std::string>& players, std::vector<std::string>& teams) {
        for (std::size_t i = 0; i < people(); ++i) {
            const std::string trimmed(unicode::trim(names_[i]));
            players.push_back(trimmed.empty() ? default_name(i) : trimmed);
        }
        for (std::size_t t = 0; teams_ && t < team_count_; ++t) {
            const std::string trimmed(unicode::trim(team_names_[t]));
            teams.push_back(trimmed.empty() ? default_team_name(t) : trimmed);
        }
        for (const std::vector<std::string>* list : {&players, &teams}) {
            for (std::size_t i = 0; i < list->size(); ++i) {
                for (std::size_t j = 0; j < i; ++j) {
                    if ((*list)[i] != (*list)[j]) continue;
                    problem_ = strings().format("players.same_name", {{"name", (*list)[i]}});
                    return false;
                }
            }
        }
        return true;
    }

    void start() {
        std::vector<std::string> players;
        std::vector<std::string> team_names;
        if (!final_names(players, team_names)) return;
        Settings settings = game_.settings();
        settings.party_company_safe = company_safe_;
        settings.party_scoreboard = scoring_;
        if (!teams_) settings.party_players = static_cast<int>(player_count_);
        settings.party_cards = lengths[length_];
        game_.change_settings(settings);

        const PartyRules rules{company_safe_, scoring_};
        NightFlow& night = game_.night();
        night.plan_party(players, teams_ ? teams_of_neighbours(players.size(), team_size_, team_names) : std::vector<Team>{},
                         rules, lengths[length_], game_.next_seed());
        night.draft().decks = decks_;
        start_night(game_);
    }

    Form form_;
    bool intro_in_list_ = false;
    bool teams_ = false;
    std::size_t player_count_ = 6;
    std::size_t team_count_ = 3;
    std::size_t team_size_ = 2;
    std::size_t preset_ = 0;
    std::size_t length_ = 2;
    bool company_safe_ = true;
    bool scoring_ = true;
    std::vector<std::string> names_;
    std::vector<std::string> team_names_;
    std::vector<std::string> decks_;  // ids of the decks chosen; empty: every deck
    std::string problem_;
    float problem_h_ = 0;
    PhonesSwitch phones_{game_};
};

}  // namespace

std::unique_ptr<Screen> make_party_screen(ScreenContext& game) { return std::make_unique<PartySetupScreen>(game); }

}  // namespace kindling::screens
