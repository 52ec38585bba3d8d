#include "ui/icons.hpp"

#include <cmath>
#include <numbers>
#include <vector>

namespace kindling::ui {

namespace {

constexpr float pi = std::numbers::pi_v<float>;

struct Named {
    Icon icon;
    std::string_view name;
};

constexpr std::array<Named, icon_count> names{{
    {Icon::question, "question"},     {Icon::sun, "sun"},
    {Icon::heart_hand, "heart-hand"}, {Icon::speech, "speech"},
    {Icon::hands, "hands"},           {Icon::calendar, "calendar"},
    {Icon::star, "star"},             {Icon::raised_hand, "raised-hand"},
    {Icon::crystal_ball, "crystal-ball"}, {Icon::pencil, "pencil"},
    {Icon::lantern, "lantern"},
    {Icon::sparkle, "sparkle"},       {Icon::rings, "rings"},
    {Icon::heart, "heart"},           {Icon::leaf, "leaf"},
    {Icon::flame, "flame"},           {Icon::check, "check"},
    {Icon::swap, "swap"},             {Icon::heart_outline, "heart-outline"},
    {Icon::timer, "timer"},           {Icon::pause, "pause"},
    {Icon::play, "play"},             {Icon::plus, "plus"},
    {Icon::skip, "skip"},             {Icon::person, "person"},
    {Icon::people, "people"},         {Icon::gear, "gear"},
    {Icon::help, "help"},             {Icon::party, "party"},
    {Icon::back, "back"},             {Icon::lock, "lock"},
    {Icon::door, "door"},             {Icon::keyboard, "keyboard"},
    {Icon::mouse, "mouse"},           {Icon::gamepad, "gamepad"},
    {Icon::cards, "cards"},           {Icon::export_file, "export"},
    {Icon::dpad, "dpad"},             {Icon::chevron_left, "chevron-left"},
    {Icon::chevron_right, "chevron-right"}, {Icon::chevron_up, "chevron-up"},
    {Icon::chevron_down, "chevron-down"}, {Icon::text_size, "text-size"},
    {Icon::frame, "frame"},           {Icon::globe, "globe"},
    {Icon::contrast, "contrast"},     {Icon::expand, "expand"},
}};

std::vector<ShapePoint> star_points(float cx, float cy, float outer, float inner, int tips, float turn = 0) {
    std::vector<ShapePoint> points;
    for (int i = 0; i < tips * 2; ++i) {
        const float r = i % 2 == 0 ? outer : inner;
        const float a = turn + static_cast<float>(i) * pi / static_cast<float>(tips);
        points.push_back({cx + r * std::sin(a), cy - r * std::cos(a)});
    }
    return points;
}

void heart(VectorShape& s) {
    s.circle(33, 38, 19).circle(67, 38, 19);
    s.polygon({{15.5f, 45}, {50, 84}, {84.5f, 45}, {50, 34}});
}

void question_mark(VectorShape& s) {
    s.arc(50, 34, 17, 12, 275, 235);
    s.line(58, 48, 50, 57, 12).line(50, 57, 50, 63, 12);
    s.circle(50, 81, 7.5f);
}

void open_hand(VectorShape& s) {
    s.box(28, 46, 44, 44, 16);
    s.line(35, 24, 35, 54, 10).line(46, 16, 46, 50, 10).line(57, 18, 57, 50, 10).line(68, 28, 68, 56, 10);
    s.line(30, 66, 16, 50, 10);
}

void person(VectorShape& s) {
    s.circle(50, 30, 17);
    s.box(20, 54, 60, 44, 24);
    s.cut().box(0, 88, 100, 12, 0).add();
}

void arrow_right(VectorShape& s, float y, float x1, float x2) {
    s.line(x1, y, x2 - 8, y, 10);
    s.polygon({{x2 - 16, y - 14}, {x2 + 2, y}, {x2 - 16, y + 14}});
}

void arrow_left(VectorShape& s, float y, float x1, float x2) {
    s.line(x1 + 8, y, x2, y, 10);
    s.polygon({{x1 + 16, y - 14}, {x1 - 2, y}, {x1 + 16, y + 14}});
}

}  // namespace

VectorShape icon_shape(Icon icon) {
    VectorShape s;
    switch (icon) {
        case Icon::question: question_mark(s); break;
        case Icon::sun:
            s.circle(50, 50, 19);
            for (int i = 0; i < 8; ++i) {
                const float a = static_cast<float>(i) * pi / 4;
                s.line(50 + 29 * std::sin(a), 50 - 29 * std::cos(a), 50 + 41 * std::sin(a), 50 - 41 * std::cos(a), 8);
            }
            break;
        case Icon::heart_hand:
            s.place(22, 4, 0.56f);
            heart(s);
            s.place(0, 0, 1);
            s.line(12, 62, 30, 80, 10).line(30, 80, 72, 80, 10).line(72, 80, 88, 66, 10);
            s.line(88, 66, 80, 58, 10);
            break;
        case Icon::speech:
            s.box(10, 14, 80, 56, 18);
            s.polygon({{26, 62}, {48, 62}, {22, 88}});
            break;
        case Icon::hands:
            s.place(-8, 16, 0.7f);
            open_hand(s);
            s.place(38, 16, 0.7f, true);
            open_hand(s);
            break;
        case Icon::calendar:
            s.box_outline(14, 20, 72, 66, 12, 9);
            s.box(14, 20, 72, 22, 10);
            s.line(34, 10, 34, 26, 9).line(66, 10, 66, 26, 9);
            s.circle(33, 56, 5.5f).circle(50, 56, 5.5f).circle(67, 56, 5.5f).circle(33, 72, 5.5f).circle(50, 72, 5.5f);
            break;
        case Icon::star: s.polygon(star_points(50, 53, 44, 19, 5)); break;
        case Icon::raised_hand: open_hand(s); break;
        case Icon::crystal_ball:
            s.circle(50, 42, 32);
            s.cut().circle(38, 32, 7).add();
            s.box(24, 76, 52, 14, 5);
            break;
        case Icon::pencil:
            // A pencil drawn at a slant, its point at the lower left, over a short written line.
            s.line(36, 58, 74, 20, 17);
            s.polygon({{24, 76}, {29, 55}, {45, 71}});
            s.line(20, 88, 80, 88, 7);
            break;
        case Icon::lantern:
            s.arc(50, 18, 10, 7, 270, 180);
            s.box(26, 22, 48, 8, 3);
            s.box(30, 28, 40, 50, 12);
            s.cut().box(39, 38, 22, 30, 9).add();
            s.circle(50, 58, 6);
            s.box(26, 78, 48, 9, 3);
            break;
        case Icon::sparkle:
            s.polygon(star_points(44, 54, 38, 9, 4));
            s.polygon(star_points(78, 20, 16, 4, 4));
            break;
        case Icon::rings:
            s.ring(36, 58, 22, 8).ring(64, 58, 22, 8);
            s.polygon({{64, 16}, {72, 24}, {64, 32}, {56, 24}});
            break;
        case Icon::heart: heart(s); break;
        case Icon::leaf:
            s.polygon({{18, 82}, {22, 46}, {40, 24}, {82, 14}, {76, 54}, {58, 76}});
            s.cut().line(26, 76, 60, 36, 6).add();
            break;
        case Icon::flame:
            s.circle(50, 64, 27);
            s.polygon({{23.5f, 62}, {26, 44}, {36, 30}, {40, 42}, {48, 22}, {58, 4}, {64, 24}, {72, 38}, {76.5f, 62}});
            s.cut().circle(50, 73, 12).polygon({{38.5f, 71}, {44, 56}, {52, 42}, {58, 58}, {61.5f, 71}}).add();
            break;
        case Icon::check: s.line(20, 52, 40, 72, 13).line(40, 72, 80, 28, 13); break;
        case Icon::swap:
            arrow_right(s, 34, 18, 82);
            arrow_left(s, 66, 18, 82);
            break;
        case Icon::heart_outline:
            heart(s);
            s.cut().place(16.5f, 15, 0.67f);
            heart(s);
            s.place(0, 0, 1).add();
            break;
        case Icon::timer:
            s.ring(50, 56, 31, 9);
            s.box(41, 8, 18, 10, 3);
            s.line(50, 16, 50, 22, 8);
            s.line(50, 56, 50, 38, 9).line(50, 56, 62, 62, 9);
            s.line(78, 24, 84, 18, 8);
            break;
        case Icon::pause: s.box(26, 18, 17, 64, 5).box(57, 18, 17, 64, 5); break;
        case Icon::play: s.polygon({{30, 16}, {30, 84}, {84, 50}}); break;
        case Icon::plus: s.line(50, 18, 50, 82, 13).line(18, 50, 82, 50, 13); break;
        case Icon::skip:
            s.polygon({{16, 22}, {16, 78}, {52, 50}});
            s.polygon({{48, 22}, {48, 78}, {84, 50}});
            break;
        case Icon::person: person(s); break;
        case Icon::people:
            s.place(-12, 6, 0.78f);
            person(s);
            s.place(34, 6, 0.78f);
            person(s);
            break;
        case Icon::gear:
            for (int i = 0; i < 8; ++i) {
                const float a = static_cast<float>(i) * pi / 4;
                s.line(50 + 26 * std::sin(a), 50 - 26 * std::cos(a), 50 + 38 * std::sin(a), 50 - 38 * std::cos(a), 14);
            }
            s.circle(50, 50, 30);
            s.cut().circle(50, 50, 12).add();
            break;
        case Icon::help:
            s.ring(50, 50, 38, 8);
            s.place(20, 19, 0.6f);
            question_mark(s);
            break;
        case Icon::party:
            s.polygon({{12, 88}, {32, 34}, {66, 68}});
            s.circle(62, 20, 6).circle(82, 40, 6).box(74, 12, 10, 10, 2).line(44, 18, 50, 30, 7).line(70, 56, 84, 60, 7);
            break;
        case Icon::back: arrow_left(s, 50, 16, 84); break;
        case Icon::lock:
            s.arc(50, 42, 19, 10, 270, 180);
            s.line(31, 42, 31, 50, 10).line(69, 42, 69, 50, 10);
            s.box(20, 46, 60, 42, 9);
            s.cut().circle(50, 62, 7).line(50, 62, 50, 76, 6).add();
            break;
        case Icon::door:
            s.box_outline(18, 10, 46, 80, 6, 9);
            arrow_right(s, 50, 40, 88);
            break;
        case Icon::keyboard:
            s.box_outline(6, 24, 88, 54, 10, 8);
            for (int i = 0; i < 5; ++i) s.box(18 + static_cast<float>(i) * 14, 36, 8, 8, 2);
            s.box(28, 58, 44, 8, 3);
            break;
        case Icon::mouse:
            s.box_outline(26, 8, 48, 84, 24, 8);
            s.line(50, 20, 50, 34, 8);
            break;
        case Icon::gamepad:
            s.box(10, 30, 80, 38, 19);
            s.circle(26, 62, 16).circle(74, 62, 16);
            s.cut().line(22, 49, 38, 49, 6).line(30, 41, 30, 57, 6).circle(66, 46, 4.5f).circle(74, 54, 4.5f).add();
            break;
        case Icon::cards:
            s.box_outline(14, 20, 50, 66, 8, 8);
            s.box(38, 12, 50, 66, 8);
            break;
        case Icon::export_file:
            s.box_outline(20, 8, 60, 84, 8, 8);
            s.line(50, 26, 50, 62, 9);
            s.polygon({{36, 52}, {64, 52}, {50, 70}});
            break;
        case Icon::dpad:
            s.box(37, 8, 26, 84, 6).box(8, 37, 84, 26, 6);
            s.cut().circle(50, 50, 7).add();
            break;
        case Icon::chevron_left: s.line(62, 20, 34, 50, 12).line(34, 50, 62, 80, 12); break;
        case Icon::chevron_right: s.line(38, 20, 66, 50, 12).line(66, 50, 38, 80, 12); break;
        case Icon::chevron_up: s.line(20, 62, 50, 34, 12).line(50, 34, 80, 62, 12); break;
        case Icon::chevron_down: s.line(20, 38, 50, 66, 12).line(50, 66, 80, 38, 12); break;
        case Icon::text_size:
            s.line(8, 84, 32, 16, 10).line(32, 16, 56, 84, 10).line(18, 60, 46, 60, 9);
            s.line(58, 84, 74, 42, 8).line(74, 42, 90, 84, 8).line(64, 70, 84, 70, 7);
            break;
        case Icon::frame:
            s.line(12, 12, 36, 12, 9).line(12, 12, 12, 36, 9).line(88, 12, 64, 12, 9).line(88, 12, 88, 36, 9);
            s.line(12, 88, 36, 88, 9).line(12, 88, 12, 64, 9).line(88, 88, 64, 88, 9).line(88, 88, 88, 64, 9);
            s.box(30, 30, 40, 40, 6);
            break;
        case Icon::globe:
            s.ring(50, 50, 36, 8);
            s.line(14, 50, 86, 50, 7);
            s.arc(84.3f, 50, 48.3f, 7, 225, 90).arc(15.7f, 50, 48.3f, 7, 45, 90);
            break;
        case Icon::contrast:
            s.ring(50, 50, 34, 9);
            s.polygon({{50, 16}, {50, 84}, {40, 82}, {30, 77}, {22, 69}, {17, 60}, {16, 50}, {17, 40}, {22, 31}, {30, 23}, {40, 18}});
            break;
        case Icon::expand:
            s.line(14, 14, 38, 38, 9).line(14, 14, 14, 36, 9).line(14, 14, 36, 14, 9);
            s.line(86, 86, 62, 62, 9).line(86, 86, 86, 64, 9).line(86, 86, 64, 86, 9);
            s.line(86, 14, 62, 38, 9).line(86, 14, 86, 36, 9).line(86, 14, 64, 14, 9);
            s.line(14, 86, 38, 62, 9).line(14, 86, 14, 64, 9).line(14, 86, 36, 86, 9);
            break;
    }
    return s;
}

Icon icon_for(CardKind kind) {
    switch (kind) {
        case CardKind::question: return Icon::question;
        case CardKind::compliment: return Icon::sun;
        case CardKind::gratitude: return Icon::heart_hand;
        case CardKind::feeling: return Icon::speech;
        case CardKind::gesture: return Icon::hands;
        case CardKind::activity: return Icon::calendar;
        case CardKind::dare: return Icon::star;
        case CardKind::vote: return Icon::raised_hand;
        case CardKind::guess: return Icon::crystal_ball;
        case CardKind::write: return Icon::pencil;
    }
    return Icon::question;
}

std::optional<Icon> icon_from_name(std::string_view name) {
    for (const Named& entry : names) {
        if (entry.name == name) return entry.icon;
    }
    return std::nullopt;
}

std::string_view icon_name(Icon icon) { return names[static_cast<std::size_t>(icon)].name; }

}  // namespace kindling::ui
