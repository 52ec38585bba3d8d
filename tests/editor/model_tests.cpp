// The smaller pieces of the editor's model: filters, read-aloud time, the play-test dealer,
// shortcuts, settings, templates and the file browser.
#include "editor_test_decks.hpp"

#include "model/card_query.hpp"
#include "model/deck_document.hpp"
#include "model/editable_deck.hpp"
#include "model/deck_templates.hpp"
#include "model/editor_settings.hpp"
#include "model/file_browser_model.hpp"
#include "model/play_test_dealer.hpp"
#include "model/read_aloud.hpp"
#include "model/shortcuts.hpp"

#include "core/text/atomic_file.hpp"
#include "core/deck/deck_reader.hpp"
#include "core/deck/deck_writer.hpp"
#include "support/fixtures.hpp"

#include <catch2/catch.hpp>

using namespace kindling;
using namespace kindling::editor;
using kindling::editor::test_decks::sample_deck;
using kindling::testing::TemporaryDirectory;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> ids(const Deck& deck, const std::vector<std::size_t>& rows) {
    std::vector<std::string> out;
    for (std::size_t row : rows) out.push_back(deck.cards[row].id);
    return out;
}

}  // namespace

TEST_CASE("Cards filter by kind, theme, level, intensity, tag and words in any case") {
    Deck deck = sample_deck();
    deck.cards[3].intensity = Intensity::private_;
    deck.cards[4].theme = "gratitude";
    const CardSort in_order;
    CardFilter filter;
    CHECK_FALSE(filter.active());
    CHECK(query_cards(deck, filter, in_order).size() == 5);

    filter.kind = CardKind::question;
    CHECK(ids(deck, query_cards(deck, filter, in_order)) == std::vector<std::string>{"moon", "future"});
    filter.level = 2;
    CHECK(ids(deck, query_cards(deck, filter, in_order)) == std::vector<std::string>{"future"});
    filter = {};
    filter.intensity = Intensity::private_;
    CHECK(ids(deck, query_cards(deck, filter, in_order)) == std::vector<std::string>{"future"});
    filter = {};
    filter.theme = "gratitude";
    CHECK(ids(deck, query_cards(deck, filter, in_order)) == std::vector<std::string>{"thanks"});
    filter = {};
    filter.tag = "touch";
    CHECK(ids(deck, query_cards(deck, filter, in_order)) == std::vector<std::string>{"hands"});
    filter = {};
    filter.search = "  MOON   rename ";
    CHECK(filter.active());
    CHECK(ids(deck, query_cards(deck, filter, in_order)) == std::vector<std::string>{"moon"});
    filter.search = "calm";  // tags are searched too
    CHECK(ids(deck, query_cards(deck, filter, in_order)) == std::vector<std::string>{"hands"});
    filter.search = "moon nothing";
    CHECK(query_cards(deck, filter, in_order).empty());
}

TEST_CASE("Searching folds accented and Cyrillic capitals") {
    Deck deck = sample_deck();
    deck.cards[0].text = "\xC3\x84rger \xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82";  // Ärger Привет
    CardFilter filter;
    filter.search = "\xC3\xA4rger \xD0\xBF\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82";     // ärger привет
    CHECK(query_cards(deck, filter, {}).size() == 1);
}

TEST_CASE("Sorting is stable and never changes the deck") {
    const Deck deck = sample_deck();
    CHECK(ids(deck, query_cards(deck, {}, {CardColumn::level, true})) ==
          std::vector<std::string>{"thanks", "hands", "future", "hum", "moon"});
    CHECK(ids(deck, query_cards(deck, {}, {CardColumn::text, false})) ==
          std::vector<std::string>{"hands", "hum", "moon", "thanks", "future"});
    CHECK(ids(deck, query_cards(deck, {}, {CardColumn::kind, false})) ==
          std::vector<std::string>{"hum", "hands", "thanks", "moon", "future"});  // dare, gesture, gratitude, question
    CHECK(deck == sample_deck());
    CHECK(tags_in(deck) == std::vector<std::string>{"calm", "music", "touch"});
}

