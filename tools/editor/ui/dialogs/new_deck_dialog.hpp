#pragma once
// "New deck": a title and a template to start from.

#include "dialog.hpp"

#include "ui/bridged_text.hpp"

#include <filesystem>

namespace kindling::editor::ui {

class NewDeckDialog final : public Dialog {
public:
    using Create = std::function<void(std::size_t template_index, const std::string& title)>;
    NewDeckDialog(BridgedText& text, std::filesystem::path folder, Create create);

private:
    DialogOutcome draw_content() override;
    BridgedText& text_;
    std::filesystem::path folder_;
    Create create_;
    std::string title_text_;
    int chosen_ = 0;
};

}  // namespace kindling::editor::ui
