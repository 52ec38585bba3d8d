// The room (game/phones/room.hpp): codes, devices, seats, tokens, away, removal, wrong-code
// limits; and the cleaning of names typed on phones.
#include "phones/name_cleaning.hpp"
#include "phones/room.hpp"
#include "phones/system_random.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace kindling::phones;

namespace {

JoinMessage named(std::string name, std::string room = "KFRT") { return {std::move(room), std::move(name), std::nullopt}; }
JoinMessage seated(int seat, std::string room = "KFRT") { return {std::move(room), std::nullopt, seat}; }

Device joined(Room::Outcome outcome) {
    if (const auto* problem = std::get_if<ErrorCode>(&outcome)) FAIL("join refused: " << to_string(*problem));
    return std::get<Device>(outcome);
}

ErrorCode refused(Room::Outcome outcome) {
    if (std::holds_alternative<Device>(outcome)) FAIL("join accepted");
    return std::get<ErrorCode>(outcome);
}

}  // namespace

TEST_CASE("Room codes are short, readable letters and tokens are 128 random bits") {
    std::set<std::string> tokens;
    for (int round = 0; round < 200; ++round) {
        const std::string code = random_room_code();
        REQUIRE(code.size() == 4);
        for (const char letter : code) CHECK(std::string_view("ACDEFHJKLMNPRTUVWXY").find(letter) != std::string_view::npos);
        const std::string token = random_token();
        REQUIRE(token.size() == 32);
        CHECK(token.find_first_not_of("0123456789abcdef") == std::string::npos);
        tokens.insert(token);
    }
    CHECK(tokens.size() == 200);
}

TEST_CASE("A phone joins with a name, which takes a free seat of that name") {
    Room room("KFRT");
    room.set_seats({"Ana", "Ben", "Cy"});
    const Device ben = joined(room.join(named("  Ben "), "10.0.0.2", 0));
    CHECK(ben.name == "Ben");
    CHECK(ben.seat == 1);
    CHECK(ben.token.size() == 32);
    const Device dora = joined(room.join(named("Dora", "kfrt"), "10.0.0.3", 0));
    CHECK_FALSE(dora.seat.has_value());
    CHECK(refused(room.join(named("Dora"), "10.0.0.4", 0)) == ErrorCode::name_taken);
    CHECK(refused(room.join(named("\u202e \t"), "10.0.0.4", 0)) == ErrorCode::name_invalid);
    // The party set-up adds Dora as a player: her phone takes her seat.
    room.set_seats({"Ana", "Ben", "Cy", "Dora"});
    CHECK(room.find(dora.id)->seat == 3);
}

TEST_CASE("A phone takes a free seat by number, never one that is taken or missing") {
    Room room("KFRT");
    room.set_seats({"Ana", "Ben"});
    const Device ana = joined(room.join(seated(0), "10.0.0.2", 0));
    CHECK(ana.name == "Ana");
    CHECK(refused(room.join(seated(0), "10.0.0.3", 0)) == ErrorCode::seat_taken);
    CHECK(refused(room.join(seated(2), "10.0.0.3", 0)) == ErrorCode::field_out_of_range);
    CHECK(room.at_seat(0)->id == ana.id);
}

TEST_CASE("A seated phone is called by its seat's name when the name changes on the TV") {
    Room room("KFRT");
    room.set_seats({"Player 1", "Player 2"});
    const Device first = joined(room.join(seated(1), "10.0.0.2", 0));
    CHECK(first.name == "Player 2");
    // The name is typed on the TV while the phone is joined: the phone keeps its seat and the name.
    room.set_seats({"Player 1", "Ben"});
    CHECK(room.find(first.id)->seat == 1);
    CHECK(room.find(first.id)->name == "Ben");
    CHECK(refused(room.join(named("Ben"), "10.0.0.3", 0)) == ErrorCode::name_taken);
    // An unseated phone keeps the name it joined with.
    const Device dora = joined(room.join(named("Dora"), "10.0.0.3", 0));
    room.set_seats({"Ana", "Ben"});
    CHECK(room.find(dora.id)->name == "Dora");
    CHECK_FALSE(room.find(dora.id)->seat.has_value());
}

TEST_CASE("A phone that went away comes back to its seat with its token, and only with it") {
    Room room("KFRT");
    room.set_seats({"Ana", "Ben"});
    const Device ana = joined(room.join(seated(0), "10.0.0.2", 0));
    room.set_away(ana.id);
    CHECK(room.find(ana.id)->away);
    // Nobody else gets the seat of a phone that is only away.
    CHECK(refused(room.join(seated(0), "10.0.0.3", 0)) == ErrorCode::seat_taken);
    CHECK(refused(room.rejoin(std::string(32, '0'))) == ErrorCode::token_unknown);
    const Device back = joined(room.rejoin(ana.token));
    CHECK(back.id == ana.id);
    CHECK(back.seat == 0);
    CHECK_FALSE(room.find(ana.id)->away);
}

TEST_CASE("The host removes a device: its token stops working and its seat is free") {
    Room room("KFRT");
    room.set_seats({"Ana", "Ben"});
    const Device ana = joined(room.join(seated(0), "10.0.0.2", 0));
    CHECK(room.remove(ana.id));
    CHECK_FALSE(room.remove(ana.id));
    CHECK(refused(room.rejoin(ana.token)) == ErrorCode::token_unknown);
    CHECK(joined(room.join(seated(0), "10.0.0.3", 0)).seat == 0);
}

TEST_CASE("At most 16 devices join a room") {
    Room room("KFRT");
    for (int index = 0; index < 16; ++index) joined(room.join(named("P" + std::to_string(index)), "10.0.0.2", 0));
    CHECK(refused(room.join(named("Seventeen"), "10.0.0.2", 0)) == ErrorCode::room_full);
    CHECK(room.devices().size() == max_devices);
}

TEST_CASE("Wrong room codes are limited per address, and the limit passes after a minute") {
    Room room("KFRT");
    for (int attempt = 0; attempt < max_wrong_codes; ++attempt) {
        CHECK(refused(room.join(named("Eve", "AAAA"), "10.0.0.66", attempt)) == ErrorCode::room_code_wrong);
    }
    // Now even the right code is refused from there, while other addresses still join.
    CHECK(refused(room.join(named("Eve"), "10.0.0.66", 1000)) == ErrorCode::too_many_attempts);
    CHECK(room.check_code("KFRT", "10.0.0.66", 2000) == ErrorCode::too_many_attempts);
    CHECK(joined(room.join(named("Ana"), "10.0.0.2", 1000)).name == "Ana");
    CHECK(joined(room.join(named("Eve"), "10.0.0.66", wrong_code_window_ms + max_wrong_codes)).name == "Eve");
}

TEST_CASE("Names typed on phones are cleaned like names typed at the game") {
    CHECK(clean_name("  Ana  ") == "Ana");
    CHECK(clean_name("Ana \t\n  Lena") == "Ana Lena");
    CHECK(clean_name("A\u202Ena\u2066") == "Ana");
    CHECK(clean_name("Ana\x07\x1b[31m") == "Ana[31m");
    CHECK(clean_name("Zo\u00eb \U0001F469\u200D\U0001F4BB") == "Zo\u00eb \U0001F469\u200D\U0001F4BB");
    CHECK(clean_name(std::string(100, 'x')) == std::string(40, 'x'));
    CHECK_FALSE(clean_name("").has_value());
    CHECK_FALSE(clean_name(" \u200B ").has_value());
    CHECK_FALSE(clean_name("Ana\xff").has_value());
}