TEST_CASE("Read-aloud time grows with words and sentences") {
    CHECK(estimated_read_aloud_seconds("") == 1);
    CHECK(estimated_read_aloud_seconds("Hello.") == 1);
    const int short_card = estimated_read_aloud_seconds("What is a dream you have not told me about yet?");
    CHECK(short_card == 4);  // 11 words at 2.5 words a second
    const std::string long_text =
        "Tell me about a place you would like to show me one day. What would we do first? "
        "Who would we meet there, and what would you want me to notice most?";
    CHECK(estimated_read_aloud_seconds(long_text) > 10);
    // Chinese is counted by characters: 12 characters at 4.5 a second.
    CHECK(estimated_read_aloud_seconds("\xE4\xBD\xA0\xE6\x9C\x80\xE5\x96\x9C\xE6\xAC\xA2\xE7\x9A\x84\xE5\xA4\xA9"
                                       "\xE6\xB0\x94\xE6\x98\xAF\xE4\xBB\x80\xE4\xB9\x88\xE6\xA0\xB7\xE7\x9A\x84") == 3);
    CHECK(estimated_read_aloud_seconds("\xF0\x9F\x98\x8A\xF0\x9F\x98\x8A\xF0\x9F\x98\x8A") == 1);  // emoji are not spoken
}

TEST_CASE("The play-test deals with the game's own rules: within the limit, light first, nothing twice") {
    Deck deck = sample_deck();
    for (int i = 0; i < 6; ++i) {
        deck.cards.push_back(test_decks::test_card("extra" + std::to_string(i), CardKind::question, "Extra " + std::to_string(i), 1 + i % 3));
    }
    deck.cards[1].intensity = Intensity::private_;
    const GameNightDealer dealer;
    CHECK(dealer.name().find("game's own rules") != std::string::npos);

    PlayTestSettings settings;
    settings.cards = 6;
    settings.most_private = Intensity::personal;
    const std::vector<std::size_t> dealt = dealer.deal(deck, settings);
    REQUIRE(dealt.size() == 6);
    for (std::size_t index : dealt) CHECK(deck.cards[index].intensity <= Intensity::personal);
    // Game Night starts at the lightest level and never jumps more than one level deeper.
    CHECK(deck.cards[dealt.front()].level == 1);
    for (std::size_t i = 1; i < dealt.size(); ++i) CHECK(deck.cards[dealt[i]].level <= deck.cards[dealt[i - 1]].level + 1);
    std::vector<std::size_t> sorted = dealt;
    std::sort(sorted.begin(), sorted.end());
    CHECK(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());

    settings.seed = 2;
    const auto other = dealer.deal(deck, settings);
    CHECK(dealer.deal(deck, settings) == other);  // same seed, same deal
    settings.cards = 100;
    CHECK(dealer.deal(deck, settings).size() == 10);  // all 10 within the limit, nothing twice
    settings.most_private = Intensity::company;
    for (Card& card : deck.cards) card.intensity = Intensity::private_;
    CHECK(dealer.deal(deck, settings).empty());  // nothing within the limit: nothing dealt
}

TEST_CASE("Shortcuts dispatch by key and modifiers, and leave text-field keys to fields") {
    const Modifiers ctrl{true, false, false};
    const Modifiers ctrl_shift{true, true, false};
    CHECK(action_for(Key::s, ctrl, false) == EditorAction::save);
    CHECK(action_for(Key::s, ctrl_shift, false) == EditorAction::save_as);
    CHECK(action_for(Key::s, ctrl, true) == EditorAction::save);  // saving works while typing
    CHECK(action_for(Key::z, ctrl, false) == EditorAction::undo);
    CHECK(action_for(Key::z, ctrl_shift, false) == EditorAction::redo);
    CHECK_FALSE(action_for(Key::z, ctrl, true).has_value());      // the field undoes its typing
    CHECK(action_for(Key::del, {}, false) == EditorAction::delete_cards);
    CHECK_FALSE(action_for(Key::del, {}, true).has_value());
    CHECK_FALSE(action_for(Key::s, {}, false).has_value());
    CHECK(shortcut_label(EditorAction::redo) == "Ctrl+Shift+Z");
    CHECK(shortcut_label(EditorAction::find) == "Ctrl+F");
    // Every shortcut is unique.
    for (const Shortcut& a : shortcuts()) {
        CHECK(std::count_if(shortcuts().begin(), shortcuts().end(), [&](const Shortcut& b) {
                  return a.key == b.key && a.modifiers.ctrl == b.modifiers.ctrl && a.modifiers.shift == b.modifiers.shift;
              }) == 1);
    }
}

