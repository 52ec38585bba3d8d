// Deck translations: reading, the canonical writer, applying a translation with per-card
// fallback, choosing a translation for a language, and the checks against the base deck.
#include "core/deck/deck_reader.hpp"
#include "core/deck/deck_translation.hpp"
#include "core/deck/deck_writer.hpp"
#include "core/deck/translation_checks.hpp"
#include "core/deck/translation_reader.hpp"
#include "core/session/session.hpp"
#include "support/fixtures.hpp"
#include "support/night_helpers.hpp"

#include <catch2/catch.hpp>

using namespace kindling;

namespace {

const char* const base_deck_text = R"(kindling_deck: 1
id: wedding
title: "Wedding memories"
description: "For the night after a wedding."
theme: wedding
themes:
  - id: wedding
    title: "Wedding"
    colour: "#c0567a"
cards:
  - id: first-dance
    kind: question
    text: "Which song would you choose for our first dance?"
    level: 2
  - id: toast
    kind: dare
    text: "Give a short toast to the person next to you."
    note: "Keep it short."
  - kind: question
    text: "A card without an id."
)";

const char* const german_text = R"(kindling_deck: 1
id: wedding-de
translation_of: wedding
language: de
title: "Hochzeitserinnerungen"
themes:
  - id: wedding
    title: "Hochzeit"
cards:
  - id: first-dance
    text: "Welches Lied hättest du gern für unseren ersten Tanz?"
)";

Deck base_deck() {
    DeckReadResult read = read_deck(base_deck_text, "wedding.yaml");
    REQUIRE(read.ok());
    return read.deck;
}

std::string messages(const std::vector<Diagnostic>& diagnostics) {
    std::string text;
    for (const Diagnostic& diagnostic : diagnostics) text += format_diagnostic(diagnostic) + "\n";
    return text;
}

}  // namespace

TEST_CASE("A translation file is told apart from a deck by its translation_of line") {
    CHECK(is_translation_text(german_text));
    CHECK(is_translation_text("\xEF\xBB\xBFkindling_deck: 1\r\n\"translation_of\" : play\r\n"));
    CHECK_FALSE(is_translation_text(base_deck_text));
    CHECK_FALSE(is_translation_text("note: \"translation_of: x\"\n  translation_of: nested\n"));
    const DeckFileRead read = read_deck_or_translation(german_text, "wedding.de.yaml");
    CHECK(read.is_translation);
    CHECK(read.ok());
    CHECK_FALSE(read_deck_or_translation(base_deck_text, "wedding.yaml").is_translation);
}

TEST_CASE("A translation reads into its model with positions for the cross checks") {
    const TranslationReadResult read = read_deck_translation(german_text, "wedding.de.yaml");
    REQUIRE(read.ok());
    CHECK(read.diagnostics.empty());
    const DeckTranslation& t = read.translation;
    CHECK(t.id == "wedding-de");
    CHECK(t.translation_of == "wedding");
    CHECK(t.language == "de");
    CHECK(t.title == "Hochzeitserinnerungen");
    REQUIRE(t.themes.size() == 1);
    CHECK(t.themes[0].title == "Hochzeit");
    REQUIRE(t.cards.size() == 1);
    CHECK(t.cards[0].id == "first-dance");
    CHECK(read.card_id_positions.at(0) == SourcePosition{10, 9});
    CHECK(read.translation_of_position == SourcePosition{3, 17});
}

TEST_CASE("A translation refuses the base deck's fields and repeated card ids, with their lines") {
    const TranslationReadResult read = read_deck_translation(R"(kindling_deck: 1
id: wedding-de
translation_of: wedding
language: de
cards:
  - id: toast
    text: "Ein Toast."
    timer: 30
  - id: toast
    text: "Noch ein Toast."
)", "t.yaml");
    CHECK_FALSE(read.ok());
    CHECK(messages(read.diagnostics) ==
          "t.yaml:8:5: error: \"timer\" cannot be set in a translated card: it comes from the base deck (a "
          "translation only translates texts)\n"
          "t.yaml:9:9: error: the card \"toast\" is translated twice; it was first translated at line 6\n");
}

TEST_CASE("A translation from a newer Kindling gets one clear message") {
    const TranslationReadResult read = read_deck_translation("kindling_deck: 7\ntranslation_of: x\nwhatever: 1\n", "n.yaml");
    CHECK(messages(read.diagnostics) ==
          "n.yaml:1:16: error: this translation was made for a newer Kindling (deck format 7); this version reads "
          "format 1. Update Kindling to use it.\n");
}

