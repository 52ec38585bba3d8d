#include "phones/phone_server.hpp"

#include "phones/phone_page.hpp"
#include "phones/system_random.hpp"

#include <civetweb.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

namespace kindling::phones {

namespace {

std::int64_t now_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch()).count();
}

// One open socket: which device it speaks for once joined, and its token bucket.
struct Connection {
    std::optional<std::uint32_t> device;
    std::string address;
    double allowance = message_burst;
    std::int64_t last_ms = 0;
};

// A write round's message as the event the game gets.
void write_event(const PhoneMessage& message, PhoneEvent& event) {
    if (const auto* answer = std::get_if<AnswerMessage>(&message)) {
        event.kind = PhoneEvent::Kind::answer;
        event.text = answer->text;
    } else if (std::holds_alternative<PassMessage>(message)) {
        event.kind = PhoneEvent::Kind::pass;
    } else if (const auto* vote = std::get_if<AnswerVoteMessage>(&message)) {
        event.kind = PhoneEvent::Kind::answer_vote;
        event.answer = vote->answer;
    }
}

// A guess round's message as the event the game gets.
void guess_event(const PhoneMessage& message, PhoneEvent& event) {
    if (const auto* guess = std::get_if<GuessMessage>(&message)) {
        event.kind = PhoneEvent::Kind::guess;
        event.right = guess->right;
    } else if (const auto* mark = std::get_if<GuessMarkMessage>(&message)) {
        event.kind = PhoneEvent::Kind::guess_mark;
        event.marked_seat = mark->seat;
        event.right = mark->right;
    } else if (std::holds_alternative<GuessConfirmMessage>(message)) {
        event.kind = PhoneEvent::Kind::guess_confirm;
    } else if (std::holds_alternative<GuessChangeMessage>(message)) {
        event.kind = PhoneEvent::Kind::guess_change;
    }
}

// Opens and at once closes a TCP connection to the server's own listening socket. civetweb
// 1.15's master thread sleeps in poll() on that socket for up to 2 s at a time and looks at its
// stop flag only when poll() returns; a connection arriving makes it return at once. Once the
// flag is set the master thread accepts nothing more, so the knock never reaches a handler.
void knock(const std::string& address, int port) {
    const int socket_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (socket_fd < 0) return;
    sockaddr_in target{};
    target.sin_family = AF_INET;
    target.sin_port = htons(static_cast<std::uint16_t>(port));
    if (::inet_pton(AF_INET, address.c_str(), &target.sin_addr) == 1) {
        (void)::connect(socket_fd, reinterpret_cast<const sockaddr*>(&target), sizeof target);
    }
    ::close(socket_fd);
}

std::string_view page_bytes() {
    for (const EmbeddedFile& file : embedded_phone_page()) {
        if (file.path == "index.html") return file.bytes;
    }
    return {};
}

}  // namespace

struct PhoneServer::State {
    ServerOptions options;
    std::mutex sink_mutex;  // held while the sink runs, so silence() can wait for it
    Sink sink;
    mg_context* context = nullptr;
    int port = 0;
    std::string allowed_host;    // ADDRESS:PORT
    std::string allowed_origin;  // http://ADDRESS:PORT

    mutable std::mutex mutex;  // guards room, connections and outbox
    Room room{""};
    std::map<mg_connection*, Connection> connections;

    // The writer thread sends what publish() queued, so the game's thread never waits on a
    // phone. Per connection only the latest text is kept: a phone that stops reading costs one
    // message of memory, not a growing queue.
    std::map<mg_connection*, std::string> outbox;
    std::condition_variable outbox_ready;
    bool stopping = false;
    std::mutex writing;  // held while the writer writes; a closing connection waits for it
    std::thread writer;

    bool host_allowed(const mg_connection* connection) const {
        const char* host = mg_get_header(connection, "Host");
        return host != nullptr && allowed_host == host;
    }

    void write_now(mg_connection* connection, const std::string& text) {
        mg_websocket_write(connection, MG_WEBSOCKET_OPCODE_TEXT, text.data(), text.size());
    }

    void emit(const PhoneEvent& event) {
        const std::lock_guard lock(sink_mutex);
        if (sink) sink(event);
    }

