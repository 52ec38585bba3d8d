// The first screen: the name, a warm line about what this is, and where to go.
#include "screens/card_fan.hpp"
#include "screens/game_screen.hpp"
#include "screens/screens.hpp"
#include "ui/widgets/option_list.hpp"

#include <algorithm>
#include <filesystem>

namespace kindling::screens {

using namespace ui;

namespace {

// "ours.yaml:3:8: MESSAGE" in the players' language: the folder is long and the same for every
// line; the file, line and column are what to look for.
std::string short_problem(const Diagnostic& problem, const UiStrings& strings) {
    std::string where = std::filesystem::path(problem.file).filename().string();
    if (problem.position.line > 0) {
        where += ':' + std::to_string(problem.position.line);
        if (problem.position.column > 0) where += ':' + std::to_string(problem.position.column);
    }
    return where + ": " + diagnostic_words(problem, strings);
}

enum class TitleChoice { resume, start, party, our_nights, settings, help, quit };
constexpr std::string_view button_name(TitleChoice choice) {
    switch (choice) {
        case TitleChoice::resume: return "resume";
        case TitleChoice::start: return "start";
        case TitleChoice::party: return "party";
        case TitleChoice::our_nights: return "our-nights";
        case TitleChoice::settings: return "settings";
        case TitleChoice::help: return "help";
        case TitleChoice::quit: return "quit";
    }
    return {};
}

enum class QuitChoice { stay, quit };
constexpr std::string_view button_name(QuitChoice choice) {
    switch (choice) {
        case QuitChoice::stay: return "stay";
        case QuitChoice::quit: return "quit";
    }
    return {};
}

class TitleScreen final : public GameScreen {
public:
    explicit TitleScreen(ScreenContext& game) : GameScreen(game) {
        game.set_party_mode(false);
        // Back at the title the night is over (or kept for later): the phones' server stops.
        game.set_phones(false);
        rebuild();
    }

    [[nodiscard]] std::string_view name() const override { return "title"; }
    [[nodiscard]] std::string focused_id() const override { return menu_.focused_id(); }
    [[nodiscard]] std::string focused_words() const override { return menu_.focused_words(); }

    void on_reveal() override {
        game_.set_party_mode(false);
        rebuild();
    }

    void layout(Painter& painter) override {
        rebuild_if_words_changed();
        const RectF area = painter.canvas().content();
        // With large text the words need the whole width; the cards step aside.
        show_fan_ = painter.canvas().text_scale() < 1.35f;
        column_ = show_fan_ ? std::min(820.0f, area.w * 0.5f) : area.w;
        const float bottom = area.bottom() - hints_height(painter) - 28;
        float y = area.y + 40 + mark + 44;
        notices_ = notices_text();
        notice_in_column_ = !notices_.empty() && !show_fan_;
        // The menu comes first: it gets all the height it needs (or all there is, and scrolls);
        // a notice and the line about the game share what is left, a long notice shrinking its
        // words to fit, so nothing is ever drawn over the menu or the hints.
        const float menu_h = menu_.natural_height(painter, column_ - 40);
        if (show_fan_) {
            // The line about the game (or, when there is news, the notice in its place) sits
            // under the cards, leaving the column to the menu.
            const RectF right{area.x + column_ + 40, area.y, area.w - column_ - 40, bottom - 12 - area.y};
            const float below_h =
                notices_.empty()
                    ? painter.measure(text("title.tagline"), type::body.wrapped(right.w - 80, text::Align::center)).h
                    : std::min(notice_height(painter, right.w - 80, notices_), right.h * 0.6f);
            fan_area_ = {right.x, right.y, right.w, right.h - below_h - 40};
            tagline_box_ = {right.x + 40, fan_area_.bottom(), right.w - 80, below_h};
            menu_.layout(painter, {area.x + 40, y, column_ - 40, std::max(0.0f, bottom - y)});
            notice_h_ = 0;
        } else {
            const float tagline_h = painter.measure(text("title.tagline"), type::body.wrapped(column_ - 40)).h;
            // The tagline gives way first when a notice needs the room.
            show_tagline_ = !notice_in_column_ || y + tagline_h + 24 + menu_h + 24 + minimum_notice(painter) <= bottom;
            tagline_box_ = {area.x + 40, y - 24, column_ - 40, show_tagline_ ? tagline_h : 0};
            if (show_tagline_) y += tagline_h + 24;
            notice_h_ = 0;
            if (notice_in_column_) {
                const float room = bottom - y - std::min(menu_h, bottom - y) - 24;
                notice_h_ = std::min(notice_height(painter, column_ - 40, notices_), room);
                // Too little room for even a line or two: the menu keeps it all and the notice
                // shows as much as a short box holds.
                if (notice_h_ < minimum_notice(painter)) notice_h_ = std::min(minimum_notice(painter), (bottom - y) / 3);
            }
            const float menu_bottom = bottom - (notice_h_ > 0 ? notice_h_ + 24 : 0);
            menu_.layout(painter, {area.x + 40, y, column_ - 40, std::max(0.0f, menu_bottom - y)});
        }
        if (show_fan_) fan_.compose(painter, fan_area_, game_.render_generation());
    }

