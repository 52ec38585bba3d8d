#include "app/phone_bridge.hpp"

#include <algorithm>

namespace kindling::app {

namespace {

// Registered once, on the first start (on the main thread, with SDL initialised).
Uint32 phone_event_type() {
    static const Uint32 type = SDL_RegisterEvents(1);
    return type;
}

// The reader's Done while the TV shows a write round's reveal or result: the screen's main
// button, as a pad's. Never while the round is writing (that would open the TV's text field)
// or voting (the votes come from each phone).
bool write_round_input(const phones::PhoneEvent& event, const PhoneTurn& turn, std::size_t seat,
                       ui::InputDevice device, std::vector<ui::InputEvent>& input) {
    if (turn.top_screen != "party-write") return false;
    if (turn.reader == seat && event.command == phones::PhoneCommand::done &&
        (turn.write_step == WriteStep::revealing || turn.write_step == WriteStep::finished)) {
        input.push_back(ui::InputEvent::make(ui::Command::primary, device));
    }
    return true;
}

// The reader's Done once they have answered a guess round on their phone: the TV's Next card,
// as a pad's. Nothing else on the guess screen comes from a phone's Done, Swap or Favourite.
bool guess_round_input(const phones::PhoneEvent& event, const PhoneTurn& turn, std::size_t seat,
                       ui::InputDevice device, std::vector<ui::InputEvent>& input) {
    if (turn.top_screen != "party-guess") return false;
    if (turn.reader == seat && event.command == phones::PhoneCommand::done && turn.guess_answered) {
        input.push_back(ui::InputEvent::make(ui::Command::primary, device));
    }
    return true;
}

}  // namespace

std::unique_ptr<PhoneBridge> PhoneBridge::start(const phones::ServerOptions& options, std::string& error) {
    const Uint32 type = phone_event_type();
    if (type == static_cast<Uint32>(-1)) {
        error = "SDL has no user events left";
        return nullptr;
    }
    auto server = phones::PhoneServer::start(
        options,
        [type](const phones::PhoneEvent& event) {
            SDL_Event pushed{};
            pushed.type = type;
            auto* carried = new phones::PhoneEvent(event);
            pushed.user.data1 = carried;
            if (SDL_PushEvent(&pushed) != 1) delete carried;  // the queue is full: the tap is lost
        },
        error);
    if (!server) return nullptr;
    return std::unique_ptr<PhoneBridge>(new PhoneBridge(std::move(server)));
}

namespace {

// Events still queued carry PhoneEvents of their own.
void drop_queued_phone_events() {
    SDL_Event left[32];
    int count = 0;
    while ((count = SDL_PeepEvents(left, 32, SDL_GETEVENT, phone_event_type(), phone_event_type())) > 0) {
        for (int index = 0; index < count; ++index) delete static_cast<phones::PhoneEvent*>(left[index].user.data1);
    }
}

}  // namespace

void PhoneBridge::silence() {
    server_->silence();
    drop_queued_phone_events();
    silenced_ = true;
}

PhoneBridge::~PhoneBridge() {
    // A silenced bridge may be destroyed on another thread: it leaves SDL's queue alone.
    if (silenced_) {
        server_.reset();
        return;
    }
    server_.reset();  // no more events after this
    drop_queued_phone_events();
}

bool PhoneBridge::is_phone_event(const SDL_Event& event) {
    return event.type == phone_event_type() && event.type != static_cast<Uint32>(-1);
}

std::unique_ptr<phones::PhoneEvent> PhoneBridge::take(const SDL_Event& event) {
    if (!is_phone_event(event)) return nullptr;
    return std::unique_ptr<phones::PhoneEvent>(static_cast<phones::PhoneEvent*>(event.user.data1));
}

std::vector<ui::InputEvent> PhoneBridge::input_for(const phones::PhoneEvent& event, const PhoneTurn& turn,
                                                   ui::InputDevice device) {
    using Kind = phones::PhoneEvent::Kind;
    std::vector<ui::InputEvent> input;
    if (!event.seat) return input;
    const auto seat = static_cast<std::size_t>(*event.seat);
    if (event.kind == Kind::command && write_round_input(event, turn, seat, device, input)) return input;
    if (event.kind == Kind::command && guess_round_input(event, turn, seat, device, input)) return input;
    if (event.kind == Kind::command) {
        // Only the reader's phone, and only on the card: a phone never presses through a menu.
        if (turn.top_screen != "card" || turn.reader != seat) return input;
        switch (event.command) {
            case phones::PhoneCommand::done: input.push_back(ui::InputEvent::make(ui::Command::primary, device)); break;
            case phones::PhoneCommand::swap: input.push_back(ui::InputEvent::make(ui::Command::swap, device)); break;
            case phones::PhoneCommand::favourite:
                // A party has no favourites: its favourite key opens the scoreboard instead.
                if (!turn.party) input.push_back(ui::InputEvent::make(ui::Command::favourite, device));
                break;
        }
    }
    return input;
}

bool PhoneBridge::cast_vote(const phones::PhoneEvent& event, NightFlow& night) {
    if (event.kind != phones::PhoneEvent::Kind::vote || !event.seat || event.candidate < 0) return false;
    const Vote* vote = night.vote();
    if (vote == nullptr || vote->complete()) return false;
    const auto seat = static_cast<std::size_t>(*event.seat);
    const auto candidate = static_cast<std::size_t>(event.candidate);
    if (seat >= vote->people() || candidate >= vote->people()) return false;
    return night.cast_vote(seat, candidate);
}

bool PhoneBridge::play_write_round(const phones::PhoneEvent& event, NightFlow& night) {
    using Kind = phones::PhoneEvent::Kind;
    const WriteRound* round = night.write_round();
    if (round == nullptr || !event.seat || *event.seat < 0) return false;
    const auto seat = static_cast<std::size_t>(*event.seat);
    if (seat >= round->people()) return false;
    switch (event.kind) {
        case Kind::answer: return night.submit_answer(seat, event.text);
        case Kind::pass: return night.pass_answer(seat);
        case Kind::answer_vote:
            if (event.answer < 0 || round->step() != WriteStep::voting) return false;
            return night.vote_answer(seat, static_cast<std::size_t>(event.answer));
        default: return false;
    }
}

phones::WriteView PhoneBridge::write_view(const WriteRound& round) {
    phones::WriteView view;
    view.step = std::string(to_string(round.step()));
    for (std::size_t seat = 0; seat < round.people(); ++seat) {
        view.written.push_back(round.has_written(seat));
        view.voted.push_back(round.has_voted(seat));
        const std::optional<std::size_t> own = round.own_answer(seat);
        view.own_answers.push_back(own ? std::optional<int>(static_cast<int>(*own)) : std::nullopt);
    }
    view.written_count = static_cast<int>(round.writing_progress().cast);
    view.answers = round.shown_answers();
    if (round.step() >= WriteStep::voting) {
        const VoteProgress progress = round.vote_progress();
        view.votes_cast = static_cast<int>(progress.cast);
        view.votes_total = static_cast<int>(progress.total);
    }
    if (round.step() == WriteStep::finished) {
        view.tally = round.public_votes();
        const WriteRoundResult result = round.result();
        if (result.decided) {
            for (const std::size_t favourite : result.favourites) view.favourites.push_back(static_cast<int>(favourite));
        }
    }
    return view;
}

// ---- the couple night on phones ----

bool PhoneBridge::give_limits(const phones::PhoneEvent& event, bool open, const phones::LimitsForm& offered,
                              NightFlow& night) {
    if (event.kind != phones::PhoneEvent::Kind::limits || !open || !event.seat || *event.seat < 0) return false;
    const auto player = static_cast<std::size_t>(*event.seat);
    if (player >= night.player_count() || night.limits_given(player)) return false;
    ConsentLimits limits;
    limits.max_intensity = static_cast<Intensity>(std::clamp(event.limits.most_private, 1, 3));
    for (const std::string& theme : event.limits.skip_themes) {
        const bool offered_theme = std::any_of(offered.themes.begin(), offered.themes.end(),
                                               [&](const phones::LimitsChoice& choice) { return choice.id == theme; });
        if (!offered_theme) return false;
        if (std::find(limits.skip_themes.begin(), limits.skip_themes.end(), theme) == limits.skip_themes.end()) {
            limits.skip_themes.push_back(theme);
        }
    }
    for (const std::string& name : event.limits.skip_kinds) {
        const std::optional<CardKind> kind = card_kind_from_string(name);
        if (!kind) return false;
        if (std::find(limits.skip_kinds.begin(), limits.skip_kinds.end(), *kind) == limits.skip_kinds.end()) {
            limits.skip_kinds.push_back(*kind);
        }
    }
    return night.set_limits(player, std::move(limits));
}

bool PhoneBridge::give_closeness(const phones::PhoneEvent& event, CheckMoment moment, NightFlow& night) {
    if (event.kind != phones::PhoneEvent::Kind::closeness || !event.seat || *event.seat < 0) return false;
    std::optional<ClosenessAnswer> answer;
    if (event.closeness.value) answer = ClosenessAnswer{*event.closeness.value, event.closeness.share};
    return night.check_closeness(moment, static_cast<std::size_t>(*event.seat), answer);
}

bool PhoneBridge::give_note(const phones::PhoneEvent& event, NightFlow& night) {
    if (event.kind != phones::PhoneEvent::Kind::note || !event.seat || *event.seat < 0) return false;
    const auto player = static_cast<std::size_t>(*event.seat);
    if (!event.note) return night.decline_note(player);
    return night.write_note(player, *event.note);
}

bool PhoneBridge::control_timer(const phones::PhoneEvent& event, const PhoneTurn& turn, NightFlow& night) {
    if (event.kind != phones::PhoneEvent::Kind::timer || !event.seat || turn.party) return false;
    if (turn.top_screen != "card" && turn.top_screen != "timer") return false;
    Session* session = night.session();
    if (session == nullptr || session->finished()) return false;
    const SessionView view = session->view();
    if (!view.card || view.timer.phase == TimerPhase::none) return false;
    const TimerView& timer = view.timer;
    const auto length_step = [&](int step) {
        const int seconds = static_cast<int>(timer.length_ms / 1000) + step;
        return Action::timer_length(std::clamp(seconds, timer.min_seconds, timer.max_seconds));
    };
    Action action = Action::timer_start();
    switch (event.timer) {
        case phones::TimerControl::start: action = Action::timer_start(); break;
        case phones::TimerControl::pause: action = Action::timer_pause(); break;
        case phones::TimerControl::extend: action = Action::timer_extend(default_timer_extension_seconds); break;
        case phones::TimerControl::skip: action = Action::timer_skip(); break;
        // The same steps as the timer screen's Shorter and Longer.
        case phones::TimerControl::shorter: action = length_step(-15); break;
        case phones::TimerControl::longer: action = length_step(15); break;
    }
    return session->apply(action) == ActionResult::applied;
}

bool PhoneBridge::play_guess_round(const phones::PhoneEvent& event, NightFlow& night) {
    using Kind = phones::PhoneEvent::Kind;
    const GuessRound* round = night.guess_round();
    if (round == nullptr || !event.seat || *event.seat < 0) return false;
    // Only the reader knows the answer.
    if (static_cast<std::size_t>(*event.seat) != round->plan().answerer) return false;
    switch (event.kind) {
        case Kind::guess: return night.say_guess(event.right);
        case Kind::guess_mark:
            if (event.marked_seat < 0) return false;
            return night.mark_guess(static_cast<std::size_t>(event.marked_seat), event.right);
        case Kind::guess_confirm: return night.confirm_guess();
        // Taking the answer back, as Back on the TV; the core refuses it unless answered.
        case Kind::guess_change: return night.change_guess();
        default: return false;
    }
}

phones::GuessView PhoneBridge::guess_view(const GuessRound& round) {
    phones::GuessView view;
    const GuessPlan& plan = round.plan();
    view.kind = round.open() ? "open" : "pair";
    view.reader = static_cast<int>(plan.answerer);
    if (!round.open()) view.guesser = static_cast<int>(plan.guesser);
    view.team = plan.team;
    view.answered = round.answered();
    if (!round.open() && round.answered()) view.right = round.right();
    if (round.open()) {
        for (std::size_t seat = 0; seat < round.people(); ++seat) view.marked.push_back(round.marked(seat));
    }
    return view;
}

void PhoneBridge::publish(const std::vector<std::string>& seats, const phones::PhoneView& view) {
    if (seats != seats_) {
        seats_ = seats;
        server_->set_seats(seats);
        published_.reset();
    }
    if (published_ == view) return;
    published_ = view;
    server_->publish(view);
}

}  // namespace kindling::app
