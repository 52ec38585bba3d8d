#pragma once
// "Our nights" as a Markdown file, written only when the players ask: each night's date, themes
// and the closeness both chose to share, and the favourites. Labels from the `ournights.*` strings.

#include "core/format/ui_strings.hpp"
#include "core/store/between_nights.hpp"

#include <string>

namespace kindling {

std::string our_nights_markdown(const BetweenNights& between, const UiStrings& words);

}  // namespace kindling
