// How the night goes: the way of playing (Game Night or a deck's own mode), whether the two are
// apart (a video call), its length and depth, and which themes and decks it deals from. "Deal the first card" has the focus, so the
// defaults are one press away.
#include "screens/game_screen.hpp"
#include "screens/party_card.hpp"
#include "screens/screens.hpp"
#include "ui/card_content.hpp"
#include "ui/widgets/form.hpp"

#include <algorithm>
#include <array>

namespace kindling::screens {

using namespace ui;

namespace {

constexpr float list_width = 1400;

constexpr std::array<NightLength, 9> lengths{{{LengthUnit::cards, 10},
                                             {LengthUnit::cards, 15},
                                             {LengthUnit::cards, 20},
                                             {LengthUnit::cards, 30},
                                             {LengthUnit::cards, 40},
                                             {LengthUnit::minutes, 20},
                                             {LengthUnit::minutes, 30},
                                             {LengthUnit::minutes, 45},
                                             {LengthUnit::minutes, 60}}};

struct DepthRange {
    int from;
    int to;
    std::string_view key;
};
constexpr std::array<DepthRange, 4> depths{{{1, 3, "setup.depths.all"},
                                           {1, 1, "setup.depths.light"},
                                           {1, 2, "setup.depths.light_deeper"},
                                           {2, 3, "setup.depths.deeper"}}};

// The rows of the set-up that are not a theme or a deck, and the buttons.
enum class SetupChoice { mode, apart, length, depth, back, deal };
constexpr std::string_view button_name(SetupChoice choice) {
    switch (choice) {
        case SetupChoice::mode: return "mode";
        case SetupChoice::apart: return "apart";
        case SetupChoice::length: return "length";
        case SetupChoice::depth: return "depth";
        case SetupChoice::back: return "back";
        case SetupChoice::deal: return "deal";
    }
    return {};
}

class SetupScreen final : public GameScreen {
public:
    explicit SetupScreen(ScreenContext& game) : GameScreen(game) {
        const PlayStyle style = game.night().draft().style;
        modes_.push_back({std::string(game_night_mode_id), text("setup.game_night"), text("setup.game_night_detail")});
        for (const Deck& deck : game.decks()) {
            if (!deck.mode) continue;
            const ModePlayers players = deck.mode->players;
            if ((players == ModePlayers::couple && style != PlayStyle::couple) ||
                (players == ModePlayers::party && style != PlayStyle::party)) {
                continue;
            }
            modes_.push_back({deck.mode->id, deck.mode->title, deck.mode->description});
        }
        rebuild();
        form_.focus_footer(button_id(SetupChoice::deal));
    }

    [[nodiscard]] std::string_view name() const override { return "setup"; }
    [[nodiscard]] std::string focused_id() const override { return form_.focused_id(); }
    [[nodiscard]] std::string focused_words() const override { return form_.focused_words(); }
    [[nodiscard]] std::string title_words() const override { return text("setup.title"); }

    void layout(Painter& painter) override {
        const RectF area = centred_column(painter.canvas().content(), list_width);
        intro_in_list_ = subtitle_goes_in_list(painter, area, text("setup.title"), subtitle());
        rebuild();
        const float width = area.w;
        const float top = area.y + heading_height(painter, area, text("setup.title"), intro_in_list_ ? std::string() : subtitle());
        const float footer_h = form_.footer_height(painter, game_.device(), strings());
        const float footer_y = area.bottom() - hints_height(painter) - 28 - footer_h;
        form_.layout(painter, {area.x, top, width, std::max(120.0f, footer_y - 28 - top)},
                     {area.x, footer_y, width, footer_h}, game_.device(), strings());
    }

    void handle(const InputEvent& event) override {
        if (event.type == InputEvent::Type::command && event.command == Command::back) {
            leave();
            return;
        }
        const OptionEvent result = form_.handle(event);
        if (result.type == OptionEvent::Type::changed) change(result.id, result.delta);
        if (result.type == OptionEvent::Type::activated) {
            const std::optional<SetupChoice> choice = button_named<SetupChoice>(result.id);
            if (choice == SetupChoice::deal) start_night(game_);
            if (choice == SetupChoice::back) leave();
        }
    }

