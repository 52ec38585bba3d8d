// The phones' server against real sockets on 127.0.0.1: the page and nothing else, Host and
// Origin checks, joining and coming back, and hostile clients (wrong room codes, garbage,
// oversized and binary frames, floods, a thousand connect/disconnect cycles, a phone that stops
// reading). The room's state must come through all of it intact.
#include "phones/phone_server.hpp"
#include "support/raw_websocket.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <condition_variable>
#include <mutex>
#include <thread>

using namespace kindling::phones;
using kindling::testing::RawWebSocket;
using kindling::testing::http_get;
using Json = nlohmann::json;

namespace {

// What the server told the game, collected from its threads.
class EventLog {
public:
    void add(const PhoneEvent& event) {
        const std::lock_guard lock(mutex_);
        events_.push_back(event);
        arrived_.notify_all();
    }
    // Waits (a few seconds at most) until an event of `kind` has arrived; the first such one.
    std::optional<PhoneEvent> wait_for(PhoneEvent::Kind kind, std::size_t skip = 0) {
        std::unique_lock lock(mutex_);
        std::optional<PhoneEvent> found;
        arrived_.wait_for(lock, std::chrono::seconds(5), [&] {
            std::size_t seen = 0;
            for (const PhoneEvent& event : events_) {
                if (event.kind == kind && seen++ == skip) {
                    found = event;
                    return true;
                }
            }
            return false;
        });
        return found;
    }
    std::size_t count(PhoneEvent::Kind kind) {
        const std::lock_guard lock(mutex_);
        return static_cast<std::size_t>(std::count_if(events_.begin(), events_.end(),
                                                      [kind](const PhoneEvent& event) { return event.kind == kind; }));
    }

private:
    std::mutex mutex_;
    std::condition_variable arrived_;
    std::vector<PhoneEvent> events_;
};

struct RunningServer {
    EventLog log;
    std::unique_ptr<PhoneServer> server;

    RunningServer() {
        std::string error;
        server = PhoneServer::start({"127.0.0.1", 0, "KFRT"}, [this](const PhoneEvent& event) { log.add(event); }, error);
        REQUIRE(server != nullptr);
        server->set_seats({"Ana", "Ben", "Cy"});
    }
    [[nodiscard]] std::string host() const { return "127.0.0.1:" + std::to_string(server->port()); }
    [[nodiscard]] std::string origin() const { return "http://" + host(); }

    RawWebSocket open() const {
        RawWebSocket socket;
        REQUIRE(socket.open("127.0.0.1", server->port(), "/socket", host(), origin()) == 101);
        return socket;
    }
};

Json next_message(RawWebSocket& socket) {
    const std::optional<std::string> text = socket.receive(3000);
    REQUIRE(text.has_value());
    return Json::parse(*text);
}

// Sends `message` and returns the answer.
Json ask(RawWebSocket& socket, const Json& message) {
    REQUIRE(socket.send_frame(message.dump()));
    return next_message(socket);
}

Json join_message(const std::string& name, const std::string& room = "KFRT") {
    return Json{{"v", 1}, {"type", "join"}, {"room", room}, {"name", name}};
}

const Json ping{{"v", 1}, {"type", "ping"}};

}  // namespace

TEST_CASE("The phone server serves its page at / and nothing else") {
    RunningServer running;
    const auto page = http_get("127.0.0.1", running.server->port(), "/", running.host());
    CHECK(page.status == 200);
    CHECK(page.body.find("<!DOCTYPE html>") == 0);
    CHECK(page.head.find("Content-Security-Policy: default-src 'none'") != std::string::npos);
    CHECK(page.body.size() <= 150 * 1024);
    for (const char* path : {"/index.html", "/favicon.ico", "/../../etc/passwd", "/socket/x", "/%2e%2e/etc/passwd",
                             "//etc/passwd", "/?file=/etc/passwd"}) {
        INFO(path);
        const auto answer = http_get("127.0.0.1", running.server->port(), path, running.host());
        if (std::string_view(path) == "/?file=/etc/passwd") {
            // The query string is not part of the path: it is still the page, and nothing else.
            CHECK(answer.status == 200);
            CHECK(answer.body == page.body);
        } else {
            CHECK(answer.status == 404);
        }
        CHECK(answer.body.find("root:") == std::string::npos);
    }
}

TEST_CASE("The phone server refuses other Host names and other Origins (DNS rebinding)") {
    RunningServer running;
    const int port = running.server->port();
    CHECK(http_get("127.0.0.1", port, "/", "evil.example:" + std::to_string(port)).status == 403);
    CHECK(http_get("127.0.0.1", port, "/", "localhost:" + std::to_string(port)).status == 403);
    RawWebSocket socket;
    CHECK(socket.open("127.0.0.1", port, "/socket", running.host(), "http://evil.example") != 101);
    CHECK(socket.open("127.0.0.1", port, "/socket", running.host(), "") != 101);
    CHECK(socket.open("127.0.0.1", port, "/socket", "evil.example", running.origin()) != 101);
    CHECK(socket.open("127.0.0.1", port, "/socket", running.host(), running.origin()) == 101);
}

