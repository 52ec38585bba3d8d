// The phone protocol's decoder and encoders (game/phones/protocol.hpp), headless.
#include "phones/protocol.hpp"

#include "core/night/write_round.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace kindling::phones;

namespace {

PhoneMessage decoded(std::string_view text) {
    Decoded result = decode_phone_message(text);
    if (const auto* problem = std::get_if<DecodeError>(&result)) {
        FAIL("decoding " << text << " gave " << to_string(problem->code) << " at " << problem->field);
    }
    return std::get<PhoneMessage>(result);
}

DecodeError refused(std::string_view text) {
    Decoded result = decode_phone_message(text);
    if (std::holds_alternative<PhoneMessage>(result)) FAIL("decoding " << text << " was accepted");
    return std::get<DecodeError>(result);
}

}  // namespace

TEST_CASE("Every kind of phone message decodes into its fields") {
    CHECK(decoded(R"({"v":1,"type":"join","room":"KFRT","name":"Ana"})") ==
          PhoneMessage{JoinMessage{"KFRT", std::string("Ana"), std::nullopt}});
    CHECK(decoded(R"({"type":"join","v":1,"room":"kfrt","seat":2})") ==
          PhoneMessage{JoinMessage{"kfrt", std::nullopt, 2}});
    CHECK(decoded(R"({"v":1,"type":"look","room":"KFRT"})") == PhoneMessage{LookMessage{"KFRT"}});
    CHECK(decoded(R"({"v":1,"type":"rejoin","token":"0123456789abcdef0123456789abcdef"})") ==
          PhoneMessage{RejoinMessage{"0123456789abcdef0123456789abcdef"}});
    CHECK(decoded(R"({"v":1,"type":"command","command":"done"})") == PhoneMessage{CommandMessage{PhoneCommand::done}});
    CHECK(decoded(R"({"v":1,"type":"command","command":"swap"})") == PhoneMessage{CommandMessage{PhoneCommand::swap}});
    CHECK(decoded(R"({"v":1,"type":"command","command":"favourite"})") ==
          PhoneMessage{CommandMessage{PhoneCommand::favourite}});
    CHECK(decoded(R"({"v":1,"type":"vote","candidate":15})") == PhoneMessage{VoteMessage{15}});
    CHECK(decoded(R"({"v":1,"type":"ping"})") == PhoneMessage{PingMessage{}});
}

TEST_CASE("A phone message that is not what version 1 expects gets a coded error naming the field") {
    CHECK(refused("") == DecodeError{ErrorCode::not_json, ""});
    CHECK(refused("{\"v\":1,") == DecodeError{ErrorCode::not_json, ""});
    CHECK(refused("[1,2]") == DecodeError{ErrorCode::not_an_object, ""});
    CHECK(refused(R"({"type":"ping"})") == DecodeError{ErrorCode::version_missing, "v"});
    CHECK(refused(R"({"v":"1","type":"ping"})") == DecodeError{ErrorCode::field_wrong_type, "v"});
    CHECK(refused(R"({"v":1.0,"type":"ping"})") == DecodeError{ErrorCode::field_wrong_type, "v"});
    CHECK(refused(R"({"v":2,"type":"ping"})") == DecodeError{ErrorCode::version_unsupported, "v"});
    CHECK(refused(R"({"v":1})") == DecodeError{ErrorCode::field_missing, "type"});
    CHECK(refused(R"({"v":1,"type":"dance"})") == DecodeError{ErrorCode::type_unknown, "type"});
    CHECK(refused(R"({"v":1,"type":"ping","extra":true})") == DecodeError{ErrorCode::field_unknown, "extra"});
    CHECK(refused(R"({"v":1,"type":"join","name":"Ana"})") == DecodeError{ErrorCode::field_missing, "room"});
    CHECK(refused(R"({"v":1,"type":"join","room":"KFRT"})") == DecodeError{ErrorCode::field_missing, "name"});
    CHECK(refused(R"({"v":1,"type":"join","room":"KFRT","name":"A","seat":1})") ==
          DecodeError{ErrorCode::field_unknown, "seat"});
    CHECK(refused(R"({"v":1,"type":"join","room":7,"name":"A"})") == DecodeError{ErrorCode::field_wrong_type, "room"});
    CHECK(refused(R"({"v":1,"type":"join","room":"KFRT","seat":16})") ==
          DecodeError{ErrorCode::field_out_of_range, "seat"});
    CHECK(refused(R"({"v":1,"type":"join","room":"KFRT","seat":-1})") ==
          DecodeError{ErrorCode::field_out_of_range, "seat"});
    CHECK(refused(R"({"v":1,"type":"vote","candidate":18446744073709551615})") ==
          DecodeError{ErrorCode::field_out_of_range, "candidate"});
    CHECK(refused(R"({"v":1,"type":"vote","candidate":true})") ==
          DecodeError{ErrorCode::field_wrong_type, "candidate"});
    CHECK(refused(R"({"v":1,"type":"command","command":"shout"})") ==
          DecodeError{ErrorCode::field_out_of_range, "command"});
    CHECK(refused(R"({"v":1,"type":"rejoin","token":"0123"})") == DecodeError{ErrorCode::field_out_of_range, "token"});
    CHECK(refused(R"({"v":1,"type":"rejoin","token":"0123456789ABCDEF0123456789ABCDEF"})") ==
          DecodeError{ErrorCode::field_out_of_range, "token"});
}