    PhoneView view_for(const PhoneView& view, const Device& device) const {
        PhoneView own = view;
        own.seats = room.seats();
        own.seat_taken.assign(own.seats.size(), false);
        own.seat_away.assign(own.seats.size(), false);
        for (const Device& each : room.devices()) {
            if (!each.seat || *each.seat >= static_cast<int>(own.seats.size())) continue;
            own.seat_taken[static_cast<std::size_t>(*each.seat)] = true;
            own.seat_away[static_cast<std::size_t>(*each.seat)] = each.away;
        }
        own.your_seat = device.seat;
        with_own_answer(own, device.seat);
        keep_own_limits(own);
        with_guess_choices(own, device.seat);
        with_own_between(own, device.seat);
        return own;
    }

    // A partner's limits form goes to that partner's phone only.
    static void keep_own_limits(PhoneView& own) {
        own.your_limits.reset();
        if (own.your_seat && *own.your_seat >= 0 && static_cast<std::size_t>(*own.your_seat) < own.limits_by_seat.size()) {
            own.your_limits = own.limits_by_seat[static_cast<std::size_t>(*own.your_seat)];
        }
        own.limits_by_seat.clear();
    }

    void run_writer() {
        while (true) {
            std::map<mg_connection*, std::string> batch;
            {
                std::unique_lock lock(mutex);
                outbox_ready.wait(lock, [this] { return stopping || !outbox.empty(); });
                if (stopping) return;
                batch.swap(outbox);
            }
            for (auto& [connection, text] : batch) {
                const std::lock_guard write_lock(writing);
                {
                    const std::lock_guard lock(mutex);
                    if (!connections.contains(connection)) continue;  // closed meanwhile
                }
                write_now(connection, text);
            }
        }
    }

    // The phone's message; false closes the connection.
    bool receive(mg_connection* connection, std::string_view bytes) {
        std::unique_lock lock(mutex);
        const auto found = connections.find(connection);
        if (found == connections.end()) return false;
        Connection& state = found->second;
        const std::int64_t now = now_ms();
        state.allowance = std::min(message_burst, state.allowance + static_cast<double>(now - state.last_ms) *
                                                                       messages_per_second / 1000.0);
        state.last_ms = now;
        if (state.allowance < 1) {
            lock.unlock();
            write_now(connection, encode_error(ErrorCode::rate_limited));
            return false;
        }
        state.allowance -= 1;
        if (bytes.size() > max_message_bytes) {
            lock.unlock();
            write_now(connection, encode_error(ErrorCode::too_large));
            return false;
        }
        const Decoded decoded = decode_phone_message(bytes);
        if (const auto* problem = std::get_if<DecodeError>(&decoded)) {
            lock.unlock();
            write_now(connection, encode_error(problem->code, problem->field));
            return true;
        }
        const auto& message = std::get<PhoneMessage>(decoded);
        if (std::holds_alternative<PingMessage>(message)) {
            lock.unlock();
            write_now(connection, encode_pong());
            return true;
        }
        if (const auto* join = std::get_if<JoinMessage>(&message)) return joined(lock, connection, state, room.join(*join, state.address, now), false);
        if (const auto* look = std::get_if<LookMessage>(&message)) {
            const std::optional<ErrorCode> wrong = room.check_code(look->room, state.address, now);
            const std::string answer = wrong ? encode_error(*wrong) : encode_seats(view_for(PhoneView{}, Device{}));
            lock.unlock();
            write_now(connection, answer);
            return true;
        }
        if (const auto* rejoin = std::get_if<RejoinMessage>(&message)) return joined(lock, connection, state, room.rejoin(rejoin->token), true);
        if (!state.device || room.find(*state.device) == nullptr) {
            lock.unlock();
            write_now(connection, encode_error(ErrorCode::not_joined));
            return true;
        }
        const Device& device = *room.find(*state.device);
        PhoneEvent event;
        event.device = device.id;
        event.seat = device.seat;
        event.name = device.name;
        if (const auto* command = std::get_if<CommandMessage>(&message)) {
            event.kind = PhoneEvent::Kind::command;
            event.command = command->command;
        } else if (const auto* vote = std::get_if<VoteMessage>(&message)) {
            event.kind = PhoneEvent::Kind::vote;
            event.candidate = vote->candidate;
        } else {
            write_event(message, event);
            couple_event(message, event);
            guess_event(message, event);
            between_event(message, event);
        }
        lock.unlock();
        emit(event);
        return true;
    }