TEST_CASE("Settings round-trip and bad settings files fall back to defaults") {
    TemporaryDirectory folder;
    const fs::path file = folder.path() / "config" / "editor.json";
    std::string problem;
    CHECK(load_settings(file, problem) == EditorSettings{});
    CHECK(problem.empty());

    EditorSettings settings;
    settings.change_text_size(+500);
    CHECK(settings.text_size_percent == EditorSettings::max_text_size);
    settings.remember_recent("/a/one.yaml");
    settings.remember_recent("/a/two.yaml");
    settings.remember_recent("/a/one.yaml");
    CHECK(settings.recent_files == std::vector<std::string>{"/a/one.yaml", "/a/two.yaml"});
    std::string error;
    REQUIRE(save_settings(file, settings, error));
    CHECK(load_settings(file, problem) == settings);

    REQUIRE(write_file_atomically(file, "{ not json"));
    CHECK(load_settings(file, problem) == EditorSettings{});
    CHECK(problem.find(file.string()) == 0);
}

TEST_CASE("Every template makes a deck the validator accepts once its cards have text") {
    for (const DeckTemplate& deck_template : deck_templates()) {
        INFO(deck_template.name);
        Deck deck = deck_from_template(deck_template, "Anna's 30th: Memories!");
        CHECK(deck.id == "anna-s-30th-memories");
        for (Card& card : deck.cards) {
            if (card.text.empty()) card.text = "A first card.";
        }
        const DeckReadResult reread = read_deck(write_deck(deck), "template");
        CHECK(reread.error_count() == 0);
    }
    CHECK(slug_from_title("!!!") == "my-deck");
}

TEST_CASE("The file browser lists folders first, then only matching files, and navigates by keyboard") {
    TemporaryDirectory folder;
    fs::create_directories(folder.path() / "sub");
    fs::create_directories(folder.path() / ".hidden");
    for (const char* name : {"b.yaml", "A.yml", "notes.txt", "cards.csv"}) {
        REQUIRE(write_file_atomically(folder.path() / name, "x"));
    }
    FileBrowserModel browser(BrowsePurpose::open_deck, folder.path());
    std::vector<std::string> names;
    for (const BrowserEntry& entry : browser.entries()) names.push_back(entry.name);
    CHECK(names == std::vector<std::string>{"sub", "A.yml", "b.yaml"});
    CHECK(browser.selected() == 0u);

    browser.move_selection(+5);
    CHECK(browser.selected() == 2u);
    CHECK(browser.typed_name == "b.yaml");
    browser.select_by_prefix("a");
    CHECK(browser.selected() == 1u);
    CHECK(browser.activate_selected() == folder.path() / "A.yml");

    browser.move_selection(-10);
    CHECK_FALSE(browser.activate_selected().has_value());  // a folder: go inside
    CHECK(browser.folder() == folder.path() / "sub");
    REQUIRE(browser.go_up());
    CHECK(browser.folder() == folder.path());
    CHECK(browser.entries()[*browser.selected()].name == "sub");

    browser.set_show_hidden(true);
    CHECK(browser.entries().size() == 4);

    FileBrowserModel csv(BrowsePurpose::import_csv, folder.path());
    REQUIRE(csv.entries().size() == 2);  // sub and cards.csv
    CHECK(csv.entries().back().name == "cards.csv");
}

