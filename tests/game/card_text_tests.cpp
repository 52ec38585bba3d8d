// The product is words: the Unicode sample set drawn on a real card (colour emoji with ZWJ and
// flags, Arabic, Hebrew, Devanagari, CJK, combining marks) with a font that has every glyph,
// ink where the words are, and card text that shrinks to fit but never below 48 px at 1080p.
#include "app/display.hpp"
#include "core/format/data_paths.hpp"
#include "core/format/ui_strings.hpp"
#include "core/text/unicode.hpp"
#include "game/game_fixture.hpp"
#include "ui/card_renderer.hpp"
#include "ui/text/unicode_properties.hpp"
#include "ui/text/unicode_samples.hpp"

#include <catch2/catch.hpp>

using namespace kindling;
using namespace kindling::testing;

namespace {

struct Drawn {
    ui::RgbaImage image;
    std::vector<ui::DrawnText> texts;
    ui::RectF text_box;  // output pixels
};

Drawn draw_card(const std::string& text, int width = 1920, int height = 1080) {
    std::string error;
    auto display = app::open_offscreen(width, height, error);
    REQUIRE(display);
    text::TextEngine& engine = game_text_engine();
    engine.release_textures();
    const ui::Canvas canvas(width, height, 0, 100);
    engine.set_output_size(width, height);
    const Palette palette = load_builtin_palette(default_palette_id).palette;
    ui::DrawCaches caches;
    ui::TextRecorder recorder;
    Drawn drawn;
    {
        ui::Painter painter(display->renderer(), canvas, palette, engine, caches, &recorder);
        painter.clear(palette.background);
        ui::CardContent content;
        content.text = text;
        content.kind_label = "Question";
        content.theme_label = "Inner world";
        content.theme_colour = {0x7b, 0x6c, 0xd9, 255};
        content.level_label = "Light";
        content.intensity_label = "Personal";
        content.answers_label = "Sam answers";
        const ui::RectF card = ui::CardRenderer::card_rect(canvas.content());
        ui::CardRenderer{}.draw_face(painter, card, content);
        drawn.text_box = canvas.to_output(ui::CardRenderer::text_box(card));
        auto image = ui::read_renderer_pixels(display->renderer(), error);
        REQUIRE(image);
        drawn.image = std::move(*image);
    }
    drawn.texts = recorder.drawn();
    engine.release_textures();
    caches.clear();
    return drawn;
}

struct Ink {
    int dark = 0;       // clearly darker than the card
    int coloured = 0;   // saturated pixels (colour emoji)
};

Ink ink_in(const ui::RgbaImage& image, const ui::RectF& area) {
    Ink ink;
    for (int y = static_cast<int>(area.y); y < static_cast<int>(area.bottom()); ++y) {
        for (int x = static_cast<int>(area.x); x < static_cast<int>(area.right()); ++x) {
            const std::size_t at = (static_cast<std::size_t>(y) * static_cast<std::size_t>(image.width) +
                                    static_cast<std::size_t>(x)) * 4;
            const int r = image.pixels[at];
            const int g = image.pixels[at + 1];
            const int b = image.pixels[at + 2];
            if (std::min({r, g, b}) < 150) ++ink.dark;
            if (std::max({r, g, b}) - std::min({r, g, b}) > 80) ++ink.coloured;
        }
    }
    return ink;
}

}  // namespace

TEST_CASE("Every script of the Unicode sample set is drawn on a card by a font that has it (no tofu)") {
    text::TextEngine& engine = game_text_engine();
    for (const text::UnicodeSample& sample : text::unicode_samples) {
        CAPTURE(sample.label);
        const Drawn drawn = draw_card(std::string(sample.text));
        // The card drew the whole sample as its text...
        const auto found = std::find_if(drawn.texts.begin(), drawn.texts.end(),
                                        [&](const ui::DrawnText& t) { return t.text == sample.text; });
        REQUIRE(found != drawn.texts.end());
        CHECK(drawn.text_box.contains(found->output));
        // ...with ink where it stands...
        const Ink ink = ink_in(drawn.image, found->output);
        CHECK(ink.dark > 200);
        // ...and every run of it in a face that has each of its characters.
        const text::TextStyle style{text::FontRole::regular, 48, static_cast<int>(drawn.text_box.w), text::Align::center};
        const text::TextLayout layout = engine.layout(sample.text, style);
        for (const text::LaidOutLine& line : layout.lines) {
            for (const text::PlacedRun& run : line.runs) {
                const auto font = engine.fonts().font_for(run.shaping);
                REQUIRE(font.font != nullptr);
                for (const auto& decoded : text::unicode::decode_utf8(run.text)) {
                    if (text::unicode::is_default_ignorable(decoded.code_point)) continue;
                    CAPTURE(run.text, decoded.code_point);
                    CHECK(TTF_GlyphIsProvided32(font.font, decoded.code_point) != 0);
                }
            }
        }
    }
}