    void draw(Painter& painter) const override {
        draw_backdrop(painter);
        draw_heading(painter, centred_column(painter.canvas().content(), list_width), text("setup.title"),
                     intro_in_list_ ? std::string() : subtitle());
        form_.draw(painter, game_.device(), strings());
        draw_hints(painter, list_hints(true));
    }

private:
    struct ModeChoice {
        std::string id;
        std::string title;
        std::string description;
    };

    // Back to the names (where Phones is switched, before the limits: issue 15).
    void leave() { game_.screens().pop(); }

    [[nodiscard]] SessionSetup& draft() { return game_.night().draft(); }
    [[nodiscard]] const SessionSetup& draft() const { return game_.night().draft(); }
    [[nodiscard]] bool game_night() const { return draft().mode.empty() || draft().mode == game_night_mode_id; }

    [[nodiscard]] std::string subtitle() const {
        return strings().format("setup.subtitle", {{"names", name_list(draft().players, strings())}});
    }

    [[nodiscard]] std::size_t mode_index() const {
        for (std::size_t i = 0; i < modes_.size(); ++i) {
            if (modes_[i].id == draft().mode || (i == 0 && game_night())) return i;
        }
        return 0;
    }

    [[nodiscard]] std::size_t length_index() const {
        for (std::size_t i = 0; i < lengths.size(); ++i) {
            if (lengths[i] == draft().length) return i;
        }
        return 2;
    }

    [[nodiscard]] std::size_t depth_index() const {
        for (std::size_t i = 0; i < depths.size(); ++i) {
            if (depths[i].from == draft().min_level && depths[i].to == draft().max_level) return i;
        }
        return 0;
    }

    [[nodiscard]] std::vector<const Deck*> chosen_decks() const {
        std::vector<const Deck*> chosen;
        for (const Deck& deck : game_.decks()) {
            const auto& ids = draft().decks;
            if (ids.empty() || std::find(ids.begin(), ids.end(), deck.id) != ids.end()) chosen.push_back(&deck);
        }
        return chosen;
    }

    // Themes the chosen decks use, built-in ones first in their usual order.
    [[nodiscard]] std::vector<std::pair<std::string, const Theme*>> available_themes() const {
        std::vector<std::pair<std::string, const Theme*>> themes;
        const auto add = [&](const std::string& id, const Theme* theme) {
            if (std::none_of(themes.begin(), themes.end(), [&](const auto& seen) { return seen.first == id; })) {
                themes.emplace_back(id, theme);
            }
        };
        for (const Theme& theme : builtin_themes()) {
            for (const Deck* deck : chosen_decks()) {
                if (std::any_of(deck->cards.begin(), deck->cards.end(), [&](const Card& c) { return c.theme == theme.id; })) {
                    add(theme.id, &theme);
                    break;
                }
            }
        }
        for (const Deck* deck : chosen_decks()) {
            for (const Theme& theme : deck->themes) add(theme.id, &theme);
        }
        return themes;
    }

    [[nodiscard]] bool theme_on(const std::string& id) const {
        const auto& themes = draft().themes;
        return themes.empty() || std::find(themes.begin(), themes.end(), id) != themes.end();
    }

    [[nodiscard]] bool deck_on(const std::string& id) const {
        const auto& decks = draft().decks;
        return decks.empty() || std::find(decks.begin(), decks.end(), id) != decks.end();
    }

    [[nodiscard]] std::string length_text(const NightLength& length) const {
        return length.unit == LengthUnit::cards ? strings().count("setup.length_cards", length.amount)
                                                : strings().count("setup.length_minutes", length.amount);
    }

