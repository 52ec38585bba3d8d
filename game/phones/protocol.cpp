#include "phones/protocol.hpp"

#include "core/night/write_round.hpp"
#include "core/text/short_text.hpp"
#include "core/deck/deck.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <initializer_list>

namespace kindling::phones {

namespace {

using Json = nlohmann::json;

// A field's name comes from the phone: an unknown one is echoed back, cut to a sensible length.
constexpr std::size_t max_field_name_bytes = 64;

DecodeError error(ErrorCode code, std::string field = {}) {
    if (field.size() > max_field_name_bytes) field.resize(max_field_name_bytes);
    return DecodeError{code, std::move(field)};
}

// The first field of `object` that is not in `allowed`.
std::optional<std::string> unknown_field(const Json& object, std::initializer_list<std::string_view> allowed) {
    for (const auto& [key, value] : object.items()) {
        bool known = false;
        for (const std::string_view name : allowed) known = known || key == name;
        if (!known) return key;
    }
    return std::nullopt;
}

// A required string field, or the error that describes what is wrong with it.
std::variant<std::string, DecodeError> string_field(const Json& object, const char* name, std::size_t max_bytes) {
    const auto found = object.find(name);
    if (found == object.end()) return error(ErrorCode::field_missing, name);
    if (!found->is_string()) return error(ErrorCode::field_wrong_type, name);
    std::string text = found->get<std::string>();
    if (text.size() > max_bytes) return error(ErrorCode::field_out_of_range, name);
    return text;
}

std::variant<int, DecodeError> integer_field(const Json& object, const char* name, int low, int high) {
    const auto found = object.find(name);
    if (found == object.end()) return error(ErrorCode::field_missing, name);
    if (!found->is_number_integer()) return error(ErrorCode::field_wrong_type, name);
    if (found->is_number_unsigned()) {
        const auto value = found->get<std::uint64_t>();
        // JSON's non-negative numbers come here: a range that starts above 0 is checked too.
        if (value > static_cast<std::uint64_t>(high) || static_cast<std::int64_t>(value) < low) {
            return error(ErrorCode::field_out_of_range, name);
        }
        return static_cast<int>(value);
    }
    const auto value = found->get<std::int64_t>();
    if (value < low || value > high) return error(ErrorCode::field_out_of_range, name);
    return static_cast<int>(value);
}

// Room codes and names are checked for what they are by the room; here only their shape.
constexpr std::size_t max_room_code_bytes = 16;
constexpr std::size_t max_name_bytes = 256;

Decoded decode_join(const Json& object) {
    if (auto unknown = unknown_field(object, {"v", "type", "room", "name", "seat"})) {
        return error(ErrorCode::field_unknown, *unknown);
    }
    JoinMessage join;
    auto room = string_field(object, "room", max_room_code_bytes);
    if (auto* problem = std::get_if<DecodeError>(&room)) return *problem;
    join.room = std::get<std::string>(std::move(room));
    const bool has_name = object.contains("name");
    const bool has_seat = object.contains("seat");
    if (has_name == has_seat) {
        // Both or neither: the message does not say what the device wants.
        return error(has_name ? ErrorCode::field_unknown : ErrorCode::field_missing, has_name ? "seat" : "name");
    }
    if (has_name) {
        auto name = string_field(object, "name", max_name_bytes);
        if (auto* problem = std::get_if<DecodeError>(&name)) return *problem;
        join.name = std::get<std::string>(std::move(name));
    } else {
        auto seat = integer_field(object, "seat", 0, max_seats - 1);
        if (auto* problem = std::get_if<DecodeError>(&seat)) return *problem;
        join.seat = std::get<int>(seat);
    }
    return PhoneMessage{std::move(join)};
}

bool is_lower_hex(std::string_view text) {
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    }
    return true;
}

Decoded decode_rejoin(const Json& object) {
    if (auto unknown = unknown_field(object, {"v", "type", "token"})) return error(ErrorCode::field_unknown, *unknown);
    auto token = string_field(object, "token", token_hex_chars);
    if (auto* problem = std::get_if<DecodeError>(&token)) return *problem;
    std::string text = std::get<std::string>(std::move(token));
    if (text.size() != token_hex_chars || !is_lower_hex(text)) return error(ErrorCode::field_out_of_range, "token");
    return PhoneMessage{RejoinMessage{std::move(text)}};
}

Decoded decode_command(const Json& object) {
    if (auto unknown = unknown_field(object, {"v", "type", "command"})) return error(ErrorCode::field_unknown, *unknown);
    auto name = string_field(object, "command", 16);
    if (auto* problem = std::get_if<DecodeError>(&name)) return *problem;
    for (const PhoneCommand command : {PhoneCommand::done, PhoneCommand::swap, PhoneCommand::favourite}) {
        if (std::get<std::string>(name) == to_string(command)) return PhoneMessage{CommandMessage{command}};
    }
    return error(ErrorCode::field_out_of_range, "command");
}

Decoded decode_vote(const Json& object) {
    if (auto unknown = unknown_field(object, {"v", "type", "candidate"})) return error(ErrorCode::field_unknown, *unknown);
    auto candidate = integer_field(object, "candidate", 0, max_seats - 1);
    if (auto* problem = std::get_if<DecodeError>(&candidate)) return *problem;
    return PhoneMessage{VoteMessage{std::get<int>(candidate)}};
}

// ---- the write round ----

Decoded decode_answer(const Json& object) {
    if (auto unknown = unknown_field(object, {"v", "type", "text"})) return error(ErrorCode::field_unknown, *unknown);
    // The message's own limit bounds the bytes; the round's limit counts what is left once cleaned.
    auto text = string_field(object, "text", max_message_bytes);
    if (auto* problem = std::get_if<DecodeError>(&text)) return *problem;
    std::optional<std::string> answer = accept_short_text(std::get<std::string>(text), max_answer_chars);
    if (!answer) return error(ErrorCode::field_out_of_range, "text");
    return PhoneMessage{AnswerMessage{std::move(*answer)}};
}

Decoded decode_pass(const Json& object) {
    if (auto unknown = unknown_field(object, {"v", "type"})) return error(ErrorCode::field_unknown, *unknown);
    return PhoneMessage{PassMessage{}};
}

Decoded decode_answer_vote(const Json& object) {
    if (auto unknown = unknown_field(object, {"v", "type", "answer"})) return error(ErrorCode::field_unknown, *unknown);
    // At most one answer per seat.
    auto answer = integer_field(object, "answer", 0, max_seats - 1);
    if (auto* problem = std::get_if<DecodeError>(&answer)) return *problem;
    return PhoneMessage{AnswerVoteMessage{std::get<int>(answer)}};
}

// Whether `name` is a write round message; `decoded` is its result then.
bool decode_write_message(const std::string& name, const Json& object, Decoded& decoded) {
    if (name == "answer") decoded = decode_answer(object);
    else if (name == "pass") decoded = decode_pass(object);
    else if (name == "vote_answer") decoded = decode_answer_vote(object);
    else return false;
    return true;
}

// ---- the couple night on phones ----

// A list of ids: an array of at most max_limit_choices non-empty strings of at most
// max_limit_id_bytes each.
std::variant<std::vector<std::string>, DecodeError> id_list_field(const Json& object, const char* name) {
    const auto found = object.find(name);
    if (found == object.end()) return error(ErrorCode::field_missing, name);
    if (!found->is_array()) return error(ErrorCode::field_wrong_type, name);
    if (found->size() > max_limit_choices) return error(ErrorCode::field_out_of_range, name);
    std::vector<std::string> ids;
    for (const Json& item : *found) {
        if (!item.is_string()) return error(ErrorCode::field_wrong_type, name);
        std::string id = item.get<std::string>();
        if (id.empty() || id.size() > max_limit_id_bytes) return error(ErrorCode::field_out_of_range, name);
        ids.push_back(std::move(id));
    }
    return ids;
}

Decoded decode_limits(const Json& object) {
    if (auto unknown = unknown_field(object, {"v", "type", "most_private", "skip_themes", "skip_kinds"})) {
        return error(ErrorCode::field_unknown, *unknown);
    }
    LimitsMessage limits;
    auto level = integer_field(object, "most_private", 1, 3);
    if (auto* problem = std::get_if<DecodeError>(&level)) return *problem;
    limits.most_private = std::get<int>(level);
    auto themes = id_list_field(object, "skip_themes");
    if (auto* problem = std::get_if<DecodeError>(&themes)) return *problem;
    limits.skip_themes = std::get<std::vector<std::string>>(std::move(themes));
    auto kinds = id_list_field(object, "skip_kinds");
    if (auto* problem = std::get_if<DecodeError>(&kinds)) return *problem;
    limits.skip_kinds = std::get<std::vector<std::string>>(std::move(kinds));
    // Card kinds are the game's own list; themes depend on the decks and are checked by the game.
    for (const std::string& kind : limits.skip_kinds) {
        if (!card_kind_from_string(kind)) return error(ErrorCode::field_out_of_range, "skip_kinds");
    }
    return PhoneMessage{std::move(limits)};
}

constexpr std::array<TimerControl, 6> timer_controls{TimerControl::start, TimerControl::pause, TimerControl::extend,
                                                     TimerControl::skip,  TimerControl::shorter, TimerControl::longer};

Decoded decode_timer(const Json& object) {
    if (auto unknown = unknown_field(object, {"v", "type", "action"})) return error(ErrorCode::field_unknown, *unknown);
    auto name = string_field(object, "action", 16);
    if (auto* problem = std::get_if<DecodeError>(&name)) return *problem;
    for (const TimerControl control : timer_controls) {
        if (std::get<std::string>(name) == to_string(control)) return PhoneMessage{TimerMessage{control}};
    }
    return error(ErrorCode::field_out_of_range, "action");
}

Json choices_json(const std::vector<LimitsChoice>& choices) {
    Json list = Json::array();
    for (const LimitsChoice& choice : choices) {
        Json item{{"id", choice.id}, {"label", choice.label}};
        if (!choice.detail.empty()) item["detail"] = choice.detail;
        list.push_back(std::move(item));
    }
    return list;
}

Json form_json(const LimitsForm& form) {
    return Json{{"title", form.title},
                {"intro", form.intro},
                {"most_private", form.most_private},
                {"levels", choices_json(form.levels)},
                {"themes_heading", form.themes_heading},
                {"themes", choices_json(form.themes)},
                {"kinds_heading", form.kinds_heading},
                {"kinds", choices_json(form.kinds)},
                {"included", form.included},
                {"skipped", form.skipped},
                {"done", form.done}};
}

// The couple night's part of a state message: absent (null) when there is nothing to show.
void add_couple_parts(Json& message, const PhoneView& view) {
    if (view.limits_open) {
        Json limits{{"done", view.limits_done}};
        limits["form"] = view.your_limits ? form_json(*view.your_limits) : Json(nullptr);
        message["limits"] = std::move(limits);
    } else {
        message["limits"] = nullptr;
    }
    if (view.timer) {
        message["timer"] = Json{{"phase", view.timer->phase},
                                {"remaining_ms", view.timer->remaining_ms},
                                {"length_ms", view.timer->length_ms},
                                {"choosable", view.timer->length_choosable}};
    } else {
        message["timer"] = nullptr;
    }
}

// ---- the guess round ----

std::variant<bool, DecodeError> bool_field(const Json& object, const char* name) {
    const auto found = object.find(name);
    if (found == object.end()) return error(ErrorCode::field_missing, name);
    if (!found->is_boolean()) return error(ErrorCode::field_wrong_type, name);
    return found->get<bool>();
}

Decoded decode_guess(const Json& object) {
    if (auto unknown = unknown_field(object, {"v", "type", "right"})) return error(ErrorCode::field_unknown, *unknown);
    auto right = bool_field(object, "right");
    if (auto* problem = std::get_if<DecodeError>(&right)) return *problem;
    return PhoneMessage{GuessMessage{std::get<bool>(right)}};
}

Decoded decode_guess_mark(const Json& object) {
    if (auto unknown = unknown_field(object, {"v", "type", "seat", "right"})) {
        return error(ErrorCode::field_unknown, *unknown);
    }
    auto seat = integer_field(object, "seat", 0, max_seats - 1);
    if (auto* problem = std::get_if<DecodeError>(&seat)) return *problem;
    auto right = bool_field(object, "right");
    if (auto* problem = std::get_if<DecodeError>(&right)) return *problem;
    return PhoneMessage{GuessMarkMessage{std::get<int>(seat), std::get<bool>(right)}};
}

// Whether `name` is a guess round message; `decoded` is its result then.
bool decode_guess_message(const std::string& name, const Json& object, Decoded& decoded) {
    if (name == "guess") {
        decoded = decode_guess(object);
    } else if (name == "guess_mark") {
        decoded = decode_guess_mark(object);
    } else if (name == "guess_confirm") {
        if (auto unknown = unknown_field(object, {"v", "type"})) decoded = error(ErrorCode::field_unknown, *unknown);
        else decoded = PhoneMessage{GuessConfirmMessage{}};
    } else {
        return false;
    }
    return true;
}

// ---- taking a guess answer back ----

// Whether `name` is the message that takes a guess answer back; `decoded` is its result then.
bool decode_guess_change_message(const std::string& name, const Json& object, Decoded& decoded) {
    if (name != "guess_change") return false;
    if (auto unknown = unknown_field(object, {"v", "type"})) decoded = error(ErrorCode::field_unknown, *unknown);
    else decoded = PhoneMessage{GuessChangeMessage{}};
    return true;
}

std::string dump(const Json& message) {
    // Replace, never throw: every string put in comes from the game, but a card's text is the
    // deck author's, and an encoding slip must not take the server down.
    return message.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Json header(const char* type) { return Json{{"v", protocol_version}, {"type", type}}; }

Json seats_of(const PhoneView& view) {
    Json seats = Json::array();
    for (std::size_t index = 0; index < view.seats.size(); ++index) {
        seats.push_back(Json{{"name", view.seats[index]},
                             {"taken", index < view.seat_taken.size() && view.seat_taken[index]},
                             {"away", index < view.seat_away.size() && view.seat_away[index]}});
    }
    return seats;
}

Json optional_int(const std::optional<int>& value) { return value ? Json(*value) : Json(nullptr); }

// The write round as phones see it; own_answers stays out (see with_own_answer).
Json write_of(const std::optional<WriteView>& write) {
    if (!write) return nullptr;
    return Json{{"step", write->step},
                {"written", write->written},
                {"written_count", write->written_count},
                {"answers", write->answers},
                {"voted", write->voted},
                {"votes_cast", write->votes_cast},
                {"votes_total", write->votes_total},
                {"tally", write->tally},
                {"favourites", write->favourites},
                {"yours", optional_int(write->your_answer)},
                {"max_chars", max_answer_chars}};
}

// The guess round as phones see it; choices only for the reader's phone (with_guess_choices).
Json guess_of(const std::optional<GuessView>& guess) {
    if (!guess) return nullptr;
    return Json{{"kind", guess->kind},
                {"reader", guess->reader},
                {"guesser", optional_int(guess->guesser)},
                {"team", guess->team},
                {"answered", guess->answered},
                {"right", guess->right ? Json(*guess->right) : Json(nullptr)},
                {"marked", guess->marked},
                {"choices", guess->choices}};
}

// ---- between nights ----

Decoded decode_closeness(const Json& object) {
    if (auto unknown = unknown_field(object, {"v", "type", "value", "share"})) return error(ErrorCode::field_unknown, *unknown);
    auto share = bool_field(object, "share");
    if (auto* problem = std::get_if<DecodeError>(&share)) return *problem;
    ClosenessMessage closeness;
    closeness.share = std::get<bool>(share);
    const auto value = object.find("value");
    if (value == object.end()) return error(ErrorCode::field_missing, "value");
    if (!value->is_null()) {
        auto number = integer_field(object, "value", phone_closeness_min, phone_closeness_max);
        if (auto* problem = std::get_if<DecodeError>(&number)) return *problem;
        closeness.value = std::get<int>(number);
    }
    return PhoneMessage{closeness};
}

Decoded decode_note(const Json& object) {
    if (auto unknown = unknown_field(object, {"v", "type", "text"})) return error(ErrorCode::field_unknown, *unknown);
    const auto found = object.find("text");
    if (found == object.end()) return error(ErrorCode::field_missing, "text");
    if (found->is_null()) return PhoneMessage{NoteMessage{}};
    auto text = string_field(object, "text", max_message_bytes);
    if (auto* problem = std::get_if<DecodeError>(&text)) return *problem;
    std::optional<std::string> note = accept_short_text(std::get<std::string>(text), max_phone_note_chars);
    if (!note) return error(ErrorCode::field_out_of_range, "text");
    return PhoneMessage{NoteMessage{std::move(*note)}};
}

Json between_of(const std::optional<BetweenView>& between) {
    if (!between) return nullptr;
    return Json{{"step", between->step},
                {"moment", between->moment},
                {"done", between->done},
                {"yours", between->yours},
                {"share", between->share_offered}};
}

}  // namespace

std::string_view to_string(ErrorCode code) {
    static constexpr std::array<std::string_view, 19> names{
        "too_large",       "not_json",        "not_an_object",      "version_missing", "version_unsupported",
        "type_unknown",    "field_missing",   "field_unknown",      "field_wrong_type", "field_out_of_range",
        "room_code_wrong", "too_many_attempts", "room_full",        "seat_taken",      "name_invalid",
        "name_taken",      "token_unknown",   "not_joined",         "rate_limited"};
    return names.at(static_cast<std::size_t>(code));
}

std::string_view to_string(TimerControl control) {
    switch (control) {
    case TimerControl::start: return "start";
    case TimerControl::pause: return "pause";
    case TimerControl::extend: return "extend";
    case TimerControl::skip: return "skip";
    case TimerControl::shorter: return "shorter";
    case TimerControl::longer: return "longer";
    }
    return "start";
}

std::string_view to_string(PhoneCommand command) {
    switch (command) {
    case PhoneCommand::done: return "done";
    case PhoneCommand::swap: return "swap";
    case PhoneCommand::favourite: return "favourite";
    }
    return "done";
}

Decoded decode_phone_message(std::string_view bytes) {
    if (bytes.size() > max_message_bytes) return error(ErrorCode::too_large);
    const Json message = Json::parse(bytes, nullptr, false);
    if (message.is_discarded()) return error(ErrorCode::not_json);
    if (!message.is_object()) return error(ErrorCode::not_an_object);
    const auto version = message.find("v");
    if (version == message.end()) return error(ErrorCode::version_missing, "v");
    if (!version->is_number_integer()) return error(ErrorCode::field_wrong_type, "v");
    if (version->get<std::int64_t>() != protocol_version) return error(ErrorCode::version_unsupported, "v");
    auto type = string_field(message, "type", 16);
    if (auto* problem = std::get_if<DecodeError>(&type)) return *problem;
    const std::string& name = std::get<std::string>(type);
    if (name == "join") return decode_join(message);
    if (name == "rejoin") return decode_rejoin(message);
    if (name == "look") {
        if (auto unknown = unknown_field(message, {"v", "type", "room"})) return error(ErrorCode::field_unknown, *unknown);
        auto room = string_field(message, "room", max_room_code_bytes);
        if (auto* problem = std::get_if<DecodeError>(&room)) return *problem;
        return PhoneMessage{LookMessage{std::get<std::string>(std::move(room))}};
    }
    if (name == "command") return decode_command(message);
    if (name == "vote") return decode_vote(message);
    if (Decoded write = error(ErrorCode::type_unknown, "type"); decode_write_message(name, message, write)) return write;
    if (name == "limits") return decode_limits(message);
    if (name == "timer") return decode_timer(message);
    if (Decoded guess = error(ErrorCode::type_unknown, "type"); decode_guess_message(name, message, guess)) return guess;
    if (Decoded change = error(ErrorCode::type_unknown, "type"); decode_guess_change_message(name, message, change)) {
        return change;
    }
    if (name == "closeness") return decode_closeness(message);
    if (name == "note") return decode_note(message);
    if (name == "ping") {
        if (auto unknown = unknown_field(message, {"v", "type"})) return error(ErrorCode::field_unknown, *unknown);
        return PhoneMessage{PingMessage{}};
    }
    return error(ErrorCode::type_unknown, "type");
}

std::string encode_welcome(std::string_view token, std::uint32_t device, std::string_view name,
                           std::optional<int> seat) {
    Json message = header("welcome");
    message["token"] = token;
    message["device"] = device;
    message["name"] = name;
    message["seat"] = optional_int(seat);
    return dump(message);
}

std::string encode_state(const PhoneView& view) {
    Json message = header("state");
    message["language"] = view.language;
    message["seats"] = seats_of(view);
    message["you"] = optional_int(view.your_seat);
    message["turn"] = optional_int(view.turn);
    message["card"] = view.card_text;
    message["kind"] = view.card_kind;
    message["favourites"] = view.favourites;
    message["voting"] = view.voting;
    message["voted"] = view.voted;
    message["votes_cast"] = view.votes_cast;
    message["votes_total"] = view.votes_total;
    message["write"] = write_of(view.write);
    add_couple_parts(message, view);
    message["guess"] = guess_of(view.guess);
    message["between"] = between_of(view.between);
    return dump(message);
}

void with_own_answer(PhoneView& view, std::optional<int> seat) {
    if (!view.write) return;
    WriteView& write = *view.write;
    write.your_answer.reset();
    if (seat && *seat >= 0 && static_cast<std::size_t>(*seat) < write.own_answers.size()) {
        write.your_answer = write.own_answers[static_cast<std::size_t>(*seat)];
    }
    write.own_answers.clear();
}

void with_guess_choices(PhoneView& view, std::optional<int> seat) {
    if (!view.guess) return;
    GuessView& guess = *view.guess;
    guess.choices.clear();
    if (!seat || *seat != guess.reader) return;
    // Answered: the reader may still take it back (as Back on the TV) until the next card.
    if (guess.answered) guess.choices = {"change", "next"};
    else if (guess.kind == "open") guess.choices = {"mark", "confirm"};
    else guess.choices = {"right", "missed"};
}

void with_own_between(PhoneView& view, std::optional<int> seat) {
    if (!view.between) return;
    BetweenView& between = *view.between;
    between.yours = seat && *seat >= 0 && static_cast<std::size_t>(*seat) < between.asked_by_seat.size() &&
                    between.asked_by_seat[static_cast<std::size_t>(*seat)];
    between.asked_by_seat.clear();
}

std::string encode_error(ErrorCode code, std::string_view field) {
    Json message = header("error");
    message["code"] = to_string(code);
    if (!field.empty()) message["field"] = field;
    return dump(message);
}

std::string encode_seats(const PhoneView& view) {
    Json message = header("seats");
    message["seats"] = seats_of(view);
    return dump(message);
}

std::string encode_removed() { return dump(header("removed")); }
std::string encode_pong() { return dump(header("pong")); }

}  // namespace kindling::phones
