// The editor with Dear ImGui, headless: emoji survive editing and saving, frames render, and
// closing or quitting with unsaved work asks first.
#include "headless_editor.hpp"

#include "model/card_edits.hpp"
#include "model/workspace.hpp"
#include "ui/zenity_file_chooser.hpp"

#include "core/deck/deck_reader.hpp"
#include "core/deck/deck_writer.hpp"
#include "support/run_command.hpp"
#include "support/special_files.hpp"

#include <catch2/catch.hpp>
#include <imgui.h>
#include <imgui_stdlib.h>
#include <stb/stb_image.h>

#include <set>
#include <sys/wait.h>
#include <unistd.h>

using namespace kindling;
using namespace kindling::editor;
using kindling::editor::testing::HeadlessEditor;
using kindling::editor::testing::options_in;
using kindling::testing::TemporaryDirectory;
namespace fs = std::filesystem;

namespace {

// Emoji of every shape: plain, with a skin tone, a ZWJ family, a flag pair, a BMP heart with
// VS16, and a character beyond U+FFFF that is not an emoji (mathematical script A).
const std::string tricky = "Hug me \xF0\x9F\xA4\x97, thumbs \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD, couple "
                           "\xF0\x9F\x91\xA9\xE2\x80\x8D\xE2\x9D\xA4\xEF\xB8\x8F\xE2\x80\x8D\xF0\x9F\x91\xA8, "
                           "\xF0\x9F\x87\xA9\xF0\x9F\x87\xAA \xE2\x9D\xA4\xEF\xB8\x8F \xF0\x9D\x92\x9C";
const std::string typed_emoji = "\xF0\x9F\x8E\x89";  // 🎉

fs::path write_deck_with(const fs::path& folder, const std::string& text) {
    Deck deck;
    deck.id = "emoji";
    deck.title = "Emoji \xF0\x9F\x98\x8A";
    deck.theme = "play";
    Card card;
    card.kind = CardKind::dare;
    card.text = text;
    card.theme = "play";
    card.answers = Answerer::reader;
    deck.cards.push_back(card);
    fs::create_directories(folder);
    const fs::path file = folder / "emoji.yaml";
    REQUIRE(write_file_atomically(file, write_deck(deck)));
    return file;
}

}  // namespace

TEST_CASE("Without the bridge, Debian's 16-bit ImGui turns emoji into U+FFFD when a field is edited") {
    // The problem the text bridge exists for; if this ever fails, ImGui was built with 32-bit
    // characters and the bridge could be retired.
    REQUIRE(sizeof(ImWchar) == 2);
    ImGuiContext* context = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(800, 600);
    io.IniFilename = nullptr;
    io.KeyMap[ImGuiKey_End] = SDL_SCANCODE_END;
    unsigned char* pixels = nullptr;
    int width = 0;
    int height = 0;
    io.Fonts->AddFontDefault();
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);

    std::string text = "Hug me \xF0\x9F\xA4\x97";
    for (int frame = 0; frame < 6; ++frame) {
        io.DeltaTime = 1.0f / 60.0f;
        io.KeysDown[SDL_SCANCODE_END] = frame == 2;
        if (frame == 4) io.AddInputCharactersUTF8("!");
        ImGui::NewFrame();
        ImGui::Begin("field");
        if (frame == 0) ImGui::SetKeyboardFocusHere();
        ImGui::InputText("##text", &text);
        ImGui::End();
        ImGui::Render();
    }
    ImGui::DestroyContext(context);
    // (The string may also keep a stale terminator when the text shrank in bytes.)
    CHECK(std::string(text.c_str()) == "Hug me \xEF\xBF\xBD!");
}

TEST_CASE("Emoji survive typing in the editor and saving (the text bridge, end to end)") {
    TemporaryDirectory root;
    const fs::path file = write_deck_with(root.path() / "decks", tricky);
    HeadlessEditor editor(options_in(root.path(), {file}));
    DeckDocument* document = editor.app().workspace().active();
    REQUIRE(document);
    ui::DeckView& view = editor.app().context().view(*document);
    REQUIRE(view.focus == document->cards().key(0));

    // Put the cursor in the card's text field, go to the end, type an emoji and a word.
    view.focus_card_field = "text";
    editor.frame();
    editor.frame();
    editor.frame();
    REQUIRE(ImGui::GetIO().WantTextInput);
    editor.press(SDL_SCANCODE_END);
    editor.type(" " + typed_emoji);
    editor.type(" yay");
    CHECK(document->deck().cards[0].text == tricky + " " + typed_emoji + " yay");
    CHECK(document->has_unsaved_changes());
    CHECK(document->history().undo_count() == 1);  // one typing step

    // Deleting a character next to an emoji deletes only that character.
    editor.press(SDL_SCANCODE_BACKSPACE);
    CHECK(document->deck().cards[0].text == tricky + " " + typed_emoji + " ya");

    editor.shortcut(SDLK_s, KMOD_LCTRL);
    CHECK_FALSE(document->has_unsaved_changes());
    const DeckReadResult saved = read_deck_file(file);
    REQUIRE(saved.ok());
    CHECK(saved.deck.cards[0].text == tricky + " " + typed_emoji + " ya");
    CHECK(saved.deck.title == "Emoji \xF0\x9F\x98\x8A");  // untouched field, also intact
}

