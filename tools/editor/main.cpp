// kindling-editor: the deck editor. This file only reads the command line and starts it.
#include "ui/run_editor.hpp"

#include "core/text/version.hpp"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <regex>

int main(int argc, char** argv) {
    using namespace kindling::editor;
    CLI::App app{"Writes and edits Kindling decks: your own cards, safely saved.", "kindling-editor"};
    app.set_version_flag("--version", std::string(kindling::version()));
    std::vector<std::string> decks;
    std::string screenshot;
    std::string size;
    app.add_option("decks", decks, "Deck files (or folders of decks) to open");
    app.add_option("--screenshot", screenshot, "Render the first frame headless to this PNG file and exit");
    app.add_option("--size", size, "Window or screenshot size, WIDTHxHEIGHT (default 1440x900)")
        ->check(CLI::Validator(
            [](std::string& value) {
                return std::regex_match(value, std::regex(R"(\d{3,4}x\d{3,4})")) ? std::string{}
                                                                              : std::string("expected WIDTHxHEIGHT, e.g. 1280x800");
            },
            "WxH"));
    app.footer("Files: your decks in $XDG_DATA_HOME/kindling/decks, settings in $XDG_CONFIG_HOME/kindling,\n"
               "layout and recovery copies in $XDG_STATE_HOME/kindling. See tools/editor/README.md.");
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        const int code = app.exit(error);
        return code == 0 ? 0 : 2;
    }

    ui::EditorOptions options;
    options.paths = EditorPaths::from_environment();
    for (const std::string& deck : decks) options.decks.emplace_back(deck);
    int width = 1440;
    int height = 900;
    if (!size.empty()) std::sscanf(size.c_str(), "%dx%d", &width, &height);

    if (!screenshot.empty()) {
        std::string error;
        if (!ui::render_screenshot(std::move(options), {screenshot, width, height}, error)) {
            std::fprintf(stderr, "kindling-editor: %s\n", error.c_str());
            return 1;
        }
        return 0;
    }
    return ui::run_windowed(std::move(options), {width, height});
}