TEST_CASE("Phone messages over 4 KiB, with bytes that are not UTF-8, or nested deep are refused") {
    const std::string padding(max_message_bytes, 'a');
    CHECK(refused(R"({"v":1,"type":"join","room":"KFRT","name":")" + padding + "\"}").code == ErrorCode::too_large);
    CHECK(refused("{\"v\":1,\"type\":\"join\",\"room\":\"KFRT\",\"name\":\"\xff\xfe\"}").code == ErrorCode::not_json);
    CHECK(refused(std::string(4000, '[')).code == ErrorCode::not_json);
    // An unknown field's name is echoed back only in part.
    const DecodeError long_field = refused(R"({"v":1,"type":"ping",")" + std::string(300, 'x') + R"(":1})");
    CHECK(long_field.code == ErrorCode::field_unknown);
    CHECK(long_field.field == std::string(64, 'x'));
}

TEST_CASE("The game's messages to phones are versioned JSON with every field of the view") {
    PhoneView view;
    view.language = "de";
    view.seats = {"Ana", "Ben", "Cy"};
    view.seat_taken = {true, false, true};
    view.seat_away = {false, false, true};
    view.your_seat = 0;
    view.turn = 1;
    view.card_text = "Was \"bringt\" dich zum Lachen?";
    view.card_kind = "question";
    view.voting = true;
    view.voted = {true, false, true};
    view.votes_cast = 2;
    view.votes_total = 3;
    const auto state = nlohmann::json::parse(encode_state(view));
    CHECK(state["v"] == 1);
    CHECK(state["type"] == "state");
    CHECK(state["language"] == "de");
    CHECK(state["seats"].size() == 3);
    CHECK(state["seats"][2] == nlohmann::json{{"name", "Cy"}, {"taken", true}, {"away", true}});
    CHECK(state["you"] == 0);
    CHECK(state["turn"] == 1);
    CHECK(state["card"] == "Was \"bringt\" dich zum Lachen?");
    CHECK(state["voting"] == true);
    CHECK(state["favourites"] == true);
    CHECK(state["voted"] == nlohmann::json::array({true, false, true}));
    CHECK(state["votes_cast"] == 2);
    CHECK(state["votes_total"] == 3);

    const auto welcome = nlohmann::json::parse(encode_welcome("ab12", 7, "Ana", std::nullopt));
    CHECK(welcome == nlohmann::json{{"v", 1}, {"type", "welcome"}, {"token", "ab12"}, {"device", 7},
                                    {"name", "Ana"}, {"seat", nullptr}});
    const auto error = nlohmann::json::parse(encode_error(ErrorCode::room_code_wrong));
    CHECK(error == nlohmann::json{{"v", 1}, {"type", "error"}, {"code", "room_code_wrong"}});
    // Text that is not UTF-8 (a deck author's slip) is replaced, never thrown.
    view.card_text = "\xff";
    CHECK_NOTHROW(nlohmann::json::parse(encode_state(view)));
}

