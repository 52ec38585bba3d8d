// Deck translations in the game: the settings language decides the words of cards, deck titles
// and theme names, live and in the middle of a night, while the night itself stays the same.
#include "core/deck/deck_catalogue.hpp"
#include "game/game_fixture.hpp"
#include "support/fixtures.hpp"
#include "screens/screens.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>

using namespace kindling;
using namespace kindling::testing;

namespace {

constexpr std::string_view ladder_first_english = "What sound makes a place feel welcoming to you";
constexpr std::string_view ladder_first_german = "Bei welchem Geräusch fühlst du dich an einem Ort sofort willkommen";

void set_language(app::Game& game, const std::string& language) {
    Settings settings = game.settings();
    settings.language = language;
    CHECK(game.change_settings(settings).empty());
}

void show_card(TestGame& game) {
    game.game().screens().reset(screens::make_card_screen(game.game().screen_context()));
    game.settle();
}

}  // namespace

TEST_CASE("Translation files are never dealt as decks of their own") {
    const DeckCatalogue& library = builtin_library();
    CHECK(library.find("closeness-ladder-de") == nullptr);
    CHECK(library.problems.empty());
    CHECK(std::any_of(library.translations.begin(), library.translations.end(), [](const DeckTranslation& t) {
        return t.translation_of == "closeness-ladder" && t.language == "de";
    }));
}

TEST_CASE("With the language set to German, a translated card shows its German words, English again after switching back") {
    TestGame game;
    app::Game& g = game.game();
    set_language(g, "de");
    REQUIRE(g.decks().find("closeness-ladder") != nullptr);
    CHECK(g.decks().find("closeness-ladder")->title == "Die Nähe-Leiter");
    CHECK(g.decks().find("closeness")->title == "Nähe");

    g.night().plan(PlayStyle::couple, {"Alex", "Sam"}, 7);
    g.night().draft().mode = "closeness-ladder";
    g.night().begin_consent();
    REQUIRE(g.night().start().started);
    const SessionView german = g.night().session()->view();
    REQUIRE(german.card);
    CHECK(german.card->card_id == "ladder-1-01");
    CHECK(german.card->text.starts_with(ladder_first_german));
    CHECK(german.mode.title == "Die Nähe-Leiter");
    CHECK(german.mode.set_title == "Runde I");
    show_card(game);
    CHECK(game.shows_part("Bei welchem Geräusch"));
    CHECK_FALSE(game.shows_part("What sound"));

    // Mid-night: the same card, now in English; the night's saved form names it by its key.
    set_language(g, "en");
    const SessionView english = g.night().session()->view();
    REQUIRE(english.card);
    CHECK(english.card->card_id == "ladder-1-01");
    CHECK(english.card->text.starts_with(ladder_first_english));
    CHECK(english.mode.title == "Closeness Ladder");
    CHECK(english.mode.set_title == "Set I");
    CHECK(g.night().session()->saved_form().night.current == "closeness-ladder/ladder-1-01");
    show_card(game);
    CHECK(game.shows_part("What sound"));
    CHECK_FALSE(game.shows_part("Bei welchem Geräusch"));

    // Through the settings screen over the card on the table: the card turns German when the
    // players come back to it.
    g.screens().push(screens::make_settings_screen(g.screen_context()));
    game.settle();
    REQUIRE(game.top() == "settings");
    set_language(g, "de");
    g.screens().pop();
    game.settle();
    REQUIRE(game.top() == "card");
    CHECK(game.shows_part("Bei welchem Geräusch"));
    CHECK_FALSE(game.shows_part("What sound"));

    // A regional German falls back to the German translation.
    set_language(g, "de-AT");
    CHECK(g.night().session()->view().card->text.starts_with(ladder_first_german));
}

TEST_CASE("The player's own translations are checked against every loaded deck and used when they fit") {
    TemporaryDirectory folder;
    std::ofstream(folder.path() / "play.fr.yaml", std::ios::binary)
        << "kindling_deck: 1\nid: play-fr\ntranslation_of: play\nlanguage: fr\ncards:\n"
           "  - id: nature-documentary\n    text: \"Raconte les trente prochaines secondes comme un documentaire animalier.\"\n";
    std::ofstream(folder.path() / "gone.fr.yaml", std::ios::binary)
        << "kindling_deck: 1\nid: gone-fr\ntranslation_of: gone\nlanguage: fr\ncards:\n  - id: a\n    text: Bonjour\n";
    DeckCatalogue library = load_deck_catalogue({}, true, folder.path());
    REQUIRE(library.problems.size() == 1);
    CHECK(format_diagnostic(library.problems[0]).find("gone.fr.yaml:3:17: error: there is no deck \"gone\" to translate") != std::string::npos);
    CHECK(library.rejected_files == 1);

    const std::string english = library.find("play")->cards.at(0).text;
    library.show_in_language("fr-CA");
    CHECK(library.find("play")->cards.at(0).text == "Raconte les trente prochaines secondes comme un documentaire animalier.");
    CHECK(library.find("play")->cards.at(1).text == library.as_written.at(
        static_cast<std::size_t>(library.find("play") - library.decks.data())).cards.at(1).text);  // untranslated: base text
    library.show_in_language("en");
    CHECK(library.find("play")->cards.at(0).text == english);
}