TEST_CASE("Typed names open, save with the right extension, and report what is wrong") {
    TemporaryDirectory folder;
    fs::create_directories(folder.path() / "sub");
    REQUIRE(write_file_atomically(folder.path() / "deck.yaml", "x"));

    FileBrowserModel open(BrowsePurpose::open_deck, folder.path());
    open.typed_name = "sub";
    CHECK_FALSE(open.accept_typed().has_value());
    CHECK(open.folder() == folder.path() / "sub");
    open.typed_name = "../deck.yaml";
    CHECK(open.accept_typed() == folder.path() / "deck.yaml");
    open.typed_name = "missing.yaml";
    CHECK_FALSE(open.accept_typed().has_value());
    CHECK(open.error().find("there is no file") == 0);

    FileBrowserModel save(BrowsePurpose::save_deck, folder.path() / "deck.yaml", "wedding");
    CHECK(save.folder() == folder.path());
    CHECK(save.accept_typed() == folder.path() / "wedding.yaml");
    save.typed_name = "nowhere/else.yaml";
    CHECK_FALSE(save.accept_typed().has_value());
    CHECK(save.error().find("there is no folder") == 0);

    FileBrowserModel missing(BrowsePurpose::open_deck, folder.path() / "gone" / "deeper");
    CHECK(missing.folder() == folder.path());  // the closest folder that exists
}

TEST_CASE("Accents do not stand in the way: search and new-deck file names") {
    Deck deck = sample_deck();
    deck.cards[1].text = "Cr\xC3\xA8me br\xC3\xBBl\xC3\xA9" "e or \xC5\x81\xC3\xB3" "d\xC5\xBA?";  // Crème brûlée or Łódź?
    CardFilter filter;
    filter.search = "creme brulee";
    CHECK(ids(deck, query_cards(deck, filter, {})) == std::vector<std::string>{"moon"});
    filter.search = "lodz";
    CHECK(ids(deck, query_cards(deck, filter, {})) == std::vector<std::string>{"moon"});
    CHECK(slug_from_title("Caf\xC3\xA9 f\xC3\xBCr uns") == "cafe-fur-uns");  // Café für uns
    CHECK(slug_from_title("Stra\xC3\x9F" "e") == "strasse");                // Straße
    CHECK(slug_from_title("\xE6\x97\xA5\xE6\x9C\xAC") == "my-deck");        // no Latin letters at all
}

TEST_CASE("A translation opened for editing shows its whole header, and saving writes the edited header back") {
    const std::string bytes =
        "kindling_deck: 1\nid: ours-de\ntranslation_of: ours\nlanguage: de\ntitle: Unseres\n"
        "description: Fragen für zwei\nauthor: Übersetzt von A.\nlicence: CC0-1.0\ncards:\n"
        "  - id: first\n    text: Was hat dich zum Lächeln gebracht?\n";
    const DeckDocument document = DeckDocument::open_built_in(bytes, "built-in:ours.de.yaml");
    REQUIRE(document.translation());
    const DeckTranslation& opened = *document.translation();
    CHECK(header_of(document.deck()) == header_of(opened));
    CHECK(document.deck().licence == "CC0-1.0");
    CHECK(document.deck().author == "Übersetzt von A.");

    Deck edited = document.deck();
    edited.title = "Unser Abend";
    edited.licence = "CC-BY-4.0";
    edited.format_version = 7;  // the editor never changes a translation's version
    const DeckTranslation written = translation_to_write(opened, edited);
    CHECK(written.title == "Unser Abend");
    CHECK(written.licence == "CC-BY-4.0");
    CHECK(written.description == "Fragen für zwei");
    CHECK(written.format_version == opened.format_version);
    CHECK(written.translation_of == "ours");
}

TEST_CASE("The deck's properties carry the whole header and the themes, and put them back") {
    Deck deck = kindling::editor::test_decks::sample_deck();
    deck.author = "Ana";
    deck.licence = "CC0-1.0";
    deck.description = "For two";
    Deck other;
    apply_info(other, info_of(deck));
    CHECK(header_of(other) == header_of(deck));
    CHECK(other.theme == deck.theme);
    CHECK(other.themes == deck.themes);
    CHECK(other.cards.empty());
}