// ---- the write round (a party's write card) ----

TEST_CASE("A write round's messages decode: an answer cleaned like card text, a pass, a favourite") {
    CHECK(decoded(R"({"v":1,"type":"answer","text":"  A  tiny\n\tboat "})") == PhoneMessage{AnswerMessage{"A tiny boat"}});
    // Direction marks and control characters go, as on a card.
    CHECK(decoded("{\"v\":1,\"type\":\"answer\",\"text\":\"ab\\u202ecd\\u0007\"}") == PhoneMessage{AnswerMessage{"abcd"}});
    CHECK(decoded(R"({"v":1,"type":"pass"})") == PhoneMessage{PassMessage{}});
    CHECK(decoded(R"({"v":1,"type":"vote_answer","answer":0})") == PhoneMessage{AnswerVoteMessage{0}});
    CHECK(decoded(R"({"v":1,"type":"vote_answer","answer":15})") == PhoneMessage{AnswerVoteMessage{15}});
}

TEST_CASE("An answer longer than the round keeps is refused, never cut short, and other slips get coded errors") {
    const auto answer = [](const std::string& text) { return nlohmann::json{{"v", 1}, {"type", "answer"}, {"text", text}}.dump(); };
    // Exactly the limit in code points (two bytes each) is fine; one more is refused.
    std::string at_limit;
    for (std::size_t i = 0; i < kindling::max_answer_chars; ++i) at_limit += "\xc3\xa4";
    CHECK(decoded(answer(at_limit)) == PhoneMessage{AnswerMessage{at_limit}});
    CHECK(refused(answer(at_limit + "a")) == DecodeError{ErrorCode::field_out_of_range, "text"});
    // Spaces that cleaning folds away do not count.
    CHECK(decoded(answer("   " + std::string(kindling::max_answer_chars, 'x') + "\n\n")) ==
          PhoneMessage{AnswerMessage{std::string(kindling::max_answer_chars, 'x')}});
    CHECK(refused(answer(" \n\t ")) == DecodeError{ErrorCode::field_out_of_range, "text"});
    CHECK(refused(R"({"v":1,"type":"answer"})") == DecodeError{ErrorCode::field_missing, "text"});
    CHECK(refused(R"({"v":1,"type":"answer","text":7})") == DecodeError{ErrorCode::field_wrong_type, "text"});
    CHECK(refused(R"({"v":1,"type":"answer","text":"hi","seat":1})") == DecodeError{ErrorCode::field_unknown, "seat"});
    CHECK(refused(R"({"v":1,"type":"pass","text":"hi"})") == DecodeError{ErrorCode::field_unknown, "text"});
    CHECK(refused(R"({"v":1,"type":"vote_answer"})") == DecodeError{ErrorCode::field_missing, "answer"});
    CHECK(refused(R"({"v":1,"type":"vote_answer","answer":"1"})") == DecodeError{ErrorCode::field_wrong_type, "answer"});
    CHECK(refused(R"({"v":1,"type":"vote_answer","answer":-1})") == DecodeError{ErrorCode::field_out_of_range, "answer"});
    CHECK(refused(R"({"v":1,"type":"vote_answer","answer":16})") == DecodeError{ErrorCode::field_out_of_range, "answer"});
}

