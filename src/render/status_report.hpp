#pragma once
// `status`: one line per representative.

#include <ostream>
#include <span>
#include <string>
#include <vector>

#include "engine/journey.hpp"
#include "render/color.hpp"
#include "render/csv.hpp"
#include "render/json_writer.hpp"
#include "render/sheet.hpp"

namespace repjourney {

struct ReportStyle {
    Language language = Language::en;
    bool color = false;
    std::size_t width = 0;  // 0: unlimited
};

// Name, stage, progress, next step and its due date, overdue items, feedback and
// warning signs; then the people at risk with their signs in words.
std::string render_status_table(const std::vector<RepresentativeStatus>& statuses, const Snapshot& snapshot,
                                const ReportStyle& style);

// The SPEC's contract: {"as_of", "representatives": [...]}, written out person by
// person: for a national federation the document is hundreds of megabytes.
class StatusJsonWriter {
public:
    StatusJsonWriter(std::ostream& out, Date as_of);
    // Adds these to the list, made into JSON on every core and written out in order.
    void add(std::span<const RepresentativeStatus> statuses);
    void finish();

private:
    void add_items(std::span<const RepresentativeStatus> statuses);

    std::ostream& out_;
    JsonWriter json_;
    bool any_items_ = false;
};

// A row per representative: id, name, stage, active, paused, progress, next step, overdue items, feedback, signals.
Sheet status_sheet(const std::vector<RepresentativeStatus>& statuses, Language language);
std::string render_status_csv(const std::vector<RepresentativeStatus>& statuses, CsvStyle style);

}  // namespace repjourney
