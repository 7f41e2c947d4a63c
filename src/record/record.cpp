#include "record/record.hpp"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "diagnostics/error.hpp"
#include "diagnostics/messages.hpp"
#include "load/event_yaml.hpp"
#include "load/loader.hpp"
#include "record/safe_file.hpp"

namespace repjourney {

namespace fs = std::filesystem;

namespace {
const char* const new_file_header =
    "# The event log of repjourney: one event a line, appended by `repjourney record`.\n"
    "# Each event has a date, the representative's id (rep) and a type: milestone,\n"
    "# feedback, recognition or note. Edit by hand if you must; `repjourney check` tells\n"
    "# you when something is off.\n";

bool same_file(const fs::path& a, const fs::path& b) {
    std::error_code ec;
    return fs::equivalent(a, b, ec) || fs::weakly_canonical(a, ec) == fs::weakly_canonical(b, ec);
}

// Index of path among the loaded data files, or -1.
int index_of(const Model& model, const fs::path& path) {
    for (std::size_t i = 0; i < model.files.size(); ++i)
        if (same_file(model.files[i], path)) return static_cast<int>(i);
    return -1;
}

// A data file that does not exist yet, but will be read once it does.
bool is_below_data_directory(const fs::path& file, const std::vector<std::string>& data_paths) {
    const auto ext = file.extension();
    if (ext != ".yaml" && ext != ".yml") return false;
    std::error_code ec;
    const auto canonical_file = fs::weakly_canonical(file, ec);
    return std::any_of(data_paths.begin(), data_paths.end(), [&](const std::string& path) {
        if (!fs::is_directory(path, ec)) return false;
        const auto dir = fs::weakly_canonical(path, ec);
        const auto relative = canonical_file.lexically_relative(dir);
        return !relative.empty() && *relative.begin() != "..";
    });
}

// SPEC "Recording": --file, else the one data file with an events section, else
// events.yaml in the first data directory.
fs::path choose_target(const RecordRequest& request, const LoadResult& data) {
    if (!request.file.empty()) return request.file;
    std::vector<std::string> candidates;
    for (std::size_t i = 0; i < data.file_facts.size(); ++i)
        if (data.file_facts[i].events.shape != EventsSection::Shape::absent) candidates.push_back(data.model.files[i]);
    if (candidates.size() == 1) return candidates.front();
    if (candidates.size() > 1) {
        std::string list;
        for (const auto& c : candidates) list += "\n  " + c;
        throw Error(exit_usage, Message{MessageId::several_events_files, list});
    }
    for (const auto& path : request.data_paths)
        if (fs::is_directory(path)) return fs::path{path} / "events.yaml";
    throw Error(exit_usage, Message{MessageId::no_events_file});
}

// The load's problems, to be printed; the model stays behind.
void keep_problems(RecordResult& result, const LoadProblems& problems) {
    static_cast<LoadProblems&>(result) = problems;
}

// Where the target file's events section is: as loaded, when the text is still what was loaded.
EventsSection locate_in(std::string_view text, const std::optional<FileFacts>& loaded) {
    if (loaded && loaded->content_hash == content_hash(text)) return loaded->events;
    return locate_events_section(parse_yaml(text, 0).root);
}
}  // namespace

RecordResult record_event(const RecordRequest& request) {
    RecordResult result;
    LoadResult data = load_data(request.data_paths);
    keep_problems(result, data);
    if (data.has_errors()) return result;

    const fs::path chosen = choose_target(request, data);
    result.file = chosen.string();
    // Through a link to the real file, so the link survives and the real file gets the event.
    const WriteTarget write_target = resolve_write_target(chosen);
    if (write_target.kind == WriteTarget::Kind::write_through)
        throw Error(exit_cant_create, Message{MessageId::events_file_not_regular, result.file});
    const fs::path& target = write_target.path;
    std::optional<FileLock> lock;
    if (!request.dry_run) lock.emplace(target, request.wait);

    // Another writer may have appended between our reading and our lock: read
    // everything again under the lock, so the new event is checked against it.
    const std::optional<std::size_t> current_hash = content_hash_if_exists(target);
    int index = index_of(data.model, target);
    const bool read_as_data = index >= 0 || is_below_data_directory(target, request.data_paths);
    const bool changed = index >= 0 ? (!current_hash || data.file_facts[index].content_hash != *current_hash)
                                    : (current_hash && read_as_data);
    if (changed) {
        data = load_data(request.data_paths);
        keep_problems(result, data);
        if (data.has_errors()) return result;
        index = index_of(data.model, target);
    }
    result.outside_data = !read_as_data;
    if (request.vet) request.vet(data.model);

    result.item = event_to_yaml(request.event);
    for (auto& d : check_new_event(data.model, result.item)) result.diagnostics.push_back(std::move(d));
    if (count_errors(result.diagnostics) > 0) return result;

    // The model is done with, and for a national federation as large as the file: let it go
    // before the file is read whole.
    const std::optional<FileFacts> loaded = index >= 0 ? std::optional{data.file_facts[index]} : std::nullopt;
    data = {};

    const std::optional<std::string> current = read_if_exists(target);
    result.created = !current;
    const std::string_view text = current ? std::string_view{*current} : std::string_view{new_file_header};
    const EventsSection section = confirm_appendable(text, locate_in(text, loaded));
    if (section.shape == EventsSection::Shape::unsupported)
        throw Error(exit_data, Message{MessageId::cannot_append_events, result.file, section.unsupported_because});
    if (!request.dry_run) {
        const Splice splice = event_insertion(text, section, result.item);
        // Resolved again: under the lock, the file may since have been made by another writer.
        replace_file(target, {text.substr(0, splice.keep_until), splice.insert, text.substr(splice.resume_at)});
    }
    return result;
}

}  // namespace repjourney
