#include "deck-generator/deck_generator.hpp"

#include <array>
#include <string_view>

namespace kindling::testing {

namespace {

constexpr std::array<std::string_view, 124> plain_words{
    "what", "is", "a", "small", "thing", "you", "love", "about", "our", "evenings", "when", "did", "last", "feel", "proud", "of", "yourself", "tell", "me", "the", "story", "behind", "that", "which", "song", "smell", "place", "friend", "memory", "teacher", "meal", "walk", "morning", "winter", "summer", "rain", "window", "kitchen", "garden", "train", "journey", "letter", "photo", "gift", "surprise", "laugh", "secret", "dream", "fear", "hope", "plan", "weekend", "holiday", "birthday", "habit", "ritual", "promise", "question", "answer", "colour", "sound", "taste", "touch", "word", "name", "childhood", "school", "neighbour", "city", "village", "river", "mountain", "sea", "forest", "book", "film", "game", "dance", "street", "market", "favourite", "strange", "quiet", "brave", "gentle", "silly", "warm", "slow", "early", "late", "first", "best", "hardest", "easiest", "kindest", "funniest", "oldest", "newest", "longest", "shortest", "brightest", "softest", "learn", "teach", "share", "miss", "keep", "lose", "find", "choose", "remember", "forget", "notice", "imagine", "hum", "draw", "cook", "read", "write", "sing", "build", "fix", "grow", "visit"};

constexpr std::array<std::string_view, 30> tricky_words{
    "null", "yes", "No", "~", "true", "#hash", "a: b", "- dash", "'single'", "\"double\"",
    "back\\slash", "tab\there", "\xF0\x9F\x98\x80",                              // 😀
    "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7",  // family ZWJ
    "\xF0\x9F\x87\xA9\xF0\x9F\x87\xAA",                                          // flag
    "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D",                                          // Hebrew
    "\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7",                                  // Arabic
    "\xE4\xBD\xA0\xE5\xA5\xBD",                                                  // CJK
    "e\xCC\x81",                                                                 // e + combining acute
    "{brace}", "[bracket]", "%percent", "@at", "`tick`", "&amp", "*star", "!bang", "|pipe",
    ">greater", "line\nbreak"};

template <typename Container>
std::string_view pick(std::mt19937_64& random, const Container& items) {
    return items[std::uniform_int_distribution<std::size_t>(0, items.size() - 1)(random)];
}

std::string random_text(std::mt19937_64& random, const DeckShape& shape) {
    const std::size_t words = std::uniform_int_distribution<std::size_t>(shape.min_words, shape.max_words)(random);
    std::string text;
    const bool tricky = shape.tricky_text && random() % 3 == 0;
    if (tricky && random() % 4 == 0) text += "  ";  // leading spaces
    for (std::size_t i = 0; i < words; ++i) {
        if (i > 0) text += ' ';
        text += tricky && random() % 3 == 0 ? pick(random, tricky_words) : pick(random, plain_words);
    }
    text += random() % 2 == 0 ? "?" : ".";
    if (tricky && random() % 4 == 0) text += "  ";  // trailing spaces
    return text;
}

}  // namespace

Deck random_deck(std::uint64_t seed, const DeckShape& shape) {
    std::mt19937_64 random(seed);
    Deck deck;
    deck.id = "generated-" + std::to_string(seed % 100000);
    deck.title = shape.tricky_text ? "Generated: \"" + random_text(random, {1, true, 1, 3}) + "\"" : "Generated deck";
    if (random() % 2 == 0) deck.description = random_text(random, shape);
    if (random() % 2 == 0) deck.language = pick(random, std::array<std::string_view, 4>{"en", "de", "pt-BR", "no"});
    if (random() % 2 == 0) deck.author = "Ana & \"Bo\": #1";
    if (random() % 2 == 0) deck.licence = "CC-BY-4.0";
    const bool custom_theme = random() % 3 == 0;
    if (custom_theme) deck.themes.push_back({"wedding", "Wedding memories", "For a friend's night: yes", "#c0567a", "rings"});
    const bool deck_theme = random() % 2 == 0;
    if (deck_theme) deck.theme = "inner-world";

    const auto& themes = builtin_themes();
    for (std::size_t i = 0; i < shape.cards; ++i) {
        Card card;
        if (random() % 2 == 0) card.id = "card-" + std::to_string(i);
        card.kind = all_card_kinds[random() % all_card_kinds.size()];
        card.text = random_text(random, shape);
        if (deck_theme && random() % 2 == 0) card.theme = deck.theme;
        else if (custom_theme && random() % 5 == 0) card.theme = "wedding";
        else if (deck_theme || random() % 4 != 0) card.theme = themes[random() % themes.size()].id;
        card.level = static_cast<int>(1 + random() % 3);
        card.intensity = all_intensities[random() % all_intensities.size()];
        card.answers = all_answerers[random() % all_answerers.size()];
        if (random() % 3 == 0) card.timer_seconds = static_cast<int>(1 + random() % 3600);
        const std::size_t tags = random() % 4;
        for (std::size_t t = 0; t < tags; ++t) {
            card.tags.emplace_back(random() % 4 == 0 ? pick(random, std::array<std::string_view, 5>{"yes", "null", "a b", "#x", "\xF0\x9F\x98\x80"})
                                                     : pick(random, plain_words));
        }
        if (random() % 6 == 0) card.note = random_text(random, shape);
        deck.cards.push_back(std::move(card));
    }
    return deck;
}

}  // namespace kindling::testing
