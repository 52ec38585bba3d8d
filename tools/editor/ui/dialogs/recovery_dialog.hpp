#pragma once
// At start, after a crash: the unsaved work found, each with Recover or Discard.

#include "dialog.hpp"

#include "ui/bridged_text.hpp"

#include "model/workspace.hpp"

namespace kindling::editor::ui {

class RecoveryDialog final : public Dialog {
public:
    using Recovered = std::function<void(const OpenResult&)>;
    RecoveryDialog(BridgedText& text, Workspace& workspace, Recovered recovered);

private:
    DialogOutcome draw_content() override;
    BridgedText& text_;
    Workspace& workspace_;
    Recovered recovered_;
    std::string error_;
};

class ShortcutsDialog final : public Dialog {
public:
    ShortcutsDialog() : Dialog("Keyboard shortcuts", 30.0f) {}

private:
    DialogOutcome draw_content() override;
};

class AboutDialog final : public Dialog {
public:
    explicit AboutDialog(std::string details) : Dialog("About the Kindling deck editor", 30.0f), details_(std::move(details)) {}

private:
    DialogOutcome draw_content() override;
    std::string details_;
};

}  // namespace kindling::editor::ui