TEST_CASE("A phone joins, is told its seat, sends commands and votes, goes away and comes back") {
    RunningServer running;
    RawWebSocket phone = running.open();
    const Json welcome = ask(phone, join_message("Ben"));
    REQUIRE(welcome["type"] == "welcome");
    CHECK(welcome["seat"] == 1);
    const std::string token = welcome["token"];
    CHECK(token.size() == 32);
    const auto joined = running.log.wait_for(PhoneEvent::Kind::joined);
    REQUIRE(joined);
    CHECK(joined->seat == 1);
    CHECK(joined->name == "Ben");

    PhoneView view;
    view.turn = 1;
    view.card_text = "What made you laugh today?";
    running.server->publish(view);
    const Json state = next_message(phone);
    CHECK(state["type"] == "state");
    CHECK(state["you"] == 1);
    CHECK(state["card"] == "What made you laugh today?");
    CHECK(state["seats"][1]["taken"] == true);

    REQUIRE(phone.send_frame(R"({"v":1,"type":"command","command":"swap"})"));
    const auto command = running.log.wait_for(PhoneEvent::Kind::command);
    REQUIRE(command);
    CHECK(command->command == PhoneCommand::swap);
    CHECK(command->seat == 1);
    REQUIRE(phone.send_frame(R"({"v":1,"type":"vote","candidate":2})"));
    const auto vote = running.log.wait_for(PhoneEvent::Kind::vote);
    REQUIRE(vote);
    CHECK(vote->candidate == 2);
    CHECK(vote->seat == 1);

    phone.close();
    const auto away = running.log.wait_for(PhoneEvent::Kind::away);
    REQUIRE(away);
    CHECK(away->seat == 1);
    CHECK(running.server->devices().at(0).away);

    RawWebSocket again = running.open();
    const Json back = ask(again, Json{{"v", 1}, {"type", "rejoin"}, {"token", token}});
    CHECK(back["type"] == "welcome");
    CHECK(back["seat"] == 1);
    REQUIRE(running.log.wait_for(PhoneEvent::Kind::back));
    CHECK_FALSE(running.server->devices().at(0).away);
}

TEST_CASE("Seats can be looked at with the room code and taken by number") {
    RunningServer running;
    RawWebSocket phone = running.open();
    const Json seats = ask(phone, Json{{"v", 1}, {"type", "look"}, {"room", "kfrt"}});
    REQUIRE(seats["type"] == "seats");
    CHECK(seats["seats"].size() == 3);
    CHECK(seats["seats"][2]["name"] == "Cy");
    const Json welcome = ask(phone, Json{{"v", 1}, {"type", "join"}, {"room", "KFRT"}, {"seat", 2}});
    CHECK(welcome["name"] == "Cy");
    RawWebSocket other = running.open();
    CHECK(ask(other, Json{{"v", 1}, {"type", "join"}, {"room", "KFRT"}, {"seat", 2}})["code"] == "seat_taken");
}

TEST_CASE("The host removes a device: the phone is told, its token no longer works") {
    RunningServer running;
    RawWebSocket phone = running.open();
    const Json welcome = ask(phone, join_message("Ana"));
    REQUIRE(running.server->remove_device(welcome["device"].get<std::uint32_t>()));
    CHECK(next_message(phone)["type"] == "removed");
    CHECK(phone.closed_by_server());
    RawWebSocket again = running.open();
    CHECK(ask(again, Json{{"v", 1}, {"type", "rejoin"}, {"token", welcome["token"]}})["code"] == "token_unknown");
    CHECK(running.server->devices().empty());
}

TEST_CASE("Hostile phones: wrong room codes are limited, garbage gets coded errors") {
    RunningServer running;
    RawWebSocket guesser = running.open();
    for (int attempt = 0; attempt < max_wrong_codes; ++attempt) {
        CHECK(ask(guesser, join_message("Eve", "AAAA"))["code"] == "room_code_wrong");
    }
    CHECK(ask(guesser, join_message("Eve", "KFRT"))["code"] == "too_many_attempts");
    CHECK(ask(guesser, Json{{"v", 1}, {"type", "look"}, {"room", "KFRT"}})["code"] == "too_many_attempts");

    RawWebSocket garbage = running.open();
    REQUIRE(garbage.send_frame("{{{{ not json"));
    CHECK(next_message(garbage)["code"] == "not_json");
    CHECK(ask(garbage, Json{{"v", 9}, {"type", "ping"}})["code"] == "version_unsupported");
    CHECK(ask(garbage, Json{{"v", 1}, {"type", "vote"}, {"candidate", 1}})["code"] == "not_joined");
    CHECK(ask(garbage, Json{{"v", 1}, {"type", "ping"}, {"x", 1}})["field"] == "x");
    CHECK(ask(garbage, ping)["type"] == "pong");
    CHECK(running.server->devices().empty());
    CHECK(running.log.count(PhoneEvent::Kind::vote) == 0);
}

