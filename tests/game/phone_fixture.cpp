#include "game/phone_fixture.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <thread>

namespace kindling::testing {

void read_phone(Phone& phone) {
    while (const std::optional<std::string> text = phone.socket.receive(5)) {
        nlohmann::json message = nlohmann::json::parse(*text);
        if (message["type"] != "welcome") phone.heard += *text + "\n";
        if (message["type"] == "state") {
            phone.state = std::move(message);
        } else if (message["type"] == "error") {
            phone.errors.push_back(std::move(message));
        } else if (message["type"] == "welcome") {
            phone.token = message["token"];
            phone.seat = message["seat"].is_null() ? -1 : message["seat"].get<int>();
        }
    }
}

void pump(TestGame& game, std::vector<Phone>& phones, const std::function<bool()>& done,
          std::chrono::milliseconds limit) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < deadline) {
        SDL_Event event;
        bool any = false;
        while (SDL_PollEvent(&event) != 0) {
            game.app().dispatch(event);
            any = true;
        }
        if (any) game.settle(50);
        for (Phone& phone : phones) read_phone(phone);
        if (done()) return;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

void send(Phone& phone, const nlohmann::json& message) { REQUIRE(phone.socket.send_frame(message.dump())); }

app::AppOptions loopback_options() {
    app::AppOptions options = test_options();
    options.phones_bind = "127.0.0.1";
    options.phones_port = 0;
    return options;
}

std::vector<Phone> join_seats(TestGame& game, const std::vector<int>& seats) {
    phones::PhoneServer* server = game.game().phone_server();
    REQUIRE(server != nullptr);
    const std::string host = "127.0.0.1:" + std::to_string(server->port());
    std::vector<Phone> phones(seats.size());
    for (std::size_t index = 0; index < seats.size(); ++index) {
        REQUIRE(phones[index].socket.open("127.0.0.1", server->port(), "/socket", host, "http://" + host) == 101);
        send(phones[index], {{"v", 1}, {"type", "join"}, {"room", server->room_code()}, {"seat", seats[index]}});
    }
    pump(game, phones, [&] {
        return std::all_of(phones.begin(), phones.end(), [](const Phone& p) { return p.seat >= 0 && !p.state.is_null(); });
    });
    for (std::size_t index = 0; index < seats.size(); ++index) REQUIRE(phones[index].seat == seats[index]);
    return phones;
}

}  // namespace kindling::testing