    void handle(const InputEvent& event) override {
        if (event.type == InputEvent::Type::command && event.command == Command::back) {
            ask_to_quit();
            return;
        }
        const OptionEvent result = menu_.handle(event);
        if (result.type != OptionEvent::Type::activated && result.type != OptionEvent::Type::changed) return;
        const std::optional<TitleChoice> choice = button_named<TitleChoice>(result.id);
        if (!choice) return;
        switch (*choice) {
            case TitleChoice::resume:
                game_.night().plan_resume();
                begin_consent(game_);
                break;
            case TitleChoice::start: plan_new_night(game_, PlayStyle::couple); break;
            case TitleChoice::party: game_.screens().push(make_party_screen(game_)); break;
            case TitleChoice::our_nights: game_.screens().push(make_our_nights_screen(game_)); break;
            case TitleChoice::settings: game_.screens().push(make_settings_screen(game_)); break;
            case TitleChoice::help: game_.screens().push(make_help_screen(game_)); break;
            case TitleChoice::quit: game_.request_quit(); break;
        }
    }

    void draw(Painter& painter) const override {
        draw_backdrop(painter);
        const Palette& palette = painter.palette();
        if (show_fan_) fan_.draw(painter);
        const RectF area = painter.canvas().content();
        painter.icon(Icon::flame, {area.x + 24, area.y + 40, mark, mark}, palette.accent);
        // The name is a logo: it keeps its size whatever the text size.
        TextSpec wordmark = type::display;
        wordmark.size = type::display.size / painter.canvas().text_scale();
        painter.text(text("app.name"), wordmark, {area.x + 24 + mark + 18, area.y + 40 + mark / 2}, palette.text,
                     {HAlign::left, VAlign::centre});
        const text::Align align = show_fan_ ? text::Align::center : text::Align::natural;
        if (show_fan_ && !notices_.empty()) {
            draw_fitted_notice(painter, tagline_box_, notices_);
        } else if (show_fan_ || show_tagline_) {
            painter.text(text("title.tagline"), type::body.wrapped(tagline_box_.w, align),
                         {tagline_box_.x, tagline_box_.y}, palette.text_muted);
        }
        menu_.draw(painter);
        if (notice_in_column_ && notice_h_ > 0) {
            draw_fitted_notice(painter, {area.x + 40, menu_.area().bottom() + 24, column_ - 40, notice_h_}, notices_);
        }
        draw_hints(painter, {{Command::up, text("hints.move")},
                             {Command::confirm, text("hints.choose")},
                             {Command::back, text("hints.quit")}});
    }

private:
    void rebuild() {
        language_ = game_.strings().language();
        std::vector<OptionItem> items;
        const auto& saved = game_.night().saved();
        if (saved) {
            OptionItem resume{button_id(TitleChoice::resume), OptionItem::Kind::action, text("title.resume")};
            resume.icon = Icon::play;
            std::string names;
            for (const std::string& player : saved->setup.players) names += (names.empty() ? "" : ", ") + player;
            resume.detail = strings().count("title.resume_detail", static_cast<long long>(saved->night.played.size()),
                                            {{"names", names}});
            resume.primary = true;
            items.push_back(std::move(resume));
        }
        OptionItem start{button_id(TitleChoice::start), OptionItem::Kind::action, text("title.start")};
        start.icon = Icon::flame;
        start.primary = !saved;
        items.push_back(std::move(start));
        items.push_back({button_id(TitleChoice::party), OptionItem::Kind::action, text("title.party"), {}, {}, false, Icon::party});
        if (game_.night().between_store() != nullptr) {
            items.push_back({button_id(TitleChoice::our_nights), OptionItem::Kind::action, text("title.our_nights"), {}, {}, false, Icon::heart});
        }
        items.push_back({button_id(TitleChoice::settings), OptionItem::Kind::action, text("title.settings"), {}, {}, false, Icon::gear});
        items.push_back({button_id(TitleChoice::help), OptionItem::Kind::action, text("title.help"), {}, {}, false, Icon::help});
        items.push_back({button_id(TitleChoice::quit), OptionItem::Kind::action, text("title.quit"), {}, {}, false, Icon::door});
        menu_.set_items(std::move(items));
        if (!game_.night().saved() && menu_.focused_id() == button_id(TitleChoice::resume)) {
            menu_.focus(button_id(TitleChoice::start));
        }
    }