TEST_CASE("Hostile phones: an oversized, binary or flooding connection is closed, and only that one") {
    RunningServer running;
    RawWebSocket ana = running.open();
    REQUIRE(ask(ana, join_message("Ana"))["type"] == "welcome");

    RawWebSocket big = running.open();
    REQUIRE(big.send_frame(std::string(max_message_bytes + 1, ' ')));
    CHECK(next_message(big)["code"] == "too_large");
    CHECK(big.closed_by_server());

    RawWebSocket binary = running.open();
    REQUIRE(binary.send_frame("\x01\x02", 2));
    CHECK(binary.closed_by_server());

    RawWebSocket flood = running.open();
    // Far more than the burst at once: the bucket cannot refill in time.
    for (int index = 0; index < 3 * static_cast<int>(message_burst); ++index) {
        if (!flood.send_frame(ping.dump())) break;
    }
    bool limited = false;
    while (const auto answer = flood.receive(2000)) {
        const Json message = Json::parse(*answer);
        limited = limited || (message["type"] == "error" && message["code"] == "rate_limited");
    }
    CHECK(limited);
    CHECK(flood.closed_by_server());

    CHECK(ask(ana, ping)["type"] == "pong");
    REQUIRE(running.server->devices().size() == 1);
    CHECK(running.server->devices()[0].name == "Ana");
    CHECK_FALSE(running.server->devices()[0].away);
}

TEST_CASE("Hostile phones: a thousand connect and disconnect cycles leave the room as it was") {
    RunningServer running;
    RawWebSocket ana = running.open();
    REQUIRE(ask(ana, join_message("Ana"))["type"] == "welcome");
    for (int cycle = 0; cycle < 1000; ++cycle) {
        RawWebSocket passing;
        if (cycle % 2 == 0) {
            REQUIRE(passing.open("127.0.0.1", running.server->port(), "/socket", running.host(), running.origin()) == 101);
        } else {
            REQUIRE(passing.connect_tcp("127.0.0.1", running.server->port()));
        }
    }
    CHECK(ask(ana, ping)["type"] == "pong");
    REQUIRE(running.server->devices().size() == 1);
    CHECK_FALSE(running.server->devices()[0].away);
    CHECK(running.log.count(PhoneEvent::Kind::away) == 0);
}

TEST_CASE("Hostile phones: one that stops reading does not hold up the others or the game") {
    RunningServer running;
    RawWebSocket stalled = running.open();
    REQUIRE(ask(stalled, join_message("Ana"))["type"] == "welcome");
    RawWebSocket ben = running.open();
    REQUIRE(ask(ben, join_message("Ben"))["type"] == "welcome");
    // Ana's phone reads nothing more while the game publishes far more than a socket buffers.
    PhoneView view;
    view.card_text = std::string(3000, 'x');
    for (int round = 0; round < 3000; ++round) {
        view.votes_cast = round;
        running.server->publish(view);
    }
    // Ben's phone still gets the latest state.
    int last_seen = -1;
    while (last_seen != 2999) {
        const std::optional<std::string> text = ben.receive(5000);
        REQUIRE(text.has_value());
        last_seen = Json::parse(*text)["votes_cast"].get<int>();
    }
    CHECK(last_seen == 2999);
    REQUIRE(running.server->devices().size() == 2);
}

TEST_CASE("Stopping the server says goodbye to every open phone and nothing reaches the game after it") {
    RunningServer running;
    RawWebSocket ana = running.open();
    REQUIRE(ask(ana, join_message("Ana"))["type"] == "welcome");
    RawWebSocket stranger = running.open();  // open but never joined
    REQUIRE(ask(stranger, ping)["type"] == "pong");
    REQUIRE(running.log.wait_for(PhoneEvent::Kind::joined).has_value());

    // Both phones wait for the server's close as a browser does, while the server stops.
    std::thread ana_reading([&ana] { (void)ana.closed_by_server(10'000); });
    std::thread stranger_reading([&stranger] { (void)stranger.closed_by_server(10'000); });
    running.server->silence();
    running.server.reset();
    ana_reading.join();
    stranger_reading.join();

    // Each was sent a close frame saying the server is going away (1001), which a browser
    // answers at once, so civetweb's workers need not wait out their poll.
    CHECK(ana.close_status() == 1001);
    CHECK(stranger.close_status() == 1001);
    CHECK_FALSE(ana.is_open());
    // Ana's phone closing during the stop is not told to the game: it was silenced first.
    CHECK(running.log.count(PhoneEvent::Kind::away) == 0);
}
