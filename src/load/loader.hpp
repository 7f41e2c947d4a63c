#pragma once
// Data files → Model, with every problem found as a Diagnostic. The only code
// (with the rest of src/load) that knows about YAML.

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "diagnostics/diagnostic.hpp"
#include "load/cache_file.hpp"
#include "load/data_files.hpp"
#include "load/events_section.hpp"
#include "load/file_reading.hpp"
#include "load/parse_cache.hpp"
#include "load/problems.hpp"
#include "load/sections.hpp"
#include "load/text_checks.hpp"
#include "load/validate.hpp"
#include "model/model.hpp"

namespace repjourney {

// What `record` needs to know of a data file without reading it again.
struct FileFacts {
    EventsSection events;
    std::size_t content_hash = 0;  // of the bytes that were parsed
};

// What a load found wrong, for the user to read: kept apart from the model so that a command
// can report it after the model is gone (record frees it before reading the events file).
struct LoadProblems {
    std::vector<Diagnostic> diagnostics;  // errors and warnings, by file and position
    // Warnings found past the first max_shown_warnings: counted, not kept, never an error.
    std::size_t warnings_not_shown = 0;
    std::vector<SkippedFile> skipped_files;  // see find_data_files
    // Files that could not be parsed (not text, not YAML, too large): what they define past
    // their first problem is missing, so ids elsewhere may be reported as unknown for it.
    std::vector<std::string> unreadable_files;

    bool has_errors() const { return count_errors(diagnostics) > 0; }
    std::size_t warning_count() const { return count_warnings(diagnostics) + warnings_not_shown; }
};

struct LoadResult : LoadProblems {
    Model model;
    std::vector<FileFacts> file_facts;  // by index into model.files
    // Through the parse cache: whether it was written anew, and the stamps of every data file when
    // each had settled (ParseCache::settled_stamps): what completion's memo is made from. The stamps are
    // given only when the cache was written or the load is completion's (LoadScope::ids).
    bool cache_written = false;
    std::optional<std::vector<CacheEntry>> settled_stamps;
    std::vector<CacheEntry> directory_stamps;  // see DataFiles::directories: also for the memo
};

// What one load parsed of each file, kept for a second load of the same data: a change (add, elect,
// leave, pause, import) loads the data to plan, then again under its locks with the new texts of the
// files it changes, when only those, and any file changed since, need parsing again.
// With trees, each file's ChangeTree is kept too: the change edits the tree the load parsed, and the
// second load's parse of a changed text is the check that it reads back as the change meant.
struct KeptParses {
    struct File {
        std::uint32_t index = 0;           // in the load's list of files: the parse's marks name it
        std::size_t content_hash = 0;      // of the bytes parsed
        std::optional<ParsedFile> parsed;  // read on a worker without a problem; texts in `texts`
        std::optional<ChangeTree> tree;    // with trees, of a file that parsed as YAML
    };
    bool trees = false;
    std::unordered_map<std::string, File> files;  // by path
    std::shared_ptr<TextPool> texts;              // what the kept items' texts point into
};

// Reads the data files (several at once, on every core), then checks what refers across them.
class Loader {
public:
    // This load's parses are kept in into, which must outlive the load.
    void keep_parses(KeptParses& into) { keep_ = &into; }
    // A file whose bytes are those of a parse in from, at the same place in the list, is not
    // parsed again: that parse is used (and taken out of from).
    void reuse_parses(KeptParses& from) { reuse_ = &from; }
    // Files are parsed through cache, which must outlive the load (not with keep_parses' trees).
    void use_cache(ParseCache& cache) { cache_ = &cache; }
    // What to read of the data (LoadScope::everything unless told).
    void use_scope(LoadScope scope) { keep_notes_ = keeps_notes(scope); }
    // Read by finish(), which throws Error(exit_no_input) when the file cannot be read.
    void add_file(const std::string& path);
    // Data given as text, named as if it came from a file (for tests and `record`).
    void add_text(const std::string& name, std::string text);
    LoadResult finish();

private:
    struct Source {
        std::string name;
        std::optional<std::string> text;  // absent: a file to read
    };
    void read_sources();
    std::optional<ParsedFile> kept_parse(std::uint32_t file);
    void keep(std::uint32_t file, ParsedFile& parsed);
    void read_alone(std::uint32_t file);
    void read(std::uint32_t file, std::string_view text);
    void join(std::uint32_t file, ParsedFile&& parsed);
    void read_sections(const YamlNode& root, std::uint32_t file);
    void flush_problems(std::uint32_t file, std::string_view text = {});
    std::string_view text_for_excerpts(std::uint32_t file, std::string& storage) const;
    TextPool* notes_pool() { return keep_notes_ ? model_.texts.get() : nullptr; }

    std::vector<Source> sources_;
    Model model_;
    Problems problems_;
    References references_;
    std::vector<Diagnostic> diagnostics_;
    std::vector<FileFacts> file_facts_;
    std::vector<std::string> unreadable_files_;
    KeptParses* keep_ = nullptr;
    KeptParses* reuse_ = nullptr;
    ParseCache* cache_ = nullptr;
    bool keep_notes_ = true;
};

// A data file's text as a change would leave it: read instead of the file, or as a new file.
struct ReplacedText {
    std::string path;  // as find_data_files names it, or a new file's
    std::string text;
};

// Parses one load keeps for the next (see KeptParses).
struct ParseReuse {
    KeptParses* keep_into = nullptr;
    KeptParses* reuse = nullptr;
};

// Called with the organisation's language each time a load has read an `organisation:` section, so
// that the command line can say what follows (errors found after the load) in it. With no hook,
// nothing is called. Install it before loading; returns the hook it replaces.
using DataLanguageHook = std::function<void(Language)>;
DataLanguageHook set_data_language_hook(DataLanguageHook hook);

// Loads every data file named by paths (see find_data_files), with replaced texts read instead of
// their files. Throws Error(exit_no_input) when a directory among them holds no data file: a cron
// job pointed at the wrong one must fail loudly. With LoadScope::ids the model may lack events (and
// their diagnostics): only for listing what the data defines.
LoadResult load_data(const std::vector<std::string>& paths, const std::vector<ReplacedText>& replaced = {},
                     ParseReuse parses = {}, LoadScope scope = LoadScope::everything);

// The problems of one new event (a YAML flow mapping, as event_to_yaml writes it)
// against a valid model: it is read back exactly as the loader would read it from
// the file, so what is written is what will be read.
std::vector<Diagnostic> check_new_event(const Model& model, const std::string& item);

}  // namespace repjourney