    void rebuild_if_words_changed() {
        if (language_ != game_.strings().language()) rebuild();
    }

    [[nodiscard]] std::string notices_text() const {
        std::string all;
        const auto add = [&all](const std::string& line) { all += (all.empty() ? "" : "\n") + line; };
        if (!game_.night().saved_notice().code.empty()) add(text("title.save_unreadable"));
        for (const std::string& file : game_.replaced_builtin_decks()) {
            add(strings().format("title.builtin_deck_replaced", {{"file", std::filesystem::path(file).filename().string()}}));
        }
        if (game_.rejected_deck_files() > 0) {
            add(strings().count("title.deck_problems", static_cast<long long>(game_.rejected_deck_files())));
        }
        // The first problem itself, so a player who started the game from the desktop (no
        // terminal) still learns which file and line to fix.
        const std::vector<Diagnostic>& problems = game_.deck_problems();
        if (!problems.empty()) add(short_problem(problems.front(), strings()));
        if (problems.size() > 1) {
            add(strings().count("title.deck_problems_more", static_cast<long long>(problems.size() - 1)));
        }
        for (const std::string& notice : game_.startup_notices()) add(notice);
        return all;
    }

    void ask_to_quit() {
        ScreenContext& game = game_;
        game_.screens().push(make_dialog_screen<QuitChoice>(
            game_, text("quit.title"), text("quit.body"),
            {{QuitChoice::stay, text("quit.stay"), false}, {QuitChoice::quit, text("quit.quit"), true}}, [&game](QuitChoice choice) {
                game.screens().pop();
                if (choice == QuitChoice::quit) game.request_quit();
            }));
    }

    // Two lines of notice text in its box: less than this and the notice is not worth its room.
    [[nodiscard]] static float minimum_notice(Painter& painter) {
        return 2 * painter.measure("Ag", type::label).h + 2 * 22;
    }

    static constexpr float mark = 116;

    OptionList menu_;
    CardFan fan_;
    bool show_fan_ = true;
    float column_ = 820;
    bool notice_in_column_ = false;
    bool show_tagline_ = true;
    std::string language_;
    std::string notices_;
    float notice_h_ = 0;
    RectF fan_area_;
    RectF tagline_box_;
};

}  // namespace

std::unique_ptr<Screen> make_title_screen(ScreenContext& game) { return std::make_unique<TitleScreen>(game); }

}  // namespace kindling::screens
