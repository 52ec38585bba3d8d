#include "core/deck/deck_writer.hpp"

#include "core/format/yaml_writer.hpp"

namespace kindling {

namespace {

class Writer {
public:
    void field(std::string_view indent, std::string_view key, std::string_view rendered) {
        out_ += indent;
        out_ += key;
        out_ += ": ";
        out_ += rendered;
        out_ += '\n';
    }
    void text(std::string_view indent, std::string_view key, std::string_view value) {
        field(indent, key, yaml::quote(value));
    }
    void optional_text(std::string_view indent, std::string_view key, std::string_view value) {
        if (!value.empty()) text(indent, key, value);
    }
    void word(std::string_view indent, std::string_view key, std::string_view value) {
        if (!value.empty()) field(indent, key, yaml::plain_or_quoted(value));
    }
    void raw(std::string_view text) { out_ += text; }
    void line(std::string_view text) {
        out_ += text;
        out_ += '\n';
    }
    std::string take() && { return std::move(out_); }

private:
    std::string out_;
};

std::string flow_list(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += ", ";
        out += yaml::plain_or_quoted(items[i]);
    }
    out += ']';
    return out;
}

void write_theme(Writer& w, const Theme& theme) {
    w.field("  - ", "id", yaml::plain_or_quoted(theme.id));
    w.text("    ", "title", theme.title);
    w.optional_text("    ", "description", theme.description);
    if (!theme.colour.empty()) w.text("    ", "colour", theme.colour);
    w.word("    ", "icon", theme.icon);
}

void write_card(Writer& w, const Card& card, const Deck& deck) {
    // The first field carries the "- " of the list item.
    std::string_view indent = "  - ";
    const auto next = [&] {
        const std::string_view current = indent;
        indent = "    ";
        return current;
    };
    if (!card.id.empty()) w.field(next(), "id", yaml::plain_or_quoted(card.id));
    w.field(next(), "kind", to_string(card.kind));
    w.text(next(), "text", card.text);
    if (card.theme != deck.theme) w.word(next(), "theme", card.theme);
    w.field(next(), "level", std::to_string(card.level));
    w.field(next(), "intensity", to_string(card.intensity));
    w.field(next(), "answers", to_string(card.answers));
    if (card.timer_seconds) w.field(next(), "timer", std::to_string(*card.timer_seconds));
    if (!card.tags.empty()) w.field(next(), "tags", flow_list(card.tags));
    w.optional_text(next(), "note", card.note);
}

}  // namespace

std::string write_deck(const Deck& deck, const DeckWriteOptions& options) {
    Writer w;
    if (!options.schema_line.empty()) w.line(options.schema_line);
    w.field("", "kindling_deck", std::to_string(deck.format_version));
    w.field("", "id", yaml::plain_or_quoted(deck.id));
    w.text("", "title", deck.title);
    w.optional_text("", "description", deck.description);
    w.word("", "language", deck.language);
    w.optional_text("", "author", deck.author);
    w.word("", "licence", deck.licence);
    w.word("", "theme", deck.theme);
    if (deck.purpose != DeckPurpose::night) w.field("", "purpose", to_string(deck.purpose));
    if (!deck.themes.empty()) {
        w.line("themes:");
        for (const Theme& theme : deck.themes) write_theme(w, theme);
    }
    if (deck.mode) w.raw(write_play_mode(*deck.mode));
    if (deck.cards.empty()) w.line("cards: []");
    else w.line("cards:");
    for (const Card& card : deck.cards) write_card(w, card, deck);
    return std::move(w).take();
}

std::string write_deck_translation(const DeckTranslation& translation, const DeckWriteOptions& options) {
    Writer w;
    if (!options.schema_line.empty()) w.line(options.schema_line);
    w.field("", "kindling_deck", std::to_string(translation.format_version));
    w.field("", "id", yaml::plain_or_quoted(translation.id));
    w.field("", "translation_of", yaml::plain_or_quoted(translation.translation_of));
    w.field("", "language", yaml::plain_or_quoted(translation.language));
    w.optional_text("", "title", translation.title);
    w.optional_text("", "description", translation.description);
    w.optional_text("", "author", translation.author);
    w.word("", "licence", translation.licence);
    if (!translation.themes.empty()) {
        w.line("themes:");
        for (const ThemeTranslation& theme : translation.themes) {
            w.field("  - ", "id", yaml::plain_or_quoted(theme.id));
            w.text("    ", "title", theme.title);
            w.optional_text("    ", "description", theme.description);
        }
    }
    if (translation.mode) {
        const ModeTranslation& mode = *translation.mode;
        const bool empty = mode.title.empty() && mode.description.empty() && mode.set_titles.empty() && mode.closing_text.empty();
        w.line(empty ? "mode: {}" : "mode:");
        w.optional_text("  ", "title", mode.title);
        w.optional_text("  ", "description", mode.description);
        if (!mode.set_titles.empty()) {
            w.line("  sets:");
            for (const std::string& title : mode.set_titles) {
                if (title.empty()) w.line("    - {}");
                else w.text("    - ", "title", title);
            }
        }
        if (!mode.closing_text.empty()) {
            w.line("  closing:");
            w.text("    ", "text", mode.closing_text);
        }
    }
    if (translation.cards.empty()) w.line("cards: []");
    else w.line("cards:");
    for (const CardTranslation& card : translation.cards) {
        w.field("  - ", "id", yaml::plain_or_quoted(card.id));
        w.text("    ", "text", card.text);
        w.optional_text("    ", "note", card.note);
    }
    return std::move(w).take();
}

std::string schema_line_of(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    const std::string_view first = text.substr(0, text.find_first_of("\r\n"));
    if (first.starts_with('#') && first.find("$schema=") != std::string_view::npos) {
        return std::string(first);
    }
    return {};
}

}  // namespace kindling
