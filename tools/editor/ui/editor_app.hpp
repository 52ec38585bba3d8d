#pragma once
// The editor as a whole: owns the workspace, the text bridge, fonts, panels and dialogs, lays
// out the window, dispatches shortcuts and runs the flows that must never lose work (save,
// close, quit, recovery). One frame at a time, with or without a window (screenshots, tests).

#include "bridged_text.hpp"
#include "card_preview_renderer.hpp"
#include "dialogs/dialog.hpp"
#include "dialogs/file_browser_dialog.hpp"
#include "editor_context.hpp"
#include "editor_fonts.hpp"
#include "imgui_sdl_renderer.hpp"
#include "mouse_input.hpp"
#include "zenity_file_chooser.hpp"

#include "model/play_test_dealer.hpp"

#include <SDL.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <vector>

struct ImGuiContext;

namespace kindling::editor::ui {

class LibraryPanel;
class CardTablePanel;
class CardFormPanel;
class DeckPropertiesPanel;
class DiagnosticsPanel;
class StatisticsPanel;
class DuplicatesPanel;
class PlayTestPanel;
class PreviewPanel;

struct EditorOptions {
    std::vector<std::filesystem::path> decks;  // opened at start
    EditorPaths paths;
    // False for throwaway runs (--screenshot): no recovery files, no layout or settings written.
    bool persistent = true;
    // Put the first card of the active deck in the form (screenshots show a filled editor).
    bool select_first_card = false;
};

// Sizes of the window's regions, as fractions of the window, persisted in the ImGui ini file.
struct PanelLayout {
    float library = 0.17f;    // left column width
    float inspector = 0.31f;  // right column width
    float bottom = 0.30f;     // height of the problems/statistics area under the table
    float preview = 0.36f;    // height of the preview under the card form
};

class EditorApp final : public EditorCommands {
public:
    EditorApp(SDL_Renderer& renderer, EditorOptions options);
    ~EditorApp() override;
    EditorApp(const EditorApp&) = delete;
    EditorApp& operator=(const EditorApp&) = delete;

    // Connects SDL's window events, keyboard and clipboard (not done for screenshots).
    void attach_window(SDL_Window& window);
    // Handles one SDL event (text input through the bridge, shortcuts, dropped files, quit).
    void process_event(const SDL_Event& event);
    // Builds and draws one frame into the renderer's current target (the caller presents).
    void frame(float delta_seconds);
    // True while something (typing, a dialog, zenity) needs frames without waiting for events.
    [[nodiscard]] bool busy();
    // Window close or Ctrl+Q: asks about unsaved changes first.
    void request_quit();
    [[nodiscard]] bool quit_confirmed() const noexcept { return quit_confirmed_; }

    [[nodiscard]] Workspace& workspace() noexcept { return workspace_; }
    [[nodiscard]] TextBridge& bridge() noexcept { return bridge_; }
    [[nodiscard]] const StatusMessage& status() const noexcept { return context_.last_status(); }
    [[nodiscard]] EditorContext& context() noexcept { return context_; }
    [[nodiscard]] const EditorFonts& fonts() const noexcept { return fonts_; }
    [[nodiscard]] std::size_t open_dialogs() const noexcept { return dialogs_.size(); }

    // EditorCommands
    void perform(EditorAction action) override;
    void save(DeckDocument& document, bool choose_path) override;
    void close(DeckDocument& document) override;
    void open_library_entry(const LibraryEntry& entry) override;
    void duplicate_library_entry(const LibraryEntry& entry) override;
    void duplicate_to_my_decks(DeckDocument& document) override;
    void import_csv(DeckDocument& document) override;
    void export_csv(DeckDocument& document) override;
    // A new deck from a plain-text list the author picks (File menu).
    void import_text();
    void reload(DeckDocument& document) override;
    void move_cards(DeckDocument& from, DeckDocument& to, std::vector<CardKey> keys) override;

private:
    void open_path(const std::filesystem::path& path);
    void choose_file(BrowsePurpose purpose, const std::filesystem::path& folder, const std::string& suggested,
                     std::function<void(const std::filesystem::path&)> chosen);
    void save_with(DeckDocument& document, SaveRequest request, std::function<void()> after);
    void save_as(DeckDocument& document, std::function<void()> after);
    void close_now(DeckDocument& document, bool discard);
    void quit_saving_all();
    void defer(std::function<void()> action) { deferred_.push_back(std::move(action)); }
    void run_deferred();
    void update_fonts();
    void update_window_title();
    void store_settings();
    std::vector<Place> places() const;
    std::filesystem::path start_folder(const DeckDocument* document) const;

    void draw_ui();
    void draw_menu_bar();
    void draw_status_bar();
    void draw_inspector(ImVec2 size);
    void draw_bottom_tabs(ImVec2 size);
    bool splitter(const char* id, bool vertical, float& fraction, float total, float min_fraction, float max_fraction,
                  bool invert = false);
    void register_layout_settings();

    void install_clipboard();
    static const char* clipboard_get(void* user_data);
    static void clipboard_set(void* user_data, const char* text);

    ImGuiContext* imgui_ = nullptr;
    SDL_Renderer& renderer_;
    SDL_Window* window_ = nullptr;
    EditorOptions options_;
    std::string ini_path_;
    EditorSettings settings_;
    Workspace workspace_;
    TextBridge bridge_;
    BridgedText text_;
    std::unique_ptr<text::FontCatalog> font_catalog_;  // null when no font is installed at all
    EditorFonts fonts_;
    ImGuiSdlRenderer imgui_renderer_;
    std::unique_ptr<CardPreviewRenderer> preview_;
    GameNightDealer dealer_;
    EditorContext context_;
    PanelLayout layout_;
    int styled_size_percent_ = 0;

    std::unique_ptr<LibraryPanel> library_panel_;
    std::unique_ptr<CardTablePanel> table_panel_;
    std::unique_ptr<CardFormPanel> form_panel_;
    std::unique_ptr<DeckPropertiesPanel> deck_panel_;
    std::unique_ptr<DiagnosticsPanel> diagnostics_panel_;
    std::unique_ptr<StatisticsPanel> statistics_panel_;
    std::unique_ptr<DuplicatesPanel> duplicates_panel_;
    std::unique_ptr<PlayTestPanel> play_test_panel_;
    std::unique_ptr<PreviewPanel> preview_panel_;

    MouseInput mouse_;
    DialogStack dialogs_;
    std::vector<std::function<void()>> deferred_;
    std::vector<EditorAction> queued_actions_;
    std::unique_ptr<ZenityFileChooser> zenity_;
    std::function<void(const std::filesystem::path&)> zenity_then_;
    std::string clipboard_;
    std::string recovery_note_;
    std::string window_title_;
    bool quit_confirmed_ = false;
    bool first_frame_ = true;
};

}  // namespace kindling::editor::ui