    // Between nights: a partner's closeness check and note, for the game alone.
    static void between_event(const PhoneMessage& message, PhoneEvent& event) {
        if (const auto* closeness = std::get_if<ClosenessMessage>(&message)) {
            event.kind = PhoneEvent::Kind::closeness;
            event.closeness = *closeness;
        } else if (const auto* note = std::get_if<NoteMessage>(&message)) {
            event.kind = PhoneEvent::Kind::note;
            event.note = note->text;
        }
    }

    // The couple night's messages: a partner's limits and the timer's controls.
    static void couple_event(const PhoneMessage& message, PhoneEvent& event) {
        if (const auto* limits = std::get_if<LimitsMessage>(&message)) {
            event.kind = PhoneEvent::Kind::limits;
            event.limits = *limits;
        } else if (const auto* timer = std::get_if<TimerMessage>(&message)) {
            event.kind = PhoneEvent::Kind::timer;
            event.timer = timer->action;
        }
    }

    bool joined(std::unique_lock<std::mutex>& lock, mg_connection* connection, Connection& state,
                const Room::Outcome& outcome, bool again) {
        if (const auto* problem = std::get_if<ErrorCode>(&outcome)) {
            lock.unlock();
            write_now(connection, encode_error(*problem));
            return true;
        }
        const Device& device = std::get<Device>(outcome);
        // A device open in two places (a reload before the old page closed): the newer wins.
        for (auto& [other, other_state] : connections) {
            if (other != connection && other_state.device == device.id) other_state.device.reset();
        }
        state.device = device.id;
        PhoneEvent event;
        event.kind = again ? PhoneEvent::Kind::back : PhoneEvent::Kind::joined;
        event.device = device.id;
        event.seat = device.seat;
        event.name = device.name;
        const std::string welcome = encode_welcome(device.token, device.id, device.name, device.seat);
        lock.unlock();
        write_now(connection, welcome);
        emit(event);
        return true;
    }

    // A close frame ("going away") to every open socket. civetweb's worker for a socket sleeps
    // in poll() on it for up to 2 s before it looks at the stop flag; a phone answers the close
    // (a browser at once, as WebSocket asks), and that wakes its worker, so the stop need not
    // wait for the poll to run out. A phone that does not answer still ends within those 2 s.
    void say_goodbye() {
        std::vector<mg_connection*> open;
        {
            const std::lock_guard lock(mutex);
            for (const auto& [connection, each] : connections) open.push_back(connection);
        }
        static constexpr char going_away[] = {'\x03', '\xe9'};  // status 1001
        for (mg_connection* connection : open) {
            const std::lock_guard write_lock(writing);
            {
                const std::lock_guard lock(mutex);
                if (!connections.contains(connection)) continue;  // closed meanwhile
            }
            mg_websocket_write(connection, MG_WEBSOCKET_OPCODE_CONNECTION_CLOSE, going_away, sizeof going_away);
        }
    }

    void closed(const mg_connection* connection) {
        std::optional<PhoneEvent> away;
        {
            const std::lock_guard lock(mutex);
            auto* key = const_cast<mg_connection*>(connection);
            const auto found = connections.find(key);
            if (found == connections.end()) return;
            if (found->second.device) {
                const std::uint32_t id = *found->second.device;
                bool still_open = false;
                for (const auto& [other, other_state] : connections) {
                    still_open = still_open || (other != key && other_state.device == id);
                }
                if (!still_open && room.find(id) != nullptr) {
                    room.set_away(id);
                    const Device& device = *room.find(id);
                    away = PhoneEvent{};
                    away->kind = PhoneEvent::Kind::away;
                    away->device = id;
                    away->seat = device.seat;
                    away->name = device.name;
                }
            }
            connections.erase(found);
            outbox.erase(key);
        }
        // The writer may be writing to this connection right now: civetweb frees it after this.
        { const std::lock_guard wait_for_writer(writing); }
        if (away) emit(*away);
    }
};