TEST_CASE("The write round goes to phones without its authors: each phone learns only its own answer") {
    PhoneView view;
    view.seats = {"Ana", "Ben", "Cy"};
    WriteView write;
    write.step = "voting";
    write.written = {true, true, true};
    write.written_count = 3;
    write.answers = {"a kite", "a boat"};
    write.voted = {false, true, false};
    write.votes_cast = 1;
    write.votes_total = 3;
    write.own_answers = {1, std::nullopt, 0};  // Ben passed
    view.write = write;

    // The view as it is (never sent so) holds no author either.
    const auto shared = nlohmann::json::parse(encode_state(view));
    CHECK(shared["write"]["yours"].is_null());
    CHECK_FALSE(shared["write"].contains("own_answers"));

    for (const auto& [seat, yours] : std::vector<std::pair<std::optional<int>, nlohmann::json>>{
             {0, 1}, {1, nullptr}, {2, 0}, {std::nullopt, nullptr}, {7, nullptr}}) {
        PhoneView own = view;
        with_own_answer(own, seat);
        CHECK(own.write->own_answers.empty());
        const auto state = nlohmann::json::parse(encode_state(own));
        CHECK(state["write"]["yours"] == yours);
        CHECK(state["write"]["step"] == "voting");
        CHECK(state["write"]["answers"] == nlohmann::json::array({"a kite", "a boat"}));
        CHECK(state["write"]["written"] == nlohmann::json::array({true, true, true}));
        CHECK(state["write"]["written_count"] == 3);
        CHECK(state["write"]["voted"] == nlohmann::json::array({false, true, false}));
        CHECK(state["write"]["votes_cast"] == 1);
        CHECK(state["write"]["votes_total"] == 3);
        CHECK(state["write"]["max_chars"] == kindling::max_answer_chars);
        // Nothing in the message says whose the other answers are.
        const std::string text = encode_state(own);
        CHECK(text.find("own") == std::string::npos);
    }
    // No round: null.
    view.write.reset();
    CHECK(nlohmann::json::parse(encode_state(view))["write"].is_null());
}

// ---- the couple night on phones: private limits and the card's timer ----

TEST_CASE("A partner's limits and the timer's controls decode field by field") {
    CHECK(decoded(R"({"v":1,"type":"limits","most_private":2,"skip_themes":["play"],"skip_kinds":["gesture","dare"]})") ==
          PhoneMessage{LimitsMessage{2, {"play"}, {"gesture", "dare"}}});
    CHECK(decoded(R"({"v":1,"type":"limits","most_private":3,"skip_themes":[],"skip_kinds":[]})") ==
          PhoneMessage{LimitsMessage{3, {}, {}}});
    for (const TimerControl control : {TimerControl::start, TimerControl::pause, TimerControl::extend, TimerControl::skip,
                                       TimerControl::shorter, TimerControl::longer}) {
        const std::string text = R"({"v":1,"type":"timer","action":")" + std::string(to_string(control)) + "\"}";
        CHECK(decoded(text) == PhoneMessage{TimerMessage{control}});
    }
}

