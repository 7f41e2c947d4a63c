#include <doctest/doctest.h>

#include "render/color.hpp"

using namespace repjourney;

TEST_CASE("colour modes are parsed from their words") {
    CHECK(color_mode_from("auto") == ColorMode::automatic);
    CHECK(color_mode_from("always") == ColorMode::always);
    CHECK(color_mode_from("never") == ColorMode::never);
    CHECK_FALSE(color_mode_from("yes"));
    CHECK_FALSE(color_mode_from(""));
    for (auto mode : {ColorMode::automatic, ColorMode::always, ColorMode::never})
        CHECK(color_mode_from(to_string(mode)) == mode);
}

TEST_CASE("always and never ignore the terminal and the environment") {
    CHECK(use_color(ColorMode::always, false, "1", "dumb"));
    CHECK_FALSE(use_color(ColorMode::never, true, nullptr, "xterm-256color"));
}

TEST_CASE("auto colours only a terminal without NO_COLOR and not TERM=dumb") {
    CHECK(use_color(ColorMode::automatic, true, nullptr, "xterm-256color"));
    CHECK(use_color(ColorMode::automatic, true, nullptr, nullptr));
    CHECK(use_color(ColorMode::automatic, true, "", "xterm"));  // NO_COLOR set but empty does not count
    CHECK_FALSE(use_color(ColorMode::automatic, false, nullptr, "xterm"));
    CHECK_FALSE(use_color(ColorMode::automatic, true, "1", "xterm"));
    CHECK_FALSE(use_color(ColorMode::automatic, true, nullptr, "dumb"));
}

TEST_CASE("paint emits escape codes only when colour is on") {
    CHECK(paint("3 days", Style::overdue, false) == "3 days");
    CHECK(paint("3 days", Style::overdue, true) == "\x1b[1m\x1b[31m3 days\x1b[0m");
    CHECK(paint("soon", Style::due_soon, true) == "\x1b[33msoon\x1b[0m");
    CHECK(paint("done", Style::done, true) == "\x1b[32mdone\x1b[0m");
    CHECK(paint("left", Style::muted, true) == "\x1b[2mleft\x1b[0m");
    CHECK(paint("Name", Style::heading, true) == "\x1b[1mName\x1b[0m");
    CHECK(paint("Bo", Style::plain, true) == "Bo");
    CHECK(paint("", Style::overdue, true).empty());
}
