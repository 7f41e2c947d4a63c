// libFuzzer target: `repjourney check` on up to three data files (see fuzz_input.hpp),
// and three promises of the loader that a crash alone would not show:
// - data read from files (parsed on worker threads, streamed for every other input as a
//   large file is, a file with problems read again alone) gives exactly the diagnostics
//   and model of the same data given as text;
// - every diagnostic formats as a line of its own;
// - on valid data, the event `record` would append reads back as one more event and
//   no error, from the file as `record` writes it.

#include <cstdint>
#include <string>

#include <fmt/format.h>

#include "fuzz_input.hpp"
#include "load/event_yaml.hpp"
#include "load/events_section.hpp"
#include "load/file_reading.hpp"
#include "load/loader.hpp"

using namespace repjourney;

namespace {

LoadResult load_texts(const std::vector<std::string>& names, const std::vector<std::string>& texts) {
    Loader loader;
    for (std::size_t i = 0; i < names.size(); ++i) loader.add_text(names[i], texts[i]);
    return loader.finish();
}

// `record`'s promise: the appended event is read back from the file as written.
void check_record_round_trip(const std::vector<std::string>& names, const std::vector<std::string>& texts,
                             const LoadResult& data) {
    if (data.has_errors() || data.model.representatives.empty()) return;
    std::size_t target = 0;  // the first file with an events section, as record chooses when there is one
    while (target < texts.size() && data.file_facts[target].events.shape == EventsSection::Shape::absent) ++target;
    if (target == texts.size()) target = 0;
    const EventsSection section = confirm_appendable(texts[target], data.file_facts[target].events);
    if (section.shape == EventsSection::Shape::unsupported) return;  // record refuses these

    Event event;
    event.date = Date::from_ymd(2026, 11, 23);
    event.rep = data.model.representatives.front().id;
    event.type = EventType::note;
    event.note = "appended: by the fuzzer";
    const std::string item = event_to_yaml(event);
    const auto problems = check_new_event(data.model, item);
    if (count_errors(problems) > 0)
        repjourney::fuzz::fail("record refuses a valid event", item + "\n" + format_diagnostic(problems.front()));

    std::vector<std::string> written = texts;
    written[target] = spliced(texts[target], event_insertion(texts[target], section, item));
    const LoadResult after = load_texts(names, written);
    const std::string context = fmt::format("appended {} to file {}; it reads:\n{}\n", item, target, written[target]);
    if (after.has_errors())
        repjourney::fuzz::fail("the file record writes has errors", context + repjourney::fuzz::check_output(after));
    if (after.model.events.size() != data.model.events.size() + 1)
        repjourney::fuzz::fail("the file record writes does not have one more event", context);
    bool found = false;
    for (const Event& e : after.model.events)
        found |= e.mark.file == target && e.rep == event.rep && e.note == event.note && e.date == event.date;
    if (!found) repjourney::fuzz::fail("the event record appends does not read back", context);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static repjourney::fuzz::DataDirectory directory;
    const auto files = repjourney::fuzz::split_files(repjourney::fuzz::as_text(data, size));
    const std::vector<std::string> paths = directory.write(files);
    const std::vector<std::string> texts(files.begin(), files.end());

    // As `check` reads them; every other input streamed, as a large file is.
    set_streaming_threshold(size % 2 == 0 ? 0 : default_streaming_threshold);
    const LoadResult from_files = load_data(paths);
    const std::string printed = repjourney::fuzz::check_output(from_files);

    // As tests and `record` give them: text, read in order on this thread.
    const LoadResult from_text = load_texts(paths, texts);
    const std::string printed_from_text = repjourney::fuzz::check_output(from_text);
    if (printed != printed_from_text)
        repjourney::fuzz::fail("files and text give different diagnostics",
                               "from files:\n" + printed + "from text:\n" + printed_from_text);
    if (repjourney::fuzz::fingerprint(from_files) != repjourney::fuzz::fingerprint(from_text))
        repjourney::fuzz::fail("files and text give different models",
                               "from files:\n" + repjourney::fuzz::fingerprint(from_files) + "from text:\n" +
                                   repjourney::fuzz::fingerprint(from_text));

    check_record_round_trip(paths, texts, from_text);
    return 0;
}
