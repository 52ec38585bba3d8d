#pragma once
// Party mode's words around a card: who reads and who answers, in people's names.

#include "core/session/party_night.hpp"
#include "core/session/turn_wording.hpp"
#include "core/format/ui_strings.hpp"

#include <string>

namespace kindling::screens {

// "Hana reads" (or "Owls: Hana reads" in team play).
std::string party_reader_text(const PartyTurn& turn, const UiStrings& strings);
// Who answers, by the card's kind: "Everyone answers, Hana first", "Ana's go, on Hana's left",
// "Everyone guesses, Hana confirms", ... (core/session/turn_wording.hpp).
std::string party_answers_text(CardKind kind, const PartyTurn& turn, const PartyNight& party, const UiStrings& strings);
// "Ana, Ben and Cleo" in the player's language.
std::string name_list(const std::vector<std::string>& names, const UiStrings& strings);

}  // namespace kindling::screens
