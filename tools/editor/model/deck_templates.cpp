#include "deck_templates.hpp"

#include "plain_letters.hpp"

namespace kindling::editor {

namespace {

Card card(CardKind kind, std::string text, int level, Intensity intensity, std::string theme = {},
          std::optional<int> timer = std::nullopt) {
    Card c;
    c.kind = kind;
    c.text = std::move(text);
    c.level = level;
    c.intensity = intensity;
    c.answers = default_answerer(kind);
    c.theme = std::move(theme);
    c.timer_seconds = timer;
    return c;
}

Deck blank() {
    Deck deck;
    deck.language = "en";
    deck.theme = "inner-world";
    // One empty card so the form opens on something to write; the validator asks for its text.
    deck.cards.push_back(card(CardKind::question, "", 1, Intensity::personal, "inner-world"));
    return deck;
}

Deck questions_for_two() {
    Deck deck;
    deck.language = "en";
    deck.theme = "inner-world";
    deck.description = "Questions for the two of us, from easy to deep.";
    deck.cards = {
        card(CardKind::question, "Which small sound in your day makes you feel at home?", 1, Intensity::company, "inner-world"),
        card(CardKind::guess, "Guess: what would I order if I could eat anywhere tonight?", 1, Intensity::company, "inner-world"),
        card(CardKind::question, "What is something you believed at twelve that still makes you smile?", 2, Intensity::personal, "inner-world"),
        card(CardKind::question, "When did you last feel really looked after by me? Share only as much as feels right.", 3, Intensity::private_, "inner-world"),
    };
    return deck;
}

Deck celebration() {
    Deck deck;
    deck.language = "en";
    deck.theme = "celebration";
    deck.description = "Cards for a friend's big day: memories, wishes and a little mischief.";
    deck.themes.push_back({"celebration", "Celebration", "Memories and wishes for the people we celebrate.", "#c0567a", ""});
    deck.cards = {
        card(CardKind::vote, "Everyone: who is most likely to give the longest speech tonight?", 1, Intensity::company, "celebration"),
        card(CardKind::question, "Everyone: what is one thing you hope never changes about the two of them?", 1, Intensity::company, "celebration"),
        card(CardKind::compliment, "Tell the person on your left one thing they did today that made the day better.", 1, Intensity::company, "celebration"),
    };
    deck.cards[0].answers = Answerer::everyone;
    deck.cards[1].answers = Answerer::everyone;
    return deck;
}

Deck party() {
    Deck deck;
    deck.language = "en";
    deck.theme = "play";
    deck.description = "Company-safe fun for friends around the table.";
    deck.cards = {
        card(CardKind::dare, "Describe the room as if it were a museum exhibit, in your best tour-guide voice.", 1, Intensity::company, "play", 30),
        card(CardKind::vote, "Everyone: who is most likely to befriend a stranger's dog?", 1, Intensity::company, "play"),
        card(CardKind::guess, "Guess: which board game would I secretly be brilliant at?", 1, Intensity::company, "play"),
    };
    return deck;
}

}  // namespace

const std::vector<DeckTemplate>& deck_templates() {
    static const std::vector<DeckTemplate> templates{
        {"Blank deck", "One empty card to start from.", blank},
        {"Questions for two", "A few questions from warm-up to deep, to show the levels.", questions_for_two},
        {"Celebration", "A wedding, birthday or farewell: its own theme and cards for everyone.", celebration},
        {"Party", "Company-safe dares, votes and guesses for friends.", party},
    };
    return templates;
}

std::string slug_from_title(std::string_view title) {
    std::string slug;
    for (const char c : without_accents(title)) {
        const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
            slug += lower;
        } else if (!slug.empty() && slug.back() != '-') {
            slug += '-';
        }
        if (slug.size() >= 64) break;
    }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    return slug.empty() ? "my-deck" : slug;
}

Deck deck_from_template(const DeckTemplate& deck_template, const std::string& title) {
    Deck deck = deck_template.make();
    deck.title = title.empty() ? "My deck" : title;
    deck.id = slug_from_title(deck.title);
    return deck;
}

}  // namespace kindling::editor
