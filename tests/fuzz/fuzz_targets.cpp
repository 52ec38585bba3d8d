#include "fuzz_targets.hpp"

#include "core/deck/deck_reader.hpp"
#include "core/deck/deck_writer.hpp"
#include "core/deck/translation_reader.hpp"
#include "core/format/diagnostics.hpp"
#include "core/text/unicode.hpp"

#include <cstdio>
#include <cstdlib>

namespace kindling::fuzz {

namespace {

[[noreturn]] void violated(const char* property, std::string_view context) {
    throw PropertyViolation(property, std::string(context));
}

void check(bool holds, const char* property, std::string_view context = {}) {
    if (!holds) violated(property, context);
}

// Reads values out of the fuzzer's bytes; runs out gracefully by returning zeros.
class ByteSource {
public:
    explicit ByteSource(std::string_view bytes) : bytes_(bytes) {}
    unsigned byte() {
        if (bytes_.empty()) return 0;
        const auto value = static_cast<unsigned char>(bytes_.front());
        bytes_.remove_prefix(1);
        return value;
    }
    unsigned below(unsigned limit) { return limit == 0 ? 0 : byte() % limit; }
    // Any code points, including emoji, RTL letters and quotes, made into valid UTF-8.
    std::string text(std::size_t max_chars) {
        std::string out;
        const std::size_t length = below(static_cast<unsigned>(max_chars) + 1);
        for (std::size_t i = 0; i < length && !bytes_.empty(); ++i) {
            char32_t c = 0;
            switch (below(4)) {
                case 0: c = 0x20 + below(0x5F); break;                  // printable ASCII
                case 1: c = 0xA0 + (byte() << 4 | byte()) % 0x7000; break;  // BMP letters
                case 2: c = 0x1F300 + below(0x300); break;              // emoji
                default: c = static_cast<unsigned char>("\"'#:-\\ {}[]|>&*!%@`\n\t"[below(21)]); break;  // YAML specials
            }
            if (c >= 0xD800 && c <= 0xDFFF) c = 'x';
            unicode::append_utf8(out, c);
        }
        return out;
    }
    std::string slug() {
        std::string out = "s";
        for (unsigned i = below(12); i > 0; --i) out += "abcxyz019-"[below(9)];
        return out;
    }

private:
    std::string_view bytes_;
};

void check_diagnostics(const std::vector<Diagnostic>& diagnostics) {
    for (const Diagnostic& diagnostic : diagnostics) {
        check(diagnostic.file == "fuzz.yaml", "diagnostics name the file");
        check(!diagnostic.message.empty(), "diagnostics have a message");
        check(diagnostic.position.line >= 0 && diagnostic.position.column >= 0, "positions are not negative");
        check(unicode::is_valid_utf8(diagnostic.message), "messages are valid UTF-8");
    }
}

// Bytes with a translation_of line are read as a translation, as every loader does.
void read_bytes_as_translation(std::string_view bytes) {
    const TranslationReadResult result = read_deck_translation(bytes, "fuzz.yaml");
    check_diagnostics(result.diagnostics);
    check(result.ok() == (result.read_completely && result.error_count() == 0), "ok() is consistent");
    if (!result.ok()) return;
    check(!result.translation.cards.empty(), "a valid translation has cards");
    DeckReadOptions quiet;
    quiet.style_warnings = false;
    const std::string rewritten = write_deck_translation(result.translation);
    const DeckFileRead again = read_deck_or_translation(rewritten, "fuzz-rewritten.yaml", quiet);
    check(again.is_translation && again.ok(), "a valid translation still reads after writing", rewritten);
    check(again.translation.translation == result.translation, "a valid translation reads back equal", rewritten);
}

}  // namespace

void read_any_bytes_as_deck(std::string_view bytes) {
    if (is_translation_text(bytes)) {
        read_bytes_as_translation(bytes);
        return;
    }
    const DeckReadResult result = read_deck(bytes, "fuzz.yaml");
    check_diagnostics(result.diagnostics);
    check(result.ok() == (result.read_completely && result.error_count() == 0), "ok() is consistent");
    if (!result.ok()) return;
    check(!result.deck.cards.empty(), "a valid deck has cards");
    DeckReadOptions quiet;
    quiet.style_warnings = false;
    const std::string rewritten = write_deck(result.deck);
    const DeckReadResult again = read_deck(rewritten, "fuzz-rewritten.yaml", quiet);
    check(again.ok(), "a valid deck still reads after writing", rewritten);
    check(again.deck == result.deck, "a valid deck reads back equal after writing", rewritten);
}

void round_trip_generated_deck(std::string_view bytes) {
    ByteSource source(bytes);
    Deck deck;
    deck.id = source.slug();
    deck.title = "T" + source.text(40);
    deck.description = source.text(80);
    deck.author = source.text(20);
    if (source.below(2)) deck.theme = "play";
    const std::size_t cards = 1 + source.below(12);
    for (std::size_t i = 0; i < cards; ++i) {
        Card card;
        card.kind = all_card_kinds[source.below(all_card_kinds.size())];
        card.text = "x" + source.text(120);
        card.theme = deck.theme.empty() ? (source.below(2) ? "closeness" : "") : deck.theme;
        card.level = static_cast<int>(1 + source.below(3));
        card.intensity = all_intensities[source.below(3)];
        card.answers = all_answerers[source.below(5)];
        if (source.below(2)) card.timer_seconds = static_cast<int>(1 + source.below(250) * 14);
        for (unsigned t = source.below(3); t > 0; --t) card.tags.push_back("t" + source.text(10));
        card.note = source.text(30);
        deck.cards.push_back(std::move(card));
    }
    DeckReadOptions quiet;
    quiet.style_warnings = false;
    const std::string text = write_deck(deck);
    const DeckReadResult back = read_deck(text, "generated.yaml", quiet);
    std::string context = text;
    for (const Diagnostic& d : back.diagnostics) context += "\n" + format_diagnostic(d);
    check(back.ok(), "a generated deck reads without errors", context);
    check(back.deck == deck, "a generated deck reads back equal", context);
    check(write_deck(back.deck) == text, "the canonical form is a fixed point", context);

    // The rest of the bytes shape a translation of the deck, which must round-trip as well.
    DeckTranslation translation;
    translation.id = deck.id + "-tr";
    translation.translation_of = deck.id;
    translation.language = source.below(2) ? "de" : "pt-BR";
    if (source.below(2)) translation.title = "T" + source.text(40);
    translation.description = source.text(80);
    translation.author = source.text(20);
    for (std::size_t i = 0; i < cards; ++i) {
        if (source.below(3) == 0) continue;
        translation.cards.push_back({"c" + std::to_string(i), "x" + source.text(120), source.text(30)});
    }
    if (translation.cards.empty()) translation.cards.push_back({"c0", "x", ""});
    if (source.below(3) == 0) {
        ModeTranslation mode;
        if (source.below(2)) mode.title = "M" + source.text(40);
        mode.description = source.text(60);
        for (unsigned n = source.below(4); n > 0; --n) mode.set_titles.push_back(source.below(2) ? "S" + source.text(20) : "");
        if (source.below(2)) mode.closing_text = "c" + source.text(60);
        translation.mode = std::move(mode);
    }
    const std::string translated = write_deck_translation(translation);
    const DeckFileRead read = read_deck_or_translation(translated, "generated.de.yaml", quiet);
    std::string translated_context = translated;
    for (const Diagnostic& d : read.diagnostics()) translated_context += "\n" + format_diagnostic(d);
    check(read.is_translation && read.ok(), "a generated translation reads without errors", translated_context);
    check(read.translation.translation == translation, "a generated translation reads back equal", translated_context);
    check(write_deck_translation(read.translation.translation) == translated, "the canonical translation is a fixed point",
          translated_context);
}

int run_or_abort(void (*target)(std::string_view), std::string_view bytes) {
    try {
        target(bytes);
    } catch (const PropertyViolation& violation) {
        std::fprintf(stderr, "fuzz property violated: %s\n", violation.what());
        if (!violation.context.empty()) {
            std::fprintf(stderr, "--- the text involved:\n%.*s\n---\n", static_cast<int>(violation.context.size()),
                         violation.context.data());
        }
        std::abort();
    }
    return 0;
}

}  // namespace kindling::fuzz