TEST_CASE("Limits and timer messages that are not what version 1 expects get a coded error naming the field") {
    CHECK(refused(R"({"v":1,"type":"limits","skip_themes":[],"skip_kinds":[]})") ==
          DecodeError{ErrorCode::field_missing, "most_private"});
    CHECK(refused(R"({"v":1,"type":"limits","most_private":0,"skip_themes":[],"skip_kinds":[]})") ==
          DecodeError{ErrorCode::field_out_of_range, "most_private"});
    CHECK(refused(R"({"v":1,"type":"limits","most_private":4,"skip_themes":[],"skip_kinds":[]})") ==
          DecodeError{ErrorCode::field_out_of_range, "most_private"});
    CHECK(refused(R"({"v":1,"type":"limits","most_private":"2","skip_themes":[],"skip_kinds":[]})") ==
          DecodeError{ErrorCode::field_wrong_type, "most_private"});
    CHECK(refused(R"({"v":1,"type":"limits","most_private":2,"skip_kinds":[]})") ==
          DecodeError{ErrorCode::field_missing, "skip_themes"});
    CHECK(refused(R"({"v":1,"type":"limits","most_private":2,"skip_themes":"play","skip_kinds":[]})") ==
          DecodeError{ErrorCode::field_wrong_type, "skip_themes"});
    CHECK(refused(R"({"v":1,"type":"limits","most_private":2,"skip_themes":[7],"skip_kinds":[]})") ==
          DecodeError{ErrorCode::field_wrong_type, "skip_themes"});
    CHECK(refused(R"({"v":1,"type":"limits","most_private":2,"skip_themes":[""],"skip_kinds":[]})") ==
          DecodeError{ErrorCode::field_out_of_range, "skip_themes"});
    CHECK(refused(R"({"v":1,"type":"limits","most_private":2,"skip_themes":[")" + std::string(65, 'x') +
                  R"("],"skip_kinds":[]})") == DecodeError{ErrorCode::field_out_of_range, "skip_themes"});
    std::string many = R"({"v":1,"type":"limits","most_private":2,"skip_themes":[)";
    for (std::size_t index = 0; index <= max_limit_choices; ++index) many += (index > 0 ? ",\"t" : "\"t") + std::to_string(index) + "\"";
    many += R"(],"skip_kinds":[]})";
    CHECK(refused(many) == DecodeError{ErrorCode::field_out_of_range, "skip_themes"});
    // Card kinds are the game's own list: an unknown one is refused by the decoder.
    CHECK(refused(R"({"v":1,"type":"limits","most_private":2,"skip_themes":[],"skip_kinds":["hug"]})") ==
          DecodeError{ErrorCode::field_out_of_range, "skip_kinds"});
    CHECK(refused(R"({"v":1,"type":"limits","most_private":2,"skip_themes":[],"skip_kinds":[],"who":"Ben"})") ==
          DecodeError{ErrorCode::field_unknown, "who"});
    CHECK(refused(R"({"v":1,"type":"timer"})") == DecodeError{ErrorCode::field_missing, "action"});
    CHECK(refused(R"({"v":1,"type":"timer","action":"rewind"})") == DecodeError{ErrorCode::field_out_of_range, "action"});
    CHECK(refused(R"({"v":1,"type":"timer","action":1})") == DecodeError{ErrorCode::field_wrong_type, "action"});
    CHECK(refused(R"({"v":1,"type":"timer","action":"pause","seconds":30})") == DecodeError{ErrorCode::field_unknown, "seconds"});
}

TEST_CASE("A state message carries who gave their limits, this phone's own form only, and the card's timer") {
    PhoneView view;
    view.seats = {"Ana", "Ben"};
    view.your_seat = 1;
    CHECK(nlohmann::json::parse(encode_state(view))["limits"].is_null());
    CHECK(nlohmann::json::parse(encode_state(view))["timer"].is_null());

    LimitsForm form;
    form.title = "Ben, your limits for tonight";
    form.levels = {{"1", "Fine with friends", "Only cards that would be fine with friends around."}};
    form.themes = {{"play", "Play", ""}};
    form.kinds = {{"gesture", "Gestures", ""}};
    form.done = "Done, hide my limits";
    view.limits_open = true;
    view.limits_done = {true, false};
    view.your_limits = form;
    // What the game fills in per seat is never encoded itself: the server picks your_limits from it.
    LimitsForm other = form;
    other.title = "Ana, your limits for tonight";
    view.limits_by_seat = {other, form};
    view.timer = PhoneTimer{"paused", 42000, 60000, false};
    const std::string text = encode_state(view);
    CHECK(text.find("Ana, your limits") == std::string::npos);
    const auto state = nlohmann::json::parse(text);
    CHECK(state["limits"]["done"] == nlohmann::json::array({true, false}));
    CHECK(state["limits"]["form"]["title"] == "Ben, your limits for tonight");
    CHECK(state["limits"]["form"]["levels"][0] ==
          nlohmann::json{{"id", "1"}, {"label", "Fine with friends"}, {"detail", "Only cards that would be fine with friends around."}});
    CHECK(state["limits"]["form"]["themes"][0] == nlohmann::json{{"id", "play"}, {"label", "Play"}});
    CHECK(state["limits"]["form"]["kinds"][0]["id"] == "gesture");
    CHECK(state["limits"]["form"]["done"] == "Done, hide my limits");
    CHECK(state["timer"] == nlohmann::json{{"phase", "paused"}, {"remaining_ms", 42000}, {"length_ms", 60000}, {"choosable", false}});

    // Done, or not this phone's to give: the phone sees only who is done.
    view.your_limits.reset();
    CHECK(nlohmann::json::parse(encode_state(view))["limits"]["form"].is_null());
}

