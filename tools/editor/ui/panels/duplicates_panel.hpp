#pragma once
// Cards that ask the same thing in nearly the same words (core find_near_duplicates), with a
// similarity threshold to tune and buttons to select either card.

#include "ui/editor_context.hpp"
#include "ui/panel.hpp"

#include "core/text/text_similarity.hpp"

namespace kindling::editor::ui {

class DuplicatesPanel final : public Panel {
public:
    explicit DuplicatesPanel(EditorContext& context) : Panel("Near-duplicates", false), context_(context) {}

private:
    void draw_content() override;

    EditorContext& context_;
    float threshold_ = 0.8f;
    std::vector<SimilarPair> pairs_;
    std::uint64_t computed_for_ = 0;
    std::uint64_t computed_revision_ = 0;
    float computed_threshold_ = -1.0f;
};

}  // namespace kindling::editor::ui
