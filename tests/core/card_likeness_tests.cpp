// The looser "asks much the same" measure that kindling-deck lint uses across decks, tried on
// cards that repeated an idea in the built-in decks (their texts as they were when issue 17 was
// filed) among cards that only share a topic or nothing at all.
#include "core/deck/card_likeness.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

using namespace kindling;

namespace {

// Pairs from issue 17 that repeat one idea with its key words.
const std::vector<std::pair<std::string_view, std::string_view>> repeated_ideas{
    {"Which meal feels like a warm blanket to you, and when did it first become that?",
     "Everyone: which meal feels like a warm blanket to you, and where did you first eat it?"},
    {"What is the nicest thing a stranger has ever said to you or done for you?",
     "Everyone: what is the kindest thing a stranger has ever done for you?"},
    {"How have you changed since we first met, in a way you are glad about?",
     "How has being together changed you in a way you are glad of?"},
    {"Guess my answer: which value would I hold onto even when it made life harder?",
     "What value would you keep hold of even if holding on to it cost you something?"},
    {"What does it look or sound like to you when you feel truly listened to?",
     "What makes you feel truly listened to, and who in your life does it best?"},
    {"What small, ordinary thing that you do together do you hope you never stop doing?",
     "What small thing we do together now do you hope we never stop doing?"},
    {"Hold your partner's hands and tell them about a moment you felt proud of them. Take your time.",
     "A moment when I felt really proud to be with you was ..."},
};
// Not asserted: "a free hour on a weeknight" and "the first hour of a free afternoon" share
// only "free", "hour" and "spend" and sit at the threshold; pairs that share no words at all
// (issue 17: admire-skill and your-gift, quickfire and compliment-battle) are beyond any
// measure of shared words.

// Cards of the built-in decks that ask different things, some on neighbouring topics (thanks,
// days, songs, touch).
const std::vector<std::string_view> different_cards{
    "Thank you for reaching out first that time when ... It meant a lot that you did.",
    "Tap out the rhythm of a song on the back of your partner's hand. They get three guesses to name it.",
    "What is your most gloriously useless talent? Demonstrate it, if it can be done from where you are.",
    "When in your life did you feel most deeply understood, and what did that person do?",
    "About replies that arrive later than I expected: I feel ... when ... and I need ... Then you say back what you heard.",
    "Look into each other's eyes for four minutes without speaking. Looking away is fine; come back when you're ready.",
    "Which object you own has the best story behind it? Tell the story.",
    "What do you hope people feel after spending time with you, long after they have gone home?",
    "Which feeling is hardest for you to put into words, and how can I make room for it?",
    "Each name something the other achieved this year that deserves more fuss, then plan a small celebration for both.",
    "Build a tiny fort from cushions, coats or whatever is near, then hold a meeting inside it about your next adventure.",
    "Hum a song for the other to guess in three tries, then swap. Keep score if you dare.",
    "When do you feel closest to each other, and when do you feel furthest apart?",
    "Three words that describe you at your best are ..., and here is why I chose them.",
    "What is something you wish you had found the words for earlier in your life?",
    "Guess my answer: after a draining day, what helps me recover faster than anything else?",
    "If I wrote you a thank-you letter for this year, the first line would be ...",
    "Become a very polite robot learning about humans, and ask your partner three questions about hugs.",
    "Take turns holding and gently rocking each other, the way you would comfort someone after a long, hard day.",
    "While your partner tells you about their day, rest a hand on their arm, just to say 'I'm here'.",
    "You have wonderful taste in ..., and my favourite example of it is ...",
    "Put together a tiny tasting plate from whatever snacks are nearby, and review each bite like serious food critics.",
    "Speak like a film-trailer narrator until your next turn. You may say 'in a world…' only once.",
    "Tell your partner three things you love about them, each in a different silly voice. Mean every single word.",
    "Something you do when you think nobody is noticing, and that I love, is ...",
    "Thank you for seeing something in me that I could not see myself, like ...",
    "Thank you for remembering a small detail about me, like when you ... It made me feel noticed.",
    "One of you holds the other, who talks about something weighing on them. Just listen; no advice unless it's asked for.",
    "What was the smallest good moment of your day, the one that almost slipped past unnoticed?",
    "Who is most likely to write a much-loved book one day? Once the votes are in, they tell us what it's about.",
};

}  // namespace

TEST_CASE("Cards repeating one idea in other words are found among many different cards") {
    std::vector<std::string_view> texts(different_cards.begin(), different_cards.end());
    const std::size_t first_pair = texts.size();
    for (const auto& [one, other] : repeated_ideas) {
        texts.push_back(one);
        texts.push_back(other);
    }
    const std::vector<SimilarPair> found = find_alike_texts(texts);

    for (std::size_t p = 0; p < repeated_ideas.size(); ++p) {
        const std::size_t one = first_pair + 2 * p;
        INFO(texts[one] << "\n  vs " << texts[one + 1]);
        CHECK(std::any_of(found.begin(), found.end(),
                          [&](const SimilarPair& pair) { return pair.first == one && pair.second == one + 1; }));
    }
    for (const SimilarPair& pair : found) {
        const bool a_repeated_idea = pair.first >= first_pair && pair.second == pair.first + 1 && (pair.first - first_pair) % 2 == 0;
        INFO(texts[pair.first] << "\n  vs " << texts[pair.second] << "\n  likeness " << pair.similarity);
        CHECK(a_repeated_idea);
    }
}

TEST_CASE("Likeness ignores case, punctuation and word endings, and needs two shared words") {
    const std::vector<std::string_view> texts{
        "Which SONG makes you dance?",
        "which songs make you dancing!",
        "Which song?",
        "Name a song.",
    };
    const std::vector<SimilarPair> found = find_alike_texts(texts);
    REQUIRE(found.size() == 1);
    CHECK(found[0].first == 0);
    CHECK(found[0].second == 1);
    CHECK(found[0].similarity == Approx(1.0));
}

TEST_CASE("Likeness stays bounded on hostile input made of the same few words") {
    std::vector<std::string> owned;
    for (int i = 0; i < 20'000; ++i) owned.push_back("hold hands and breathe slowly together " + std::to_string(i % 7));
    const std::vector<std::string_view> texts(owned.begin(), owned.end());
    // Every word is in far more than 4% of the texts, so none of them is an idea to compare on.
    CHECK(find_alike_texts(texts).empty());
}

TEST_CASE("A template many cards share is not an idea: only what the cards are about counts") {
    std::vector<std::string> owned;
    for (int i = 0; i < 150; ++i) {
        owned.push_back("About subject" + std::to_string(i) + ": I feel ... when ... and I need ... Then you say back what you heard.");
    }
    owned.push_back("About subject7: I feel ... when ... and I need ... Then you say back what you heard.");
    const std::vector<std::string_view> texts(owned.begin(), owned.end());
    const std::vector<SimilarPair> found = find_alike_texts(texts);
    CHECK(found.empty());  // one shared word ("subject7") is not enough
}
