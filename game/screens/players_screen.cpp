// Who plays tonight: names are optional ("Player 1" otherwise); in a party-style night players
// can be added and removed (3 to 8). A couple night switches Phones on here (issue 15), before
// the private limits, so that both partners can join now and set their limits on their phones.
#include "core/text/unicode.hpp"
#include "screens/game_screen.hpp"
#include "screens/phones_switch.hpp"
#include "screens/screens.hpp"
#include "ui/widgets/form.hpp"

namespace kindling::screens {

using namespace ui;

namespace {

constexpr float list_width = 1200;

// The buttons under and after the names (each name is a row of its own).
enum class PlayersChoice { add, remove, phones, back, go_on };
constexpr std::string_view button_name(PlayersChoice choice) {
    switch (choice) {
        case PlayersChoice::add: return "add";
        case PlayersChoice::remove: return "remove";
        case PlayersChoice::phones: return "phones";
        case PlayersChoice::back: return "back";
        case PlayersChoice::go_on: return "continue";
    }
    return {};
}

class PlayersScreen final : public GameScreen {
public:
    explicit PlayersScreen(ScreenContext& game) : GameScreen(game), party_(game.night().draft().style == PlayStyle::party) {
        names_ = game.night().draft().players;
        share_names();
        rebuild();
        form_.focus_list();
        form_.list().focus_first();
    }

    [[nodiscard]] std::string_view name() const override { return "players"; }
    [[nodiscard]] bool wants_text_input() const override { return form_.wants_text_input(); }
    [[nodiscard]] std::string focused_id() const override { return form_.focused_id(); }
    [[nodiscard]] std::string focused_words() const override { return form_.focused_words(); }
    [[nodiscard]] std::string title_words() const override { return title(); }

    void layout(Painter& painter) override {
        const RectF area = centred_column(painter.canvas().content(), list_width);
        intro_in_list_ = subtitle_goes_in_list(painter, area, title(), text("players.subtitle"));
        rebuild();
        const float width = area.w;
        const float top = area.y + heading_height(painter, area, title(), intro_in_list_ ? std::string() : text("players.subtitle"));
        const float footer_h = form_.footer_height(painter, game_.device(), strings());
        const float footer_y = area.bottom() - hints_height(painter) - 28 - footer_h;
        problem_h_ = problem_.empty() ? 0 : notice_height(painter, width, problem_) + 20;
        const float bottom = footer_y - 24 - problem_h_;
        form_.layout(painter, {area.x, top, width, std::max(120.0f, bottom - top)},
                     {area.x, footer_y, width, footer_h}, game_.device(), strings());
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
        } else if (result.type == OptionEvent::Type::changed && button_named<PlayersChoice>(result.id) == PlayersChoice::phones) {
            take_names();
            problem_ = phones_.turn(result.delta > 0);
            rebuild();
        } else if (result.type == OptionEvent::Type::activated) {
            activate(result.id);
        }
    }

    void draw(Painter& painter) const override {
        draw_backdrop(painter);
        const RectF area = centred_column(painter.canvas().content(), list_width);
        draw_heading(painter, area, title(), intro_in_list_ ? std::string() : text("players.subtitle"));
        form_.draw(painter, game_.device(), strings());
        if (!problem_.empty()) {
            draw_notice(painter, {area.x, form_.list().area().bottom() + 20, area.w, problem_h_}, problem_);
        }
        std::vector<Hint> hints{{Command::up, text("hints.move")}};
        if (focused_id() == button_id(PlayersChoice::phones)) hints.push_back({Command::left, text("hints.change")});
        hints.push_back({Command::confirm, text(wants_text_input() ? "hints.next" : "hints.choose")});
        hints.push_back({Command::back, text("hints.back")});
        draw_hints(painter, hints);
    }

private:
    [[nodiscard]] std::string title() const { return text(party_ ? "players.party_title" : "players.title"); }