// ---- the guess round (a party's guess card) ----

TEST_CASE("A guess round's messages decode: right or missed, a mark on a seat, a confirm") {
    CHECK(decoded(R"({"v":1,"type":"guess","right":true})") == PhoneMessage{GuessMessage{true}});
    CHECK(decoded(R"({"v":1,"type":"guess","right":false})") == PhoneMessage{GuessMessage{false}});
    CHECK(decoded(R"({"v":1,"type":"guess_mark","seat":0,"right":true})") == PhoneMessage{GuessMarkMessage{0, true}});
    CHECK(decoded(R"({"v":1,"type":"guess_mark","right":false,"seat":15})") == PhoneMessage{GuessMarkMessage{15, false}});
    CHECK(decoded(R"({"v":1,"type":"guess_confirm"})") == PhoneMessage{GuessConfirmMessage{}});
}

TEST_CASE("A guess round's messages with a slip get coded errors naming the field") {
    CHECK(refused(R"({"v":1,"type":"guess"})") == DecodeError{ErrorCode::field_missing, "right"});
    CHECK(refused(R"({"v":1,"type":"guess","right":1})") == DecodeError{ErrorCode::field_wrong_type, "right"});
    CHECK(refused(R"({"v":1,"type":"guess","right":"true"})") == DecodeError{ErrorCode::field_wrong_type, "right"});
    CHECK(refused(R"({"v":1,"type":"guess","right":true,"seat":1})") == DecodeError{ErrorCode::field_unknown, "seat"});
    CHECK(refused(R"({"v":1,"type":"guess_mark","right":true})") == DecodeError{ErrorCode::field_missing, "seat"});
    CHECK(refused(R"({"v":1,"type":"guess_mark","seat":2})") == DecodeError{ErrorCode::field_missing, "right"});
    CHECK(refused(R"({"v":1,"type":"guess_mark","seat":-1,"right":true})") == DecodeError{ErrorCode::field_out_of_range, "seat"});
    CHECK(refused(R"({"v":1,"type":"guess_mark","seat":16,"right":true})") == DecodeError{ErrorCode::field_out_of_range, "seat"});
    CHECK(refused(R"({"v":1,"type":"guess_mark","seat":1.5,"right":true})") == DecodeError{ErrorCode::field_wrong_type, "seat"});
    CHECK(refused(R"({"v":1,"type":"guess_mark","seat":1,"right":null})") == DecodeError{ErrorCode::field_wrong_type, "right"});
    CHECK(refused(R"({"v":1,"type":"guess_confirm","right":true})") == DecodeError{ErrorCode::field_unknown, "right"});
}