TEST_CASE("The canonical translation form reads back equal and is stable") {
    DeckTranslation t;
    t.id = "wedding-de";
    t.translation_of = "wedding";
    t.language = "de-AT";
    t.title = "Hochzeit: \"Erinnerungen\"";
    t.author = "Übersetzt von A.";
    t.themes = {{"wedding", "Hochzeit", "Der große Tag"}};
    t.cards = {{"first-dance", "Zeile eins\nZeile zwei 😀", "null"}, {"toast_2", "yes", ""}};
    const std::string text = write_deck_translation(t);
    CHECK(text ==
          "# yaml-language-server: $schema=../schema/deck.schema.json\n"
          "kindling_deck: 1\n"
          "id: wedding-de\n"
          "translation_of: wedding\n"
          "language: de-AT\n"
          "title: \"Hochzeit: \\\"Erinnerungen\\\"\"\n"
          "author: \"Übersetzt von A.\"\n"
          "themes:\n"
          "  - id: wedding\n"
          "    title: \"Hochzeit\"\n"
          "    description: \"Der große Tag\"\n"
          "cards:\n"
          "  - id: first-dance\n"
          "    text: \"Zeile eins\\nZeile zwei 😀\"\n"
          "    note: \"null\"\n"
          "  - id: toast_2\n"
          "    text: \"yes\"\n");
    const DeckFileRead back = read_deck_or_translation(text, "back.yaml");
    REQUIRE(back.is_translation);
    REQUIRE(back.ok());
    CHECK(back.translation.translation == t);
    CHECK(write_deck_translation(back.translation.translation) == text);
}

TEST_CASE("Applying a translation replaces texts by card id and keeps everything else") {
    const Deck base = base_deck();
    const DeckTranslation t = read_deck_translation(german_text, "wedding.de.yaml").translation;
    const Deck german = apply_translation(base, t);
    CHECK(german.id == "wedding");  // keys, history and saved nights stay language-independent
    CHECK(german.language == "de");
    CHECK(german.title == "Hochzeitserinnerungen");
    CHECK(german.description == base.description);  // not translated: the base text
    REQUIRE(german.themes.size() == 1);
    CHECK(german.themes[0].title == "Hochzeit");
    CHECK(german.themes[0].colour == "#c0567a");
    REQUIRE(german.cards.size() == 3);
    CHECK(german.cards[0].text == "Welches Lied hättest du gern für unseren ersten Tanz?");
    CHECK(german.cards[0].level == 2);
    CHECK(german.cards[0].kind == CardKind::question);
    CHECK(german.cards[1].text == base.cards[1].text);  // untranslated card: base text
    CHECK(german.cards[1].note == "Keep it short.");
    CHECK(german.cards[2].text == "A card without an id.");
}

TEST_CASE("The best translation: exact language, then the primary language, else the base text") {
    const Deck base = base_deck();
    DeckTranslation de;
    de.translation_of = "wedding";
    de.language = "de";
    DeckTranslation pt_br;
    pt_br.translation_of = "wedding";
    pt_br.language = "pt-BR";
    DeckTranslation other_deck;
    other_deck.translation_of = "play";
    other_deck.language = "fr";
    const std::vector<DeckTranslation> all{other_deck, de, pt_br};

    CHECK(best_translation(base, all, "de") == &all[1]);
    CHECK(best_translation(base, all, "DE") == &all[1]);
    CHECK(best_translation(base, all, "de-AT") == &all[1]);
    CHECK(best_translation(base, all, "pt-br") == &all[2]);
    CHECK(best_translation(base, all, "pt") == nullptr);  // a regional translation is not the language
    CHECK(best_translation(base, all, "fr") == nullptr);  // only for another deck
    CHECK(best_translation(base, all, "en") == nullptr);  // the base deck's own language
    CHECK(best_translation(base, all, "en-GB") == nullptr);
    CHECK(best_translation(base, all, "") == nullptr);

    const std::vector<Deck> bases{base};
    CHECK(localize_decks(bases, all, "de-CH").at(0).title == base.title);  // "de" has no title here
    CHECK(localize_decks(bases, all, "de-CH").at(0).language == "de");
    CHECK(localize_decks(bases, all, "it").at(0) == base);
}

