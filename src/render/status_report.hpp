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
#include "render/table.hpp"

namespace repjourney {

struct ReportStyle {
    Language language = Language::en;
    bool color = false;
    std::size_t width = 0;  // 0: unlimited
};

// Name, stage, progress, next step and its due date, overdue items, feedback and
// warning signs; then the people at risk with their signs in words. Filled a status at a
// time: it keeps the cells, not the statuses, which for a national federation are many times larger.
class StatusTable {
public:
    StatusTable(const Snapshot& snapshot, const ReportStyle& style);
    void add(const RepresentativeStatus& status);
    // Writes the table out; its rows go into the text.
    void write(std::ostream& out) &&;

private:
    const Snapshot& snapshot_;
    ReportStyle style_;
    Table table_;
    std::string at_risk_;  // the people at risk and their signs, as written under the table
};

// The SPEC's contract: {"as_of", "representatives": [...]}, written out person by
// person: for a national federation the document is hundreds of megabytes.
class StatusJsonWriter {
public:
    StatusJsonWriter(std::ostream& out, Date as_of);
    // Adds these to the list, made into JSON on every core and written out in order. Their JSON is
    // held until then: give a chunk at a time (for_each_status_chunk's).
    void add(std::span<const RepresentativeStatus> statuses);
    void finish();

private:
    std::ostream& out_;
    JsonWriter json_;
    bool any_items_ = false;
};

// A row per representative: id, name, stage, active, paused, progress, next step, overdue items, feedback, signals.
Sheet status_sheet(const std::vector<RepresentativeStatus>& statuses, Language language);
// The same, its rows to come: added a status at a time, so that the statuses are never all held.
Sheet status_sheet(Language language);
void add_status_row(Sheet& sheet, const RepresentativeStatus& status, Language language);

}  // namespace repjourney