TEST_CASE("Copying and pasting text with emoji keeps them") {
    // SDL keeps the clipboard itself when the video driver has none (the dummy driver).
    SDL_setenv("SDL_VIDEODRIVER", "dummy", 1);
    REQUIRE(SDL_InitSubSystem(SDL_INIT_VIDEO) == 0);
    TemporaryDirectory root;
    const fs::path file = write_deck_with(root.path() / "decks", "Cake \xF0\x9F\x8E\x82 time");
    {
        HeadlessEditor editor(options_in(root.path(), {file}));
        DeckDocument* document = editor.app().workspace().active();
        ui::DeckView& view = editor.app().context().view(*document);
        view.focus_card_field = "text";
        editor.frame();
        editor.frame();
        editor.frame();
        REQUIRE(ImGui::GetIO().WantTextInput);

        // Ctrl+A, Ctrl+C inside the field: the clipboard gets the real emoji, not a stand-in.
        ImGuiIO& io = ImGui::GetIO();
        io.KeyCtrl = true;
        editor.press(SDL_SCANCODE_A);
        io.KeyCtrl = true;
        editor.press(SDL_SCANCODE_C);
        io.KeyCtrl = false;
        char* copied = SDL_GetClipboardText();
        CHECK(std::string(copied) == "Cake \xF0\x9F\x8E\x82 time");
        SDL_free(copied);

        // Pasting over the selection brings emoji in whole.
        REQUIRE(SDL_SetClipboardText("Hug \xF0\x9F\xAB\x82 and \xF0\x9F\x91\x8B\xF0\x9F\x8F\xBF") == 0);
        editor.shortcut(SDLK_v, KMOD_LCTRL);
        CHECK(document->deck().cards[0].text == "Hug \xF0\x9F\xAB\x82 and \xF0\x9F\x91\x8B\xF0\x9F\x8F\xBF");
    }
    SDL_QuitSubSystem(SDL_INIT_VIDEO);
}

TEST_CASE("Stand-ins are drawn as the real emoji from the colour font") {
    TemporaryDirectory root;
    const fs::path file = write_deck_with(root.path() / "decks", "Party \xF0\x9F\x8E\x89");
    HeadlessEditor editor(options_in(root.path(), {file}));
    const TextBridge& bridge = editor.app().bridge();
    const StandIn* party = nullptr;
    for (const StandIn& stand_in : bridge.stand_ins()) {
        if (stand_in.original == "\xF0\x9F\x8E\x89") party = &stand_in;
    }
    REQUIRE(party);
    const ImFontGlyph* glyph = editor.app().fonts().regular()->FindGlyphNoFallback(static_cast<ImWchar>(party->code_point));
    REQUIRE(glyph);
    // The glyph's pixels in the atlas are coloured, not white like letters.
    unsigned char* pixels = nullptr;
    int width = 0;
    int height = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    const int x0 = static_cast<int>(glyph->U0 * static_cast<float>(width));
    const int x1 = static_cast<int>(glyph->U1 * static_cast<float>(width));
    const int y0 = static_cast<int>(glyph->V0 * static_cast<float>(height));
    const int y1 = static_cast<int>(glyph->V1 * static_cast<float>(height));
    int coloured = 0;
    for (int y = y0; y < y1; ++y) {
        for (int x = x0; x < x1; ++x) {
            const unsigned char* p = pixels + (static_cast<std::ptrdiff_t>(y) * width + x) * 4;
            if (p[3] > 128 && (p[0] != p[1] || p[1] != p[2])) ++coloured;
        }
    }
    CHECK(coloured > (x1 - x0) * (y1 - y0) / 4);
}

TEST_CASE("Closing or quitting with unsaved changes asks first") {
    TemporaryDirectory root;
    const fs::path file = write_deck_with(root.path() / "decks", "Wink slowly");
    HeadlessEditor editor(options_in(root.path(), {file}));
    DeckDocument* document = editor.app().workspace().active();
    REQUIRE(document);

    editor.app().request_quit();
    CHECK(editor.app().quit_confirmed());  // nothing unsaved: quits at once

    HeadlessEditor second(options_in(root.path(), {file}));
    DeckDocument* edited = second.app().workspace().active();
    REQUIRE(edited->execute(set_level(edited->cards(), {edited->cards().key(0)}, 2)));
    second.shortcut(SDLK_q, KMOD_LCTRL);
    CHECK_FALSE(second.app().quit_confirmed());
    CHECK(second.app().open_dialogs() == 1);
    second.shortcut(SDLK_w, KMOD_LCTRL);  // shortcuts wait while a dialog is open
    CHECK(second.app().workspace().documents().size() == 1);
    CHECK(read_deck_file(file).deck.cards[0].level == 1);  // nothing was written
}