TEST_CASE("The guess round goes to every phone as the TV shows it, and only the reader's phone gets choices") {
    PhoneView view;
    view.seats = {"Ana", "Ben", "Cy"};
    GuessView guess;
    guess.kind = "open";
    guess.reader = 1;
    guess.marked = {true, false, false};
    view.guess = guess;

    const auto shared = nlohmann::json::parse(encode_state(view));
    CHECK(shared["guess"]["kind"] == "open");
    CHECK(shared["guess"]["reader"] == 1);
    CHECK(shared["guess"]["guesser"].is_null());
    CHECK(shared["guess"]["answered"] == false);
    CHECK(shared["guess"]["right"].is_null());
    CHECK(shared["guess"]["marked"] == nlohmann::json::array({true, false, false}));
    CHECK(shared["guess"]["choices"] == nlohmann::json::array());

    for (const std::optional<int> seat : {std::optional<int>(0), std::optional<int>(2), std::optional<int>()}) {
        PhoneView own = view;
        with_guess_choices(own, seat);
        CHECK(nlohmann::json::parse(encode_state(own))["guess"]["choices"] == nlohmann::json::array());
    }
    PhoneView reader = view;
    with_guess_choices(reader, 1);
    CHECK(nlohmann::json::parse(encode_state(reader))["guess"]["choices"] == nlohmann::json::array({"mark", "confirm"}));

    // A pair round: right or missed until answered, then the next card.
    view.guess->kind = "pair";
    view.guess->guesser = 2;
    view.guess->marked.clear();
    reader = view;
    with_guess_choices(reader, 1);
    auto state = nlohmann::json::parse(encode_state(reader));
    CHECK(state["guess"]["guesser"] == 2);
    CHECK(state["guess"]["choices"] == nlohmann::json::array({"right", "missed"}));
    view.guess->answered = true;
    view.guess->right = false;
    reader = view;
    with_guess_choices(reader, 1);
    state = nlohmann::json::parse(encode_state(reader));
    CHECK(state["guess"]["right"] == false);
    CHECK(state["guess"]["choices"] == nlohmann::json::array({"change", "next"}));
    // No round: null.
    view.guess.reset();
    CHECK(nlohmann::json::parse(encode_state(view))["guess"].is_null());
}

// ---- taking a guess answer back ----

TEST_CASE("The reader's Change decodes, and a slip in it gets a coded error naming the field") {
    CHECK(decoded(R"({"v":1,"type":"guess_change"})") == PhoneMessage{GuessChangeMessage{}});
    CHECK(decoded(R"({"type":"guess_change","v":1})") == PhoneMessage{GuessChangeMessage{}});
    CHECK(refused(R"({"v":1,"type":"guess_change","right":true})") == DecodeError{ErrorCode::field_unknown, "right"});
    CHECK(refused(R"({"v":1,"type":"guess_change","seat":0})") == DecodeError{ErrorCode::field_unknown, "seat"});
    CHECK(refused(R"({"type":"guess_change"})") == DecodeError{ErrorCode::version_missing, "v"});
    CHECK(refused(R"({"v":2,"type":"guess_change"})") == DecodeError{ErrorCode::version_unsupported, "v"});
    CHECK(refused(R"({"v":1,"type":"guess_changed"})") == DecodeError{ErrorCode::type_unknown, "type"});
    CHECK(refused(R"({"v":1,"type":"GUESS_CHANGE"})") == DecodeError{ErrorCode::type_unknown, "type"});
}

TEST_CASE("Only the reader's phone is offered Change, and only once the guess is answered") {
    PhoneView view;
    GuessView guess;
    guess.kind = "open";
    guess.reader = 0;
    guess.marked = {false, true, false};
    view.guess = guess;
    const auto choices = [&](std::optional<int> seat) {
        PhoneView own = view;
        with_guess_choices(own, seat);
        return nlohmann::json::parse(encode_state(own))["guess"]["choices"];
    };
    CHECK(choices(0) == nlohmann::json::array({"mark", "confirm"}));  // not answered yet: nothing to take back
    view.guess->answered = true;
    CHECK(choices(0) == nlohmann::json::array({"change", "next"}));
    CHECK(choices(1) == nlohmann::json::array());
    CHECK(choices(2) == nlohmann::json::array());
    CHECK(choices(std::nullopt) == nlohmann::json::array());
}

// ---- between nights: the closeness check and the note for next time ----