    void rebuild() {
        std::vector<OptionItem> items;
        if (intro_in_list_) items.push_back({"intro", OptionItem::Kind::note, subtitle()});
        const ModeChoice& mode = modes_[mode_index()];
        OptionItem way{button_id(SetupChoice::mode), OptionItem::Kind::choice, text("setup.mode")};
        way.value = mode.title;
        way.detail = mode.description;
        way.icon = Icon::cards;
        items.push_back(std::move(way));
        // Apart tonight: only cards that work over a video call (tagged `apart`), in any mode.
        OptionItem apart{button_id(SetupChoice::apart), OptionItem::Kind::toggle, text("setup.apart")};
        apart.on = draft().apart;
        apart.value = text(apart.on ? "common.on" : "common.off");
        apart.detail = text("setup.apart_detail");
        apart.icon = Icon::people;
        items.push_back(std::move(apart));
        if (game_night()) {
            OptionItem length{button_id(SetupChoice::length), OptionItem::Kind::choice, text("setup.length")};
            length.value = length_text(draft().length);
            length.icon = Icon::timer;
            items.push_back(std::move(length));
            OptionItem depth{button_id(SetupChoice::depth), OptionItem::Kind::choice, text("setup.depth")};
            depth.value = text(depths[depth_index()].key);
            depth.icon = Icon::flame;
            items.push_back(std::move(depth));
            items.push_back({"themes-heading", OptionItem::Kind::heading, text("setup.themes")});
            for (const auto& [id, theme] : available_themes()) {
                OptionItem row{"theme:" + id, OptionItem::Kind::toggle, theme_label(theme, id, strings())};
                row.on = theme_on(id);
                row.value = text(row.on ? "common.on" : "common.off");
                row.icon = theme_icon(theme);
                if (!game_.palette().high_contrast) row.icon_colour = theme_colour(theme, id);
                items.push_back(std::move(row));
            }
            items.push_back({"decks-heading", OptionItem::Kind::heading, text("setup.decks")});
            for (const Deck& deck : game_.decks()) {
                OptionItem row{"deck:" + deck.id, OptionItem::Kind::toggle, deck.title.empty() ? deck.id : deck.title};
                row.on = deck_on(deck.id);
                row.value = text(row.on ? "common.on" : "common.off");
                row.detail = strings().count("setup.deck_cards", static_cast<long long>(deck.cards.size()));
                items.push_back(std::move(row));
            }
        }
        form_.list().set_items(std::move(items));
        form_.footer().set_items({{button_id(SetupChoice::back), text("common.back"), Icon::back, false, std::nullopt},
                                  {button_id(SetupChoice::deal), text("setup.deal"), Icon::cards, true, std::nullopt}});
    }

    static std::size_t step(std::size_t index, int delta, std::size_t count) {
        const long n = static_cast<long>(count);
        return static_cast<std::size_t>(((static_cast<long>(index) + delta) % n + n) % n);
    }

    void toggle_in(std::vector<std::string>& chosen, const std::vector<std::string>& all, const std::string& id) {
        if (chosen.empty()) chosen = all;  // "everything" becomes explicit before one is removed
        const auto found = std::find(chosen.begin(), chosen.end(), id);
        if (found != chosen.end()) {
            if (chosen.size() == 1) return;  // at least one stays on: nothing chosen means everything
            chosen.erase(found);
        } else {
            chosen.push_back(id);
        }
        if (chosen.size() == all.size()) chosen.clear();
    }

    void change(const std::string& id, int delta) {
        SessionSetup& setup = draft();
        const std::optional<SetupChoice> choice = button_named<SetupChoice>(id);
        if (choice == SetupChoice::mode) {
            const std::size_t next = step(mode_index(), delta, modes_.size());
            setup.mode = next == 0 ? std::string{} : modes_[next].id;
        } else if (choice == SetupChoice::length) {
            setup.length = lengths[step(length_index(), delta, lengths.size())];
        } else if (choice == SetupChoice::depth) {
            const DepthRange& range = depths[step(depth_index(), delta, depths.size())];
            setup.min_level = range.from;
            setup.max_level = range.to;
        } else if (choice == SetupChoice::apart) {
            setup.apart = delta > 0;
        } else if (id.starts_with("theme:")) {
            std::vector<std::string> all;
            for (const auto& [theme_id, theme] : available_themes()) all.push_back(theme_id);
            toggle_in(setup.themes, all, id.substr(6));
        } else if (id.starts_with("deck:")) {
            std::vector<std::string> all;
            for (const Deck& deck : game_.decks()) all.push_back(deck.id);
            toggle_in(setup.decks, all, id.substr(5));
        }
        rebuild();
    }

    std::vector<ModeChoice> modes_;
    Form form_;
    bool intro_in_list_ = false;
};

}  // namespace

std::unique_ptr<Screen> make_setup_screen(ScreenContext& game) { return std::make_unique<SetupScreen>(game); }

}  // namespace kindling::screens