TEST_CASE("Undo and redo shortcuts work on the deck when no field has the cursor") {
    TemporaryDirectory root;
    const fs::path file = write_deck_with(root.path() / "decks", "Wink slowly");
    HeadlessEditor editor(options_in(root.path(), {file}));
    DeckDocument* document = editor.app().workspace().active();
    REQUIRE(document->execute(set_level(document->cards(), {document->cards().key(0)}, 3)));
    editor.shortcut(SDLK_z, KMOD_LCTRL);
    CHECK(document->deck().cards[0].level == 1);
    editor.shortcut(SDLK_z, KMOD_LCTRL | KMOD_LSHIFT);
    CHECK(document->deck().cards[0].level == 3);
    editor.shortcut(SDLK_DELETE, 0);
    CHECK(document->deck().cards.empty());
    editor.shortcut(SDLK_z, KMOD_LCTRL);
    CHECK(document->deck().cards.size() == 1);
}

TEST_CASE("kindling-editor --screenshot renders the editor with decks open to a PNG") {
    TemporaryDirectory root;
    const fs::path file = write_deck_with(root.path() / "decks", tricky);
    const fs::path png = root.path() / "editor.png";
    const std::string environment = "XDG_DATA_HOME=" + kindling::testing::shell_quote((root.path() / "data").string()) +
                                    " XDG_STATE_HOME=" + kindling::testing::shell_quote((root.path() / "state").string()) +
                                    " XDG_CONFIG_HOME=" + kindling::testing::shell_quote((root.path() / "config").string()) + " ";
    const auto result = kindling::testing::run_command(
        environment + kindling::testing::shell_quote(KINDLING_EDITOR) + " --screenshot " +
        kindling::testing::shell_quote(png.string()) + " --size 1280x800 " + kindling::testing::shell_quote(file.string()) + " " +
        kindling::testing::shell_quote((kindling::testing::data_directory() / "decks" / "play.yaml").string()));
    INFO(result.output);
    REQUIRE(result.exit_code == 0);

    int width = 0;
    int height = 0;
    int channels = 0;
    unsigned char* pixels = stbi_load(png.c_str(), &width, &height, &channels, 4);
    REQUIRE(pixels);
    CHECK(width == 1280);
    CHECK(height == 800);
    std::set<std::uint32_t> colours;
    std::size_t differing = 0;
    const unsigned char* first = pixels;
    for (int i = 0; i < width * height; ++i) {
        const unsigned char* p = pixels + static_cast<std::ptrdiff_t>(i) * 4;
        colours.insert(static_cast<std::uint32_t>(p[0]) << 16 | static_cast<std::uint32_t>(p[1]) << 8 | p[2]);
        if (std::memcmp(p, first, 3) != 0) ++differing;
    }
    stbi_image_free(pixels);
    CHECK(colours.size() > 200);                                        // text, emoji, theme colours
    CHECK(differing > static_cast<std::size_t>(width * height / 10));  // far from blank
    // Throwaway runs leave the user's folders alone.
    CHECK_FALSE(fs::exists(root.path() / "state" / "editor-layout.ini"));
    CHECK_FALSE(fs::exists(root.path() / "state" / "recovery"));
}

TEST_CASE("kindling-editor answers --help and --version, and refuses unknown options with status 2") {
    using kindling::testing::run_command;
    using kindling::testing::shell_quote;
    const auto help = run_command(shell_quote(KINDLING_EDITOR) + " --help");
    CHECK(help.exit_code == 0);
    CHECK(help.output.find("--screenshot") != std::string::npos);
    const auto version = run_command(shell_quote(KINDLING_EDITOR) + " --version");
    CHECK(version.exit_code == 0);
    CHECK(version.output == std::string(KINDLING_VERSION_STRING) + "\n");
    const auto unknown = run_command(shell_quote(KINDLING_EDITOR) + " --frobnicate");
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.output.find("--help") != std::string::npos);
    const auto bad_size = run_command(shell_quote(KINDLING_EDITOR) + " --screenshot /tmp/x.png --size huge");
    CHECK(bad_size.exit_code == 2);
}