TEST_CASE("Emoji on a card are in colour, and ZWJ sequences and flags are single glyphs") {
    const Drawn drawn = draw_card(std::string(text::unicode_samples[0].text));
    const auto found = std::find_if(drawn.texts.begin(), drawn.texts.end(),
                                    [](const ui::DrawnText& t) { return t.text == text::unicode_samples[0].text; });
    REQUIRE(found != drawn.texts.end());
    CHECK(ink_in(drawn.image, found->output).coloured > 2000);
    text::TextEngine& engine = game_text_engine();
    const text::TextLayout layout = engine.layout("\U0001F468\u200D\U0001F469\u200D\U0001F467 \U0001F1EB\U0001F1F7",
                                                  {text::FontRole::regular, 48});
    REQUIRE(layout.lines.size() == 1);
    int emoji_runs = 0;
    for (const text::PlacedRun& run : layout.lines[0].runs) emoji_runs += run.emoji ? 1 : 0;
    CHECK(emoji_runs >= 1);
    // A family drawn as one glyph is about as wide as one emoji, not three.
    const text::TextLayout family = engine.layout("\U0001F468\u200D\U0001F469\u200D\U0001F467", {text::FontRole::regular, 48});
    const text::TextLayout single = engine.layout("\U0001F468", {text::FontRole::regular, 48});
    CHECK(family.width < single.width * 2);
}

TEST_CASE("Card text is large, shrinks to fit long texts, and never goes below 48 px at 1080p") {
    text::TextEngine& engine = game_text_engine();
    const ui::Canvas canvas(1920, 1080, 0, 100);
    const ui::RectF box = canvas.to_output(ui::CardRenderer::text_box(ui::CardRenderer::card_rect(canvas.content())));
    const auto fit = [&](const std::string& words) {
        text::FitRequest request;
        request.style = {text::FontRole::regular, canvas.text_pixels(ui::type::card_text.size), static_cast<int>(box.w),
                         text::Align::center, ui::type::card_text.line_spacing};
        request.box_width = static_cast<int>(box.w);
        request.box_height = static_cast<int>(box.h);
        request.min_pixel_size = canvas.text_pixels(ui::type::minimum_card);
        request.ellipsize = true;
        return engine.fit(words, request);
    };
    const text::FitResult short_text = fit("What made you smile today?");
    CHECK(short_text.layout.pixel_size == 70);
    std::string long_text;
    while (long_text.size() < 280) long_text += "Tell me about a moment this week when you felt truly seen. ";
    const text::FitResult shrunk = fit(long_text);
    CHECK(shrunk.layout.pixel_size < 70);
    CHECK(shrunk.layout.pixel_size >= 48);
    CHECK(shrunk.fits);
    std::string huge;
    while (huge.size() < 1000) huge += "A very long card that no card could ever hold at a readable size. ";
    const text::FitResult cut = fit(huge);
    CHECK(cut.layout.pixel_size == 48);
    CHECK(cut.ellipsized);
}

TEST_CASE("Every word of every built-in language is drawn by a font that has it (no tofu in the UI)") {
    text::TextEngine& engine = game_text_engine();
    for (const LanguageInfo& language : available_languages()) {
        const auto source = builtin_data_file("strings", language.code + ".yaml");
        REQUIRE(source);
        const StringFileReadResult file = read_string_file(source->bytes, source->name);
        REQUIRE(file.file);
        for (const auto& [key, words] : file.file->texts) {
            if (words.empty()) continue;
            const text::TextLayout layout = engine.layout(words, {text::FontRole::bold, 32});
            for (const text::LaidOutLine& line : layout.lines) {
                for (const text::PlacedRun& run : line.runs) {
                    const auto font = engine.fonts().font_for(run.shaping);
                    REQUIRE(font.font != nullptr);
                    for (const auto& decoded : text::unicode::decode_utf8(run.text)) {
                        if (text::unicode::is_default_ignorable(decoded.code_point)) continue;
                        CAPTURE(language.code, key, decoded.code_point);
                        CHECK(TTF_GlyphIsProvided32(font.font, decoded.code_point) != 0);
                    }
                }
            }
        }
    }
}

TEST_CASE("Every feeling card shows how to say it, in the player's language, under its own words") {
    for (const char* language : {"en", "de"}) {
        CAPTURE(language);
        Settings settings;
        settings.language = language;
        TestGame game(1920, 1080, settings);
        game.open("card");
        Session& session = *game.game().night().session();
        for (int i = 0; i < 200 && session.view().card->kind != CardKind::feeling; ++i) game.key(SDLK_s);
        REQUIRE(session.view().card->kind == CardKind::feeling);
        game.settle();
        const std::string instruction(game.game().strings().text("card.instruction.feeling"));
        // The line may wrap: its first words are drawn, below every line of the card's text.
        const std::string start = instruction.substr(0, instruction.find(':'));
        std::optional<ui::RectF> line;
        for (const ui::DrawnText& drawn : game.texts()) {
            if (drawn.text.starts_with(start)) line = drawn.output;
        }
        REQUIRE(line);
        const std::string first_words = session.view().card->text.substr(0, 10);
        for (const ui::DrawnText& drawn : game.texts()) {
            if (drawn.text.starts_with(first_words)) CHECK(drawn.output.bottom() <= line->y + 1);
        }
        // Other kinds carry no such line.
        game.key(SDLK_RETURN);
        if (session.view().card->kind != CardKind::feeling) CHECK_FALSE(game.shows_part(start));
    }
}