TEST_CASE("Cross checks: unknown card and theme ids, missing base deck, duplicates, coverage") {
    const std::vector<Deck> decks{base_deck()};
    TranslationReadResult good = read_deck_translation(german_text, "wedding.de.yaml");
    TranslationReadResult wrong = read_deck_translation(R"(kindling_deck: 1
id: wedding-fr
translation_of: wedding
language: fr
themes:
  - id: play
    title: "Jeu"
  - id: weding
    title: "Mariage"
cards:
  - id: first-dance
    text: "Quelle chanson choisirais-tu pour notre première danse ?"
  - id: tost
    text: "Porte un toast."
)", "wedding.fr.yaml");
    TranslationReadResult again = read_deck_translation(german_text, "copy.de.yaml");
    TranslationReadResult orphan = read_deck_translation(R"(kindling_deck: 1
id: weding-it
translation_of: weding
language: it
cards:
  - id: a
    text: "Ciao"
)", "orphan.yaml");
    REQUIRE(good.ok());
    REQUIRE(wrong.ok());
    std::vector<TranslationReadResult*> all{&good, &wrong, &again, &orphan};
    check_translations(decks, all);

    CHECK(messages(good.diagnostics) ==
          "wedding.de.yaml:10:3: warning: 2 of 3 cards of \"wedding\" are not translated (toast); 1 of them has no "
          "id and cannot be; they are shown in the base deck's words\n");
    CHECK(messages(wrong.diagnostics) ==
          "wedding.fr.yaml:6:9: error: the deck \"wedding\" declares no theme \"play\"; the built-in themes are "
          "translated with the game's own words\n"
          "wedding.fr.yaml:8:9: error: the deck \"wedding\" declares no theme \"weding\"; did you mean \"wedding\"?\n"
          "wedding.fr.yaml:11:3: warning: 2 of 3 cards of \"wedding\" are not translated (toast); 1 of them has no "
          "id and cannot be; they are shown in the base deck's words\n"
          "wedding.fr.yaml:13:9: error: the deck \"wedding\" has no card \"tost\"; did you mean \"toast\"?\n");
    CHECK(messages(again.diagnostics) ==
          "copy.de.yaml:4:11: error: wedding.de.yaml already translates \"wedding\" into \"de\"; keep one "
          "translation per deck and language\n");
    CHECK(messages(orphan.diagnostics) ==
          "orphan.yaml:3:17: error: there is no deck \"weding\" to translate; did you mean \"wedding\"? A "
          "translation is checked and used next to its base deck.\n");
    CHECK_FALSE(wrong.ok());

    const TranslationCoverage coverage = translation_coverage(decks[0], good.translation);
    CHECK(coverage.translated == 1);
    CHECK(coverage.base_cards == 3);
    CHECK(coverage.without_id == 1);
}

TEST_CASE("A deck that writes translation_of in flow style is told how to write it") {
    const DeckReadResult read = read_deck("{kindling_deck: 1, id: a, title: A, translation_of: b, cards: [{kind: dare, text: Hop}]}",
                                          "flow.yaml");
    CHECK_FALSE(read.ok());
    INFO(messages(read.diagnostics));
    CHECK(messages(read.diagnostics).find("flow.yaml:1:37: error: \"translation_of\" makes this file a translation") !=
          std::string::npos);
}

TEST_CASE("A language change mid-night changes the words, never the night") {
    using kindling::testing::couple;
    const std::vector<Deck> english{kindling::testing::generous_deck("mixed", {"play", "closeness"}, 4)};
    DeckTranslation german;
    german.id = "mixed-de";
    german.translation_of = "mixed";
    german.language = "de";
    for (const Card& card : english[0].cards) german.cards.push_back({card.id, "Karte " + card.id + "?", ""});
    const std::vector<Deck> translated = localize_decks(english, std::vector<DeckTranslation>{german}, "de");

    ManualClock clock;
    ManualClock same_clock;
    SessionStart in_english = Session::start(couple(10, 3), english, ConsentBook(2), clock);
    SessionStart switching = Session::start(couple(10, 3), english, ConsentBook(2), same_clock);
    REQUIRE(in_english.session);
    REQUIRE(switching.session);
    for (int turn = 0; turn < 6; ++turn) {
        if (turn == 2) switching.session->use_words_of(translated);
        if (turn == 4) switching.session->use_words_of(english);
        if (turn == 5) switching.session->use_words_of(translated);
        const SessionView a = in_english.session->view();
        const SessionView b = switching.session->view();
        REQUIRE(a.card);
        REQUIRE(b.card);
        CHECK(a.card->card_id == b.card->card_id);  // the same night, card for card
        if (turn >= 2 && turn != 4) CHECK(b.card->text == "Karte " + b.card->card_id + "?");
        else CHECK(b.card->text == a.card->text);
        REQUIRE(in_english.session->apply(Action::done()) == ActionResult::applied);
        REQUIRE(switching.session->apply(Action::done()) == ActionResult::applied);
    }
    // Saved nights name cards by key; the played texts follow the current language.
    const SavedNight saved = switching.session->saved_form();
    const SavedNight reference = in_english.session->saved_form();
    REQUIRE(saved.night.played.size() == reference.night.played.size());
    for (std::size_t i = 0; i < saved.night.played.size(); ++i) {
        CHECK(saved.night.played[i].key == reference.night.played[i].key);
        CHECK(saved.night.played[i].text.starts_with("Karte "));
    }
    CHECK(saved.night.current == reference.night.current);
}

