#pragma once
// `record`: append one event to the events file, validated first, safely.

#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "load/loader.hpp"
#include "model/model.hpp"

namespace repjourney {

struct RecordRequest {
    std::vector<std::string> data_paths;
    Event event;       // date, rep, type and the fields of its type
    std::string file;  // --file; empty: the one data file with an events section, else events.yaml
    bool dry_run = false;
    std::chrono::milliseconds wait{10'000};
    // The caller's own refusals, given the data as it is under the lock before the event is checked
    // against it (a repeat is found even when another writer just appended it); throws Error to refuse.
    std::function<void(const Model&)> vet;
};

// The problems are the data's, and the new event's among its diagnostics; with any error nothing was written.
struct RecordResult : LoadProblems {
    std::string file;  // where the event went (or would go)
    std::string item;  // the YAML appended, without the leading "- "
    bool created = false;
    bool outside_data = false;  // --file names a file the data paths do not include
};

// Loads and validates the data, chooses the events file, takes its lock, checks
// the new event against the data as it is under the lock, and appends it,
// keeping every other byte. Throws Error for usage (64), unreadable (66),
// unwritable (73) and locked (75) cases.
RecordResult record_event(const RecordRequest& request);

}  // namespace repjourney