TEST_CASE("After a crash, the next start of the editor offers the unsaved work") {
    TemporaryDirectory root;
    const fs::path file = write_deck_with(root.path() / "data" / "decks", "Wink slowly");
    ui::EditorOptions options = options_in(root.path());
    options.persistent = true;
    // A session that edits, autosaves and dies without cleaning up.
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        Workspace crashed(options.paths, true);
        DeckDocument* document = crashed.open_file(file).document;
        const bool edited = document && document->execute(set_level(document->cards(), {document->cards().key(0)}, 3));
        const bool written = edited && crashed.autosave(AutosaveSchedule::Clock::now()).empty();
        ::_exit(written ? 0 : 1);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE((WIFEXITED(status) && WEXITSTATUS(status) == 0));

    {
        HeadlessEditor editor(options);
        CHECK(editor.app().open_dialogs() == 1);  // the recovery dialog
        REQUIRE(editor.app().workspace().pending_recovery().size() == 1);
        const OpenResult recovered = editor.app().workspace().recover(0);
        REQUIRE(recovered.document);
        CHECK(recovered.document->deck().cards[0].level == 3);
        CHECK(recovered.document->has_unsaved_changes());
    }
    // The layout went to the state folder, never to the working folder.
    CHECK(fs::exists(options.paths.layout_file()));
    CHECK_FALSE(fs::exists("imgui.ini"));
}

TEST_CASE("The system file dialog is asked for decks or spreadsheets, opening or saving") {
    const auto open = ui::ZenityFileChooser::arguments(BrowsePurpose::open_deck, "/home/a/decks", "");
    CHECK(std::find(open.begin(), open.end(), "--save") == open.end());
    CHECK(std::find(open.begin(), open.end(), "--file-filter=Kindling decks | *.yaml *.yml") != open.end());
    const auto save = ui::ZenityFileChooser::arguments(BrowsePurpose::export_csv, "/home/a", "party.csv");
    CHECK(std::find(save.begin(), save.end(), "--save") != save.end());
    CHECK(std::find(save.begin(), save.end(), "--confirm-overwrite") != save.end());
    CHECK(std::find(save.begin(), save.end(), "--filename=/home/a/party.csv") != save.end());
}

TEST_CASE("kindling-editor given a named pipe, a socket or a symlink loop starts and says what they are") {
    TemporaryDirectory root;
    const auto specials = kindling::testing::make_special_paths(root.path());
    std::string files;
    for (const auto& special : specials) {
        if (special.kind != "folder") files += " " + kindling::testing::shell_quote(special.path.string());
    }
    const fs::path png = root.path() / "editor.png";
    const std::string environment = "XDG_DATA_HOME=" + kindling::testing::shell_quote((root.path() / "data").string()) +
                                    " XDG_STATE_HOME=" + kindling::testing::shell_quote((root.path() / "state").string()) +
                                    " XDG_CONFIG_HOME=" + kindling::testing::shell_quote((root.path() / "config").string()) + " ";
    const auto result = kindling::testing::run_command(
        environment + "timeout 30 " + kindling::testing::shell_quote(KINDLING_EDITOR) + " --screenshot " +
        kindling::testing::shell_quote(png.string()) + " --size 800x600" + files + " 2>&1");
    INFO(result.output);
    CHECK(result.exit_code != 124);  // 124: timeout, the editor blocked on a pipe
    CHECK(fs::exists(png));
    for (const auto& special : specials) {
        if (special.kind == "folder") continue;
        INFO(special.kind);
        CHECK(result.output.find(special.expected_words) != std::string::npos);
    }
}

TEST_CASE("Deck files dropped on the editor's window open, several at once") {
    REQUIRE(SDL_InitSubSystem(SDL_INIT_EVENTS) == 0);
    TemporaryDirectory root;
    const fs::path first = write_deck_with(root.path() / "incoming", "From a friend");
    const fs::path second = root.path() / "incoming" / "second.yaml";
    fs::copy(first, second);
    {
        HeadlessEditor editor(options_in(root.path(), {}));
        REQUIRE(editor.app().workspace().documents().empty());
        // Through SDL's queue, as a file manager's drop arrives; the editor frees the names.
        const auto push = [](Uint32 type, const fs::path& file) {
            SDL_Event event{};
            event.type = type;
            event.drop.file = file.empty() ? nullptr : SDL_strdup(file.c_str());
            REQUIRE(SDL_PushEvent(&event) == 1);
        };
        push(SDL_DROPBEGIN, {});
        push(SDL_DROPFILE, first);
        push(SDL_DROPFILE, second);
        push(SDL_DROPCOMPLETE, {});
        SDL_Event event;
        while (SDL_PollEvent(&event) != 0) editor.app().process_event(event);
        editor.frame();
        const std::vector<DeckDocument*> open = editor.app().workspace().documents();
        REQUIRE(open.size() == 2);
        CHECK(open[0]->path() == first);
        CHECK(open[1]->path() == second);
        CHECK_FALSE(open[0]->has_unsaved_changes());
    }
    SDL_QuitSubSystem(SDL_INIT_EVENTS);
}
