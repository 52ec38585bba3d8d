// The phone protocol's decoder under fuzzing: any bytes give a message whose every field is
// in range, or a coded error; never an exception, and an error never echoes back more than a
// field name's worth of the input.
#include "fuzz_targets.hpp"

#include "phones/protocol.hpp"

#include "core/night/write_round.hpp"
#include "core/text/short_text.hpp"
#include "core/text/unicode.hpp"

#include <nlohmann/json.hpp>

#include <variant>

namespace kindling::fuzz {

namespace {

// The write round's messages: an answer is clean, not blank and within the round's limit.
void check_write_message(const phones::PhoneMessage& message, const std::string& text) {
    if (const auto* answer = std::get_if<phones::AnswerMessage>(&message)) {
        if (answer->text.empty()) throw PropertyViolation("an answer is not blank", text);
        if (unicode::code_point_count(answer->text) > max_answer_chars) throw PropertyViolation("an answer fits the round", text);
        if (clean_short_text(answer->text) != answer->text) throw PropertyViolation("an answer arrives cleaned", text);
    } else if (const auto* vote = std::get_if<phones::AnswerVoteMessage>(&message)) {
        if (vote->answer < 0 || vote->answer >= phones::max_seats) throw PropertyViolation("answer index in range", text);
    }
}

// The couple night's limits: a level of 1-3 and short lists of short, non-empty ids.
void check_limits(const phones::LimitsMessage& limits, const std::string& text) {
    if (limits.most_private < 1 || limits.most_private > 3) throw PropertyViolation("level in range", text);
    for (const auto* ids : {&limits.skip_themes, &limits.skip_kinds}) {
        if (ids->size() > phones::max_limit_choices) throw PropertyViolation("at most 64 ids", text);
        for (const std::string& id : *ids) {
            if (id.empty() || id.size() > phones::max_limit_id_bytes) throw PropertyViolation("ids are short", text);
        }
    }
}

// The guess round's messages: a marked seat is a seat.
void check_guess_message(const phones::PhoneMessage& message, const std::string& text) {
    if (const auto* mark = std::get_if<phones::GuessMarkMessage>(&message)) {
        if (mark->seat < 0 || mark->seat >= phones::max_seats) throw PropertyViolation("marked seat in range", text);
    }
}

// Taking a guess answer back carries nothing: it decodes only from an object holding exactly
// "v" and "type":"guess_change", so no stray field rides along with it to the game.
void check_guess_change(const phones::PhoneMessage& message, const std::string& text) {
    if (!std::holds_alternative<phones::GuessChangeMessage>(message)) return;
    const nlohmann::json object = nlohmann::json::parse(text, nullptr, false);
    const bool exact = object.is_object() && object.size() == 2 && object.contains("v") && object.contains("type") &&
                       object["type"] == "guess_change";
    if (!exact) throw PropertyViolation("guess_change decodes only from {v, type}", text);
}

// Between nights: a closeness on the TV's scale, a note clean, not blank and within 200.
void check_between_message(const phones::PhoneMessage& message, const std::string& text) {
    if (const auto* closeness = std::get_if<phones::ClosenessMessage>(&message)) {
        if (closeness->value && (*closeness->value < phones::phone_closeness_min || *closeness->value > phones::phone_closeness_max)) {
            throw PropertyViolation("closeness on the scale", text);
        }
    } else if (const auto* note = std::get_if<phones::NoteMessage>(&message)) {
        if (!note->text) return;
        if (note->text->empty()) throw PropertyViolation("a note is not blank", text);
        if (unicode::code_point_count(*note->text) > phones::max_phone_note_chars) throw PropertyViolation("a note fits", text);
        if (clean_short_text(*note->text) != *note->text) throw PropertyViolation("a note arrives cleaned", text);
    }
}

void check_message(const phones::PhoneMessage& message, std::string_view bytes) {
    const std::string text(bytes);
    if (const auto* join = std::get_if<phones::JoinMessage>(&message)) {
        if (join->name.has_value() == join->seat.has_value()) throw PropertyViolation("join has exactly one of name and seat", text);
        if (join->seat && (*join->seat < 0 || *join->seat >= phones::max_seats)) throw PropertyViolation("seat in range", text);
    } else if (const auto* rejoin = std::get_if<phones::RejoinMessage>(&message)) {
        if (rejoin->token.size() != phones::token_hex_chars) throw PropertyViolation("token has 32 digits", text);
    } else if (const auto* vote = std::get_if<phones::VoteMessage>(&message)) {
        if (vote->candidate < 0 || vote->candidate >= phones::max_seats) throw PropertyViolation("candidate in range", text);
    } else if (const auto* limits = std::get_if<phones::LimitsMessage>(&message)) {
        check_limits(*limits, text);
    }
    check_write_message(message, text);
    check_guess_message(message, text);
    check_guess_change(message, text);
    check_between_message(message, text);
}

}  // namespace

void decode_any_bytes_as_phone_message(std::string_view bytes) {
    phones::Decoded decoded;
    try {
        decoded = phones::decode_phone_message(bytes);
    } catch (const std::exception& error) {
        throw PropertyViolation("the decoder never throws", std::string(error.what()));
    }
    if (const auto* problem = std::get_if<phones::DecodeError>(&decoded)) {
        if (problem->field.size() > 64) throw PropertyViolation("an error's field is short", std::string(bytes));
        if (bytes.size() > phones::max_message_bytes && problem->code != phones::ErrorCode::too_large) {
            throw PropertyViolation("an oversized message is refused as too large", std::string(bytes.substr(0, 200)));
        }
        // Every error can be sent back to the phone as valid JSON.
        (void)phones::encode_error(problem->code, problem->field);
        return;
    }
    if (bytes.size() > phones::max_message_bytes) throw PropertyViolation("nothing over 4 KiB is decoded", std::string(bytes.substr(0, 200)));
    check_message(std::get<phones::PhoneMessage>(decoded), bytes);
}

}  // namespace kindling::fuzz
