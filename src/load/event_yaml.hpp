#pragma once
// An event written as YAML, one line, the way the spec's examples write them.

#include <string>
#include <string_view>

#include "model/model.hpp"

namespace repjourney {

// {date: 2026-11-23, rep: anna, type: feedback, by: maria, note: "Good start"}
std::string event_to_yaml(const Event& event);

// text as a YAML scalar that reads back as the same text: plain when that is
// unambiguous, else double-quoted with escapes.
std::string yaml_scalar(std::string_view text);

}  // namespace repjourney