TEST_CASE("A partner's closeness check and note decode field by field, the note cleaned like card text") {
    CHECK(decoded(R"({"v":1,"type":"closeness","value":64,"share":false})") == PhoneMessage{ClosenessMessage{64, false}});
    CHECK(decoded(R"({"v":1,"type":"closeness","value":0,"share":true})") == PhoneMessage{ClosenessMessage{0, true}});
    CHECK(decoded(R"({"v":1,"type":"closeness","value":100,"share":false})") == PhoneMessage{ClosenessMessage{100, false}});
    CHECK(decoded(R"({"v":1,"type":"closeness","value":null,"share":false})") ==
          PhoneMessage{ClosenessMessage{std::nullopt, false}});
    CHECK(decoded(R"({"v":1,"type":"note","text":"  see you\n\n soon  "})") == PhoneMessage{NoteMessage{"see you soon"}});
    CHECK(decoded(R"({"v":1,"type":"note","text":null})") == PhoneMessage{NoteMessage{}});
    // Exactly 200 code points (two bytes each) is kept whole.
    std::string at_limit;
    for (int i = 0; i < 200; ++i) at_limit += "\xc3\xa4";
    CHECK(decoded(R"({"v":1,"type":"note","text":")" + at_limit + R"("})") == PhoneMessage{NoteMessage{at_limit}});
}

TEST_CASE("Closeness and note messages that are not what version 1 expects get a coded error naming the field") {
    CHECK(refused(R"({"v":1,"type":"closeness","share":false})") == DecodeError{ErrorCode::field_missing, "value"});
    CHECK(refused(R"({"v":1,"type":"closeness","value":50})") == DecodeError{ErrorCode::field_missing, "share"});
    CHECK(refused(R"({"v":1,"type":"closeness","value":-1,"share":false})") == DecodeError{ErrorCode::field_out_of_range, "value"});
    CHECK(refused(R"({"v":1,"type":"closeness","value":101,"share":false})") == DecodeError{ErrorCode::field_out_of_range, "value"});
    CHECK(refused(R"({"v":1,"type":"closeness","value":50.5,"share":false})") == DecodeError{ErrorCode::field_wrong_type, "value"});
    CHECK(refused(R"({"v":1,"type":"closeness","value":"50","share":false})") == DecodeError{ErrorCode::field_wrong_type, "value"});
    CHECK(refused(R"({"v":1,"type":"closeness","value":50,"share":"yes"})") == DecodeError{ErrorCode::field_wrong_type, "share"});
    CHECK(refused(R"({"v":1,"type":"closeness","value":50,"share":false,"seat":0})") ==
          DecodeError{ErrorCode::field_unknown, "seat"});
    CHECK(refused(R"({"v":1,"type":"note"})") == DecodeError{ErrorCode::field_missing, "text"});
    CHECK(refused(R"({"v":1,"type":"note","text":7})") == DecodeError{ErrorCode::field_wrong_type, "text"});
    CHECK(refused(R"({"v":1,"type":"note","text":"   \n  "})") == DecodeError{ErrorCode::field_out_of_range, "text"});
    CHECK(refused(R"({"v":1,"type":"note","text":")" + std::string(201, 'x') + R"("})") ==
          DecodeError{ErrorCode::field_out_of_range, "text"});
    CHECK(refused(R"({"v":1,"type":"note","text":"hi","to":1})") == DecodeError{ErrorCode::field_unknown, "to"});
}

TEST_CASE("The steps between nights go to phones as who is done, only the asked phone learns it is asked") {
    PhoneView view;
    view.seats = {"Ana", "Ben"};
    CHECK(nlohmann::json::parse(encode_state(view))["between"].is_null());

    BetweenView between;
    between.step = "closeness";
    between.moment = "end";
    between.done = {true, false};
    between.share_offered = true;
    between.asked_by_seat = {false, true};
    view.between = between;

    PhoneView ben = view;
    with_own_between(ben, 1);
    const auto state = nlohmann::json::parse(encode_state(ben));
    CHECK(state["between"] == nlohmann::json{{"step", "closeness"},
                                             {"moment", "end"},
                                             {"done", nlohmann::json::array({true, false})},
                                             {"yours", true},
                                             {"share", true}});
    CHECK(ben.between->asked_by_seat.empty());
    for (const std::optional<int> seat : {std::optional<int>(0), std::optional<int>(5), std::optional<int>()}) {
        PhoneView other = view;
        with_own_between(other, seat);
        CHECK(nlohmann::json::parse(encode_state(other))["between"]["yours"] == false);
        CHECK(other.between->asked_by_seat.empty());
    }
}