namespace {

using State = PhoneServer::State;

int serve_request(mg_connection* connection, void* data) {
    auto* state = static_cast<State*>(data);
    const mg_request_info* request = mg_get_request_info(connection);
    if (!state->host_allowed(connection)) {
        mg_send_http_error(connection, 403, "%s", "This game answers only at its own address.");
        return 403;
    }
    const std::string_view path = request->local_uri != nullptr ? request->local_uri : "";
    const std::string_view method = request->request_method != nullptr ? request->request_method : "";
    if (path != "/" || (method != "GET" && method != "HEAD")) {
        mg_send_http_error(connection, 404, "%s", "Not found");
        return 404;
    }
    const std::string_view page = page_bytes();
    mg_response_header_start(connection, 200);
    mg_response_header_add(connection, "Content-Type", "text/html; charset=utf-8", -1);
    mg_response_header_add(connection, "Cache-Control", "no-store", -1);
    mg_response_header_add(connection, "X-Content-Type-Options", "nosniff", -1);
    mg_response_header_add(connection, "Referrer-Policy", "no-referrer", -1);
    // Everything the page needs is inline and its socket is this server: nothing else loads.
    const std::string policy = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
                               "img-src data:; connect-src ws://" + state->allowed_host +
                               "; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    mg_response_header_add(connection, "Content-Security-Policy", policy.c_str(), -1);
    mg_response_header_add(connection, "Content-Length", std::to_string(page.size()).c_str(), -1);
    mg_response_header_send(connection);
    if (method == "GET") mg_write(connection, page.data(), page.size());
    return 200;
}

int socket_connecting(const mg_connection* connection, void* data) {
    auto* state = static_cast<State*>(data);
    const char* origin = mg_get_header(connection, "Origin");
    if (!state->host_allowed(connection) || origin == nullptr || state->allowed_origin != origin) return 1;
    const std::lock_guard lock(state->mutex);
    Connection fresh;
    fresh.address = mg_get_request_info(connection)->remote_addr;
    fresh.last_ms = now_ms();
    state->connections[const_cast<mg_connection*>(connection)] = fresh;
    return 0;
}

int socket_data(mg_connection* connection, int opcode, char* bytes, std::size_t size, void* data) {
    auto* state = static_cast<State*>(data);
    switch (opcode & 0x0f) {
    case MG_WEBSOCKET_OPCODE_TEXT:
        return state->receive(connection, std::string_view(bytes, size)) ? 1 : 0;
    case MG_WEBSOCKET_OPCODE_CONNECTION_CLOSE:
        return 0;
    case MG_WEBSOCKET_OPCODE_PING:
    case MG_WEBSOCKET_OPCODE_PONG:
        return 1;
    default:
        // Binary frames and anything else: the protocol is text only.
        state->write_now(connection, encode_error(ErrorCode::not_json));
        return 0;
    }
}

void socket_closed(const mg_connection* connection, void* data) { static_cast<State*>(data)->closed(connection); }

// civetweb's own messages would go to stderr; the game keeps quiet about its visitors.
int quiet(const mg_connection*, const char*) { return 1; }

}  // namespace