TEST_CASE("A translation gives the words of the base deck's play mode and nothing else about it") {
    const DeckReadResult base = read_deck(R"(kindling_deck: 1
id: rounds
title: Rounds
mode:
  id: rounds
  title: "Two rounds"
  sets:
    - title: "Warm-up"
      cards: [a]
    - cards: [b]
  closing:
    text: "Hold hands."
    timer: 60
cards:
  - id: a
    kind: question
    text: "A?"
  - id: b
    kind: question
    text: "B?"
)", "rounds.yaml");
    REQUIRE(base.ok());
    const char* const text = R"(kindling_deck: 1
id: rounds-de
translation_of: rounds
language: de
mode:
  title: "Zwei Runden"
  sets:
    - {}
    - title: "Tiefer"
  closing:
    text: "Haltet euch an den Händen."
cards:
  - id: a
    text: "A auf Deutsch?"
  - id: b
    text: "B auf Deutsch?"
)";
    TranslationReadResult read = read_deck_translation(text, "rounds.de.yaml");
    REQUIRE(read.ok());
    REQUIRE(read.translation.mode);
    CHECK(read.translation.mode->set_titles == std::vector<std::string>{"", "Tiefer"});
    CHECK(write_deck_translation(read.translation, {""}) == text);  // already in canonical form

    const Deck german = apply_translation(base.deck, read.translation);
    REQUIRE(german.mode);
    CHECK(german.mode->title == "Zwei Runden");
    CHECK(german.mode->sets[0].title == "Warm-up");
    CHECK(german.mode->sets[1].title == "Tiefer");
    CHECK(german.mode->closing->text == "Haltet euch an den Händen.");
    CHECK(german.mode->closing->timer == base.deck.mode->closing->timer);
    CHECK(german.mode->id == "rounds");

    std::vector<TranslationReadResult*> checked{&read};
    check_translations(std::vector<Deck>{base.deck}, checked);
    CHECK(read.diagnostics.empty());

    TranslationReadResult wrong = read_deck_translation(R"(kindling_deck: 1
id: rounds-fr
translation_of: rounds
language: fr
mode:
  id: tours
  sets:
    - title: "Un"
    - title: "Deux"
    - title: "Trois"
      count: 2
cards:
  - id: a
    text: "A ?"
)", "rounds.fr.yaml");
    CHECK(messages(wrong.diagnostics) ==
          "rounds.fr.yaml:6:3: error: \"id\" cannot be set in a translated mode: it comes from the base deck (a "
          "translation only translates texts)\n"
          "rounds.fr.yaml:11:7: error: \"count\" cannot be set in a translated set: it comes from the base deck (a "
          "translation only translates texts)\n");
    TranslationReadResult extra = read_deck_translation(R"(kindling_deck: 1
id: rounds-fr
translation_of: rounds
language: fr
mode:
  sets:
    - title: "Un"
    - title: "Deux"
    - title: "Trois"
cards:
  - id: a
    text: "A ?"
  - id: b
    text: "B ?"
)", "rounds.fr.yaml");
    REQUIRE(extra.ok());
    std::vector<TranslationReadResult*> extra_checked{&extra};
    check_translations(std::vector<Deck>{base.deck}, extra_checked);
    CHECK(messages(extra.diagnostics) == "rounds.fr.yaml:9:7: error: the mode of \"rounds\" has 2 sets; this is set 3\n");
}