    void rebuild() {
        std::vector<OptionItem> items;
        if (intro_in_list_) items.push_back({"intro", OptionItem::Kind::note, text("players.subtitle")});
        for (std::size_t i = 0; i < names_.size(); ++i) {
            OptionItem field{"name-" + std::to_string(i), OptionItem::Kind::text,
                             strings().format("players.name_label", {{"number", std::to_string(i + 1)}})};
            field.value = names_[i];
            field.placeholder = game_.default_player_name(i);
            field.icon = Icon::person;
            items.push_back(std::move(field));
        }
        if (party_ && names_.size() < static_cast<std::size_t>(max_party_players)) {
            items.push_back({button_id(PlayersChoice::add), OptionItem::Kind::action, text("players.add"), {}, {}, false, Icon::plus});
        }
        if (party_ && names_.size() > static_cast<std::size_t>(min_party_players)) {
            items.push_back({button_id(PlayersChoice::remove), OptionItem::Kind::action, text("players.remove"), {}, {}, false, Icon::back});
        }
        if (!party_) items.push_back(phones_.row(button_id(PlayersChoice::phones), "phones.switch_detail_couple"));
        form_.list().set_items(std::move(items));
        form_.footer().set_items({{button_id(PlayersChoice::back), text("common.back"), Icon::back, false, std::nullopt},
                                  {button_id(PlayersChoice::go_on), text("players.continue"), Icon::check, true, std::nullopt}});
    }

    void take_names() {
        for (std::size_t i = 0; i < names_.size(); ++i) {
            if (const OptionItem* item = form_.list().find("name-" + std::to_string(i))) names_[i] = item->value;
        }
        share_names();
    }

    // The names as they stand are the night's seats while they are typed, so that a phone that
    // joins here sees (and takes) a seat by the name it will be called.
    void share_names() {
        std::vector<std::string> seats;
        for (std::size_t i = 0; i < names_.size(); ++i) {
            const std::string trimmed(unicode::trim(names_[i]));
            seats.push_back(trimmed.empty() ? game_.default_player_name(i) : trimmed);
        }
        game_.night().draft().players = std::move(seats);
    }

    // Back to the title: a server switched on here was for this night.
    void leave() {
        phones_.leave();
        game_.screens().pop();
    }

    void activate(const std::string& id) {
        take_names();
        const std::optional<PlayersChoice> choice = button_named<PlayersChoice>(id);
        if (id.starts_with("name-")) {
            // Enter in a name moves on to the next name, and from the last one to Continue.
            const std::size_t index = std::stoul(id.substr(5));
            if (index + 1 < names_.size()) form_.list().focus("name-" + std::to_string(index + 1));
            else form_.focus_footer(button_id(PlayersChoice::go_on));
        } else if (choice == PlayersChoice::add) {
            names_.emplace_back();
            rebuild();
            form_.list().focus("name-" + std::to_string(names_.size() - 1));
        } else if (choice == PlayersChoice::remove) {
            names_.pop_back();
            rebuild();
        } else if (choice == PlayersChoice::back) {
            leave();
        } else if (choice == PlayersChoice::go_on) {
            finish();
        }
    }

    void finish() {
        std::vector<std::string> final_names;
        for (std::size_t i = 0; i < names_.size(); ++i) {
            const std::string trimmed(unicode::trim(names_[i]));
            final_names.push_back(trimmed.empty() ? game_.default_player_name(i) : trimmed);
        }
        for (std::size_t i = 0; i < final_names.size(); ++i) {
            for (std::size_t j = 0; j < i; ++j) {
                if (final_names[i] != final_names[j]) continue;
                problem_ = strings().format("players.same_name", {{"name", final_names[i]}});
                form_.focus_list("name-" + std::to_string(i));
                return;
            }
        }
        game_.night().draft().players = std::move(final_names);
        begin_consent(game_);
    }

    bool party_;
    std::vector<std::string> names_;
    Form form_;
    bool intro_in_list_ = false;
    std::string problem_;
    float problem_h_ = 0;
    PhonesSwitch phones_{game_};
};

}  // namespace

std::unique_ptr<Screen> make_players_screen(ScreenContext& game) { return std::make_unique<PlayersScreen>(game); }

}  // namespace kindling::screens
