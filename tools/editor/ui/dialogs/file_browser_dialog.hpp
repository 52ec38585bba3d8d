#pragma once
// The in-app file dialog (Dear ImGui has none): places, a folder listing and a name field,
// usable entirely from the keyboard: arrows and Page keys move, Enter opens, Backspace goes
// up, typing a path or name and Enter goes there, Escape cancels.

#include "dialog.hpp"

#include "ui/bridged_text.hpp"

#include "model/file_browser_model.hpp"

#include <filesystem>

namespace kindling::editor::ui {

struct Place {
    std::string name;
    std::filesystem::path folder;
};

class FileBrowserDialog final : public Dialog {
public:
    using Chosen = std::function<void(const std::filesystem::path&)>;
    FileBrowserDialog(BridgedText& text, BrowsePurpose purpose, const std::filesystem::path& start,
                      std::string suggested_name, std::vector<Place> places, Chosen chosen);

private:
    DialogOutcome draw_content() override;
    DialogOutcome choose(const std::filesystem::path& path);

    BridgedText& text_;
    FileBrowserModel model_;
    std::vector<Place> places_;
    Chosen chosen_;
    std::string folder_text_;
    bool scroll_to_selection_ = true;
    bool confirm_replace_ = false;
    std::filesystem::path pending_;
};

}  // namespace kindling::editor::ui