std::unique_ptr<PhoneServer> PhoneServer::start(const ServerOptions& options, Sink sink, std::string& error) {
    auto state = std::make_unique<State>();
    state->options = options;
    state->sink = std::move(sink);
    state->room = Room(options.room_code.empty() ? random_room_code() : options.room_code);
    mg_init_library(0);
    const std::string ports = options.address + ":" + std::to_string(options.port);
    // Each socket holds a worker thread: 16 phones, page loads and a few strays.
    const char* settings[] = {"listening_ports", ports.c_str(),
                              "num_threads", "32",
                              "tcp_nodelay", "1",
                              "request_timeout_ms", "5000",
                              "websocket_timeout_ms", "30000",
                              "enable_websocket_ping_pong", "yes",
                              "max_request_size", "8192",
                              nullptr};
    mg_callbacks callbacks{};
    callbacks.log_message = quiet;
    state->context = mg_start(&callbacks, state.get(), settings);
    if (state->context == nullptr) {
        error = "could not listen on " + ports;
        mg_exit_library();
        return nullptr;
    }
    mg_server_port bound{};
    if (mg_get_server_ports(state->context, 1, &bound) < 1) {
        error = "could not tell which port " + ports + " got";
        mg_stop(state->context);
        mg_exit_library();
        return nullptr;
    }
    state->port = bound.port;
    state->allowed_host = options.address + ":" + std::to_string(state->port);
    state->allowed_origin = "http://" + state->allowed_host;
    mg_set_request_handler(state->context, "/", serve_request, state.get());
    mg_set_websocket_handler(state->context, "/socket", socket_connecting, nullptr, socket_data, socket_closed,
                             state.get());
    state->writer = std::thread([raw = state.get()] { raw->run_writer(); });
    return std::unique_ptr<PhoneServer>(new PhoneServer(std::move(state)));
}

PhoneServer::PhoneServer(std::unique_ptr<State> state) : state_(std::move(state)) {}

PhoneServer::~PhoneServer() {
    {
        const std::lock_guard lock(state_->mutex);
        state_->stopping = true;
    }
    state_->outbox_ready.notify_all();
    state_->writer.join();
    state_->say_goodbye();
    // Closes every connection (their close handlers run) and joins civetweb's threads. mg_stop
    // sets the stop flag and then waits for the master thread, which notices the flag only when
    // its poll() on the listening socket returns: a knock every few milliseconds makes that at
    // once instead of after up to 2 s. The knocking thread is joined before this returns.
    std::atomic<bool> stopped{false};
    std::thread knocking([this, &stopped] {
        while (!stopped.load()) {
            knock(state_->options.address, state_->port);
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    });
    mg_stop(state_->context);
    stopped.store(true);
    knocking.join();
    mg_exit_library();
}

int PhoneServer::port() const { return state_->port; }
const std::string& PhoneServer::address() const { return state_->options.address; }
std::string PhoneServer::url() const { return "http://" + state_->allowed_host + "/"; }

std::string PhoneServer::room_code() const {
    const std::lock_guard lock(state_->mutex);
    return state_->room.code();
}

void PhoneServer::set_seats(std::vector<std::string> names) {
    const std::lock_guard lock(state_->mutex);
    state_->room.set_seats(std::move(names));
}

void PhoneServer::publish(const PhoneView& view) {
    {
        const std::lock_guard lock(state_->mutex);
        for (const auto& [connection, each] : state_->connections) {
            if (!each.device) continue;
            const Device* device = state_->room.find(*each.device);
            if (device == nullptr) continue;
            state_->outbox[connection] = encode_state(state_->view_for(view, *device));
        }
    }
    state_->outbox_ready.notify_one();
}

bool PhoneServer::remove_device(std::uint32_t device) {
    std::vector<mg_connection*> to_close;
    {
        const std::lock_guard lock(state_->mutex);
        if (!state_->room.remove(device)) return false;
        for (auto& [connection, each] : state_->connections) {
            if (each.device == device) {
                each.device.reset();
                to_close.push_back(connection);
            }
        }
    }
    for (mg_connection* connection : to_close) {
        const std::lock_guard write_lock(state_->writing);
        {
            const std::lock_guard lock(state_->mutex);
            if (!state_->connections.contains(connection)) continue;
        }
        state_->write_now(connection, encode_removed());
        mg_websocket_write(connection, MG_WEBSOCKET_OPCODE_CONNECTION_CLOSE, "", 0);
    }
    return true;
}

std::vector<DeviceSummary> PhoneServer::devices() const {
    const std::lock_guard lock(state_->mutex);
    std::vector<DeviceSummary> summaries;
    for (const Device& device : state_->room.devices()) {
        summaries.push_back({device.id, device.name, device.seat, device.away});
    }
    return summaries;
}

void PhoneServer::silence() {
    const std::lock_guard lock(state_->sink_mutex);
    state_->sink = nullptr;
}

std::size_t PhoneServer::connections() const {
    const std::lock_guard lock(state_->mutex);
    return state_->connections.size();
}

}  // namespace kindling::phones
