#pragma once
// The retention figures drawn as inline SVG for the HTML report: the Kaplan-Meier step line (one
// per group with --by) and the exit reasons as bars. Lines differ by dash as well as colour and
// carry their names, so a black-and-white print can be read.

#include <string>

#include "engine/retention.hpp"

namespace repjourney {

// An <svg class="retention-curve">: the share still serving (0-100 %) against the days served, with
// the checkpoints on the axis; a step line for the whole and one per group, each ending at the
// longest tenure counted and named at its end and in a legend below.
std::string render_retention_curve_svg(const RetentionReport& report, Language language);

// An <svg class="exit-reasons">: a bar per exit reason of the whole, longest first, with its count;
// empty when nobody has left.
std::string render_exit_reasons_svg(const RetentionFigures& figures, const Organisation& organisation,
                                    Language language);

}  // namespace repjourney
