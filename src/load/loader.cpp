#include "load/loader.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <future>
#include <iterator>
#include <mutex>
#include <thread>
#include <unordered_map>

#include <fmt/format.h>

#include "diagnostics/error.hpp"
#include "diagnostics/progress.hpp"
#include "diagnostics/timings.hpp"
#include "load/data_files.hpp"
#include "load/huge_pages.hpp"
#include "load/source_text.hpp"
#include "load/validate.hpp"
#include "text/spelling.hpp"

namespace repjourney {

namespace {
DataLanguageHook data_language_hook;

const std::vector<std::string_view> section_names = {"organisation", "roles", "representatives", "events"};

// Room for more items, growing at least by doubling: reserved pages cost nothing until used, while
// growing as we go would move every item and, for a moment, hold two copies of them (and fresh
// pages are dear: on a virtual machine a page fault may cost ten microseconds).
template <typename T>
void make_room(std::vector<T>& items, std::size_t more) {
    const std::size_t needed = items.size() + more;
    if (needed > items.capacity()) reserve_in_huge_pages(items, std::max(needed, 2 * items.capacity()));
}

template <typename T>
void append(std::vector<T>& to, std::vector<T>&& from) {
    if (to.empty() && from.capacity() >= to.capacity())
        to = std::move(from);
    else
        to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

// yaml-cpp's words for two common slips are cryptic; say what is likely wrong.
Message syntax_hint(const SourceText& source, SourceMark mark) {
    const std::string_view line = source.line(mark.line);
    const auto indent = line.substr(0, line.find_first_not_of(" \t"));
    if (indent.find('\t') != std::string_view::npos) return Message{MessageId::hint_tab_indent};
    if (source.line_count() <= mark.line + 1 && line.empty()) return Message{MessageId::hint_file_ended};
    return {};
}

// Keeps the first max_shown_warnings warnings, in the diagnostics' order, and counts the rest
// into left_out: each Problems keeps that many, and a load has more than one.
void keep_first_warnings(std::vector<Diagnostic>& diagnostics, std::size_t& left_out) {
    std::size_t warnings = 0;
    std::size_t kept = 0;
    for (std::size_t i = 0; i < diagnostics.size(); ++i) {
        if (diagnostics[i].severity == Severity::warning && warnings++ >= max_shown_warnings) continue;
        if (kept != i) diagnostics[kept] = std::move(diagnostics[i]);
        ++kept;
    }
    left_out += diagnostics.size() - kept;
    diagnostics.resize(kept);
}

// Parses the data files on worker threads, one per core, and hands each back in file
// order. Workers take the files in runs of neighbours, so that fifty thousand small
// files cost a few thousand hand-overs and not one each, while a few large ones are
// still shared out one at a time. A file the cache holds unchanged is only read and hashed on a
// worker; its cached parse is decoded on the loader's thread, which joins it.
class ParallelParser {
public:
    ParallelParser(const std::vector<std::string>& paths, ParseOptions options, ParseCache* cache)
        : paths_(paths), results_(paths.size()), options_(options), cache_(cache) {
        const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
        const auto files = static_cast<std::size_t>(
            std::count_if(paths.begin(), paths.end(), [](const std::string& path) { return !path.empty(); }));
        const std::size_t workers = std::min(cores, files);
        run_ = std::clamp<std::size_t>(files / (workers * 64 + 1), 1, 32);
        if (workers > 1)
            for (std::size_t i = 0; i < workers; ++i) workers_.emplace_back([this] { work(); });
    }
    ~ParallelParser() {
        next_ = paths_.size();  // no more files are started
        {
            const std::lock_guard lock{mutex_};
            stopping_ = true;
        }
        room_.notify_all();
        for (auto& worker : workers_) worker.join();
    }

    // The file's parse (nothing when it has problems); waits for it when needed.
    std::optional<ParsedFile> take(std::size_t index) {
        Result result;
        if (workers_.empty()) {
            result = parse(index);
        } else {
            std::unique_lock lock{mutex_};
            waiting_for_ = index;
            // Workers held back may go on to look_ahead files past this one: woken a run of files at a
            // time, not for every file (a wake-up costs more than joining a small file).
            if (held_back_ > 0 && index % 64 == 0) room_.notify_all();
            done_.wait(lock, [&] { return results_[index].finished; });
            result = std::move(results_[index]);
        }
        if (result.failure) std::rethrow_exception(result.failure);
        if (result.unchanged) return cache_->decode_unchanged(*result.unchanged, static_cast<std::uint32_t>(index));
        if (!result.parsed) return std::nullopt;
        return std::move(*result.parsed);
    }

private:
    // One for every file, made at the start: a parse is held apart from it, so that fifty thousand
    // files do not cost fifty thousand ParsedFiles' room before any is parsed.
    struct Result {
        bool finished = false;
        std::unique_ptr<ParsedFile> parsed;
        const CacheEntry* unchanged = nullptr;  // a cached parse still good, decoded by take()
        std::exception_ptr failure;
    };

    // The file's parse, or its cache entry still good; what it threw is kept for take() to throw.
    Result parse(std::size_t index) const {
        Result result;
        result.finished = true;
        if (paths_[index].empty()) return result;  // data given as text: the loader reads it
        const auto file = static_cast<std::uint32_t>(index);
        try {
            std::optional<ParsedFile> parsed;
            if (cache_) {
                ParseCache::Lookup found = cache_->look_up(paths_[index], file);
                result.unchanged = found.unchanged;
                parsed = std::move(found.parsed);
            } else {
                parsed = parse_data_file(paths_[index], file, options_);
            }
            if (parsed) result.parsed = std::make_unique<ParsedFile>(std::move(*parsed));
        } catch (...) {
            result.failure = std::current_exception();
        }
        return result;
    }

    void work() {
        std::vector<Result> run;
        for (std::size_t first = next_.fetch_add(run_); first < paths_.size(); first = next_.fetch_add(run_)) {
            {
                std::unique_lock lock{mutex_};
                ++held_back_;
                room_.wait(lock, [&] { return stopping_ || first < waiting_for_ + look_ahead; });
                --held_back_;
                if (stopping_) return;
            }
            const std::size_t end = std::min(first + run_, paths_.size());
            run.clear();
            for (std::size_t index = first; index < end; ++index) run.push_back(parse(index));
            std::lock_guard lock{mutex_};
            std::move(run.begin(), run.end(), results_.begin() + static_cast<std::ptrdiff_t>(first));
            if (waiting_for_ >= first && waiting_for_ < end) done_.notify_one();
        }
    }

    const std::vector<std::string>& paths_;
    std::vector<Result> results_;
    ParseOptions options_;  // without the cache, which keeps every note
    ParseCache* cache_;
    std::size_t run_ = 1;  // files a worker takes at a time
    std::atomic<std::size_t> next_ = 0;
    std::mutex mutex_;
    // Workers stay at most this many files ahead of the one the loader waits for: when joining is the
    // slower (fifty thousand small files, a busy machine), parses waiting to be joined would otherwise
    // pile up and hold much of the data twice.
    static constexpr std::size_t look_ahead = 1024;
    std::size_t waiting_for_ = 0;  // the file the loader waits for; guarded by mutex_
    bool stopping_ = false;        // guarded by mutex_
    std::size_t held_back_ = 0;    // workers waiting for room; guarded by mutex_
    std::condition_variable done_;
    std::condition_variable room_;  // waiting_for_ moved on, or stopping_
    std::vector<std::thread> workers_;
};
}  // namespace

void Loader::add_file(const std::string& path) { sources_.push_back({path, std::nullopt}); }

void Loader::add_text(const std::string& name, std::string text) { sources_.push_back({name, std::move(text)}); }

// Text sources are read where they stand; files are parsed in parallel, and a file
// with any problem is read again alone, so its diagnostics are exactly the serial ones.
void Loader::read_sources() {
    if (reuse_ && reuse_->texts) model_.texts = reuse_->texts;  // where the kept parses' texts are
    // Kept parses only come with a change's second load: other loads make no room for them.
    std::vector<std::optional<ParsedFile>> reused(reuse_ ? sources_.size() : 0);
    const auto was_reused = [&](std::uint32_t file) { return file < reused.size() && reused[file]; };
    std::vector<std::string> paths;
    for (std::uint32_t file = 0; file < sources_.size(); ++file) {
        model_.files.push_back(sources_[file].name);
        if (!sources_[file].text && reuse_) reused[file] = kept_parse(file);
        paths.push_back(sources_[file].text || was_reused(file) ? std::string{} : sources_[file].name);
    }
    if (cache_) cache_->expect_files(paths.size());
    ParallelParser parser{paths, {.with_tree = keep_ && keep_->trees, .with_notes = keep_notes_}, cache_};
    // While the workers start: room for the events, told from the files' sizes (not wanted for ids): as the cache
    // stored them, for the files it holds (a stat each cost 50,000 files a tenth of a second), else as they are.
    if (!cache_ || cache_->scope() != LoadScope::ids) {
        std::uint64_t bytes = 0;
        for (std::uint32_t file = 0; file < paths.size(); ++file) {
            if (paths[file].empty()) continue;
            const auto stored = cache_ ? cache_->stored_size(paths[file], file) : std::nullopt;
            bytes += stored ? *stored : file_size(paths[file]).value_or(0);
        }
        make_room(model_.events, bytes / min_event_bytes);
        // A single file's other lists are taken over whole (see append); many files' are joined in room
        // made once.
        if (paths.size() > 1) {
            make_room(references_.events, bytes / min_event_bytes * references_per_event);
            make_room(model_.representatives, bytes / min_representative_bytes);
        }
    }
    report_files_read(0, sources_.size());
    for (std::uint32_t file = 0; file < sources_.size(); ++file) {
        if (sources_[file].text) {
            read(file, *sources_[file].text);
        } else if (was_reused(file)) {
            join(file, std::move(*reused[file]));
        } else if (auto parsed = parser.take(file)) {
            if (keep_) keep(file, *parsed);
            join(file, std::move(*parsed));
        } else {
            read_alone(file);
        }
        report_files_read(file + 1, sources_.size());
    }
}

// The kept parse of a file whose bytes are still those parsed. When they are not, the bytes just
// read become the file's source, so that it is read only once more.
std::optional<ParsedFile> Loader::kept_parse(std::uint32_t file) {
    if (!reuse_) return std::nullopt;
    const auto kept = reuse_->files.find(sources_[file].name);
    if (kept == reuse_->files.end() || !kept->second.parsed || kept->second.index != file) return std::nullopt;
    std::optional<std::string> text = read_data_file(sources_[file].name);
    if (!text) return std::nullopt;  // too large now: parsing it again says so
    if (content_hash(*text) != kept->second.content_hash) {
        sources_[file].text = std::move(*text);
        return std::nullopt;
    }
    std::optional<ParsedFile> parsed = std::move(kept->second.parsed);
    kept->second.parsed.reset();
    return parsed;
}

// A copy of what the parse holds but its texts (the pool they are in goes to the model, which
// finish() hands on to keep_->texts), and its tree.
void Loader::keep(std::uint32_t file, ParsedFile& parsed) {
    KeptParses::File& kept = keep_->files[sources_[file].name];
    kept.index = file;
    kept.content_hash = parsed.content_hash;
    kept.tree = std::move(parsed.tree);
    ParsedFile& copy = kept.parsed.emplace();
    copy.root = parsed.root;
    copy.lists = parsed.lists;
    copy.references = parsed.references;
    copy.content_hash = parsed.content_hash;
}

void Loader::read_alone(std::uint32_t file) {
    const std::optional<std::string> text = read_data_file(model_.files[file]);
    if (!text) {
        file_facts_.emplace_back();
        unreadable_files_.push_back(model_.files[file]);
        problems_.file_problem(Severity::error, file, Message{MessageId::file_too_large, max_file_bytes >> 20});
        return flush_problems(file);
    }
    read(file, *text);
}

void Loader::read(std::uint32_t file, std::string_view text) {
    file_facts_.push_back(FileFacts{{}, content_hash(text)});
    if (auto problem = TextChecker{}.feed(text)) {
        unreadable_files_.push_back(model_.files[file]);
        problems_.error(SourceMark{file, problem->line, problem->column}, problem->message);
    } else {
        make_room(model_.events, static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')));
        SectionReader reader{problems_, references_.named, references_.events, *model_.texts, notes_pool()};
        SectionLists lists;
        lists.events = std::move(model_.events);
        std::optional<ChangeTreeBuilder> tree;
        if (keep_ && keep_->trees) tree.emplace();
        // Section items are read as they are parsed, so only one item's tree exists at a time.
        YamlDocument document = parse_yaml(text, file, [&](std::string_view section, YamlNode&& item) {
            read_section_item(reader, section, item, lists);
            if (tree) tree->item(section, std::move(item));
        });
        if (tree && document.problems.empty() && document.root) {
            KeptParses::File& kept = keep_->files[sources_[file].name];
            kept.index = file;
            kept.content_hash = file_facts_.back().content_hash;
            kept.tree = tree->finish(YamlNode{*document.root});
        }
        model_.events = std::move(lists.events);
        append(model_.roles, std::move(lists.roles));
        append(model_.representatives, std::move(lists.representatives));
        const SourceText source{model_.files[file], text};
        for (auto& p : document.problems) problems_.error(p.mark, p.message + syntax_hint(source, p.mark));
        if (!document.problems.empty()) {
            unreadable_files_.push_back(model_.files[file]);
        } else {
            file_facts_.back().events = locate_events_section(document.root);
            if (document.root)
                read_sections(*document.root, file);
            else
                problems_.file_problem(Severity::warning, file, Message{MessageId::file_holds_no_data});
        }
    }
    flush_problems(file, text);
}

void Loader::join(std::uint32_t file, ParsedFile&& parsed) {
    file_facts_.push_back(FileFacts{locate_events_section(parsed.root), parsed.content_hash});
    const auto first_event = static_cast<std::uint32_t>(model_.events.size());
    append(model_.roles, std::move(parsed.lists.roles));
    append(model_.representatives, std::move(parsed.lists.representatives));
    append(model_.events, std::move(parsed.lists.events));
    model_.texts->take_over(std::move(parsed.texts));
    if (keep_notes_) {
        model_.texts->take_over(std::move(parsed.notes));
    } else if (!parsed.notes.empty()) {
        for (std::size_t i = first_event; i < model_.events.size(); ++i) model_.events[i].note = {};
        parsed.notes = TextPool{};
    }
    append(references_.named, std::move(parsed.references.named));
    for (EventReference& reference : parsed.references.events) reference.event += first_event;
    append(references_.events, std::move(parsed.references.events));
    if (parsed.root)
        read_sections(*parsed.root, file);
    else
        problems_.file_problem(Severity::warning, file, Message{MessageId::file_holds_no_data});
    flush_problems(file);
}

void Loader::read_sections(const YamlNode& root, std::uint32_t file) {
    if (root.kind != YamlNode::Kind::mapping) {
        if (root.is_null())
            return problems_.file_problem(Severity::warning, file, Message{MessageId::file_holds_no_data});
        return problems_.error(root.mark, Message{MessageId::root_not_a_mapping, describe(root)});
    }
    SectionReader reader{problems_, references_.named, references_.events, *model_.texts, notes_pool()};
    std::vector<std::string_view> seen;
    for (std::size_t i = 0; i < root.mapping_size(); ++i) {
        const YamlNode& key = root.key(i);
        const YamlNode& value = root.value(i);
        const std::string_view name = key.text;
        if (!key.is_scalar() || std::find(section_names.begin(), section_names.end(), name) == section_names.end()) {
            problems_.error(
                key.mark, Message{MessageId::unknown_section, key.text, did_you_mean_message(key.text, section_names)});
            continue;
        }
        if (std::find(seen.begin(), seen.end(), name) != seen.end()) {
            problems_.error(key.mark, Message{MessageId::duplicate_section, name});
            continue;
        }
        seen.push_back(name);
        if (name == "organisation") {
            if (model_.organisation.defined) {
                problems_.error(key.mark,
                                Message{MessageId::organisation_again, model_.files[model_.organisation.mark.file]});
                continue;
            }
            reader.organisation(value, model_.organisation);
        } else if (name == "roles") {
            reader.roles(value, model_.roles);
        } else if (name == "representatives") {
            reader.representatives(value, model_.representatives);
        } else {
            reader.events(value, model_.events);
        }
    }
}

void Loader::flush_problems(std::uint32_t file, std::string_view text) {
    const auto& items = problems_.items();
    if (items.empty()) return;
    const bool needs_excerpts = std::any_of(items.begin(), items.end(), [](const Problem& p) { return !p.whole_file; });
    std::string reread;
    const SourceText source{model_.files[file],
                            text.empty() && needs_excerpts ? text_for_excerpts(file, reread) : text};
    for (const Problem& problem : problems_.take()) diagnostics_.push_back(source.diagnostic(problem));
}

// A file parsed on a worker is not kept: its text is read again for the excerpts of its problems.
std::string_view Loader::text_for_excerpts(std::uint32_t file, std::string& storage) const {
    if (sources_[file].text) return *sources_[file].text;
    try {
        storage = read_data_file(model_.files[file]).value_or("");
    } catch (const Error&) {
        // The excerpt is a courtesy; the position is still right.
    }
    return storage;
}

LoadResult Loader::finish() {
    read_sources();
    timing_mark("parsed");
    Problems cross_file;
    // Not worth saying when a file could not be parsed: the section may be in it.
    if (!model_.organisation.defined && !model_.files.empty() && unreadable_files_.empty())
        cross_file.file_problem(Severity::error, 0, Message{MessageId::no_organisation});
    validate(model_, references_, cross_file);
    timing_mark("validated");
    references_ = {};

    // Cross-file problems need their files' text again for the excerpt.
    auto problems = cross_file.take();
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem& a, const Problem& b) { return a.mark.file < b.mark.file; });
    for (std::size_t i = 0; i < problems.size();) {
        const std::uint32_t file = problems[i].mark.file;
        std::string reread;
        const SourceText source{model_.files[file], text_for_excerpts(file, reread)};
        for (; i < problems.size() && problems[i].mark.file == file; ++i)
            diagnostics_.push_back(source.diagnostic(problems[i]));
    }

    std::unordered_map<std::string_view, std::size_t> file_index;
    for (std::size_t i = 0; i < model_.files.size(); ++i) file_index.emplace(model_.files[i], i);
    std::stable_sort(diagnostics_.begin(), diagnostics_.end(), [&](const Diagnostic& a, const Diagnostic& b) {
        if (a.file != b.file) return file_index[a.file] < file_index[b.file];
        return std::pair{a.line, a.column} < std::pair{b.line, b.column};
    });
    std::size_t warnings_not_shown = problems_.warnings_left_out() + cross_file.warnings_left_out();
    keep_first_warnings(diagnostics_, warnings_not_shown);
    if (keep_) keep_->texts = model_.texts;
    if (model_.organisation.defined && data_language_hook) data_language_hook(model_.organisation.language);
    LoadResult result;
    result.model = std::move(model_);
    result.diagnostics = std::move(diagnostics_);
    result.warnings_not_shown = warnings_not_shown;
    result.file_facts = std::move(file_facts_);
    result.unreadable_files = std::move(unreadable_files_);
    return result;
}

DataLanguageHook set_data_language_hook(DataLanguageHook hook) {
    std::swap(hook, data_language_hook);
    return hook;
}

LoadResult load_data(const std::vector<std::string>& paths, const std::vector<ReplacedText>& replaced,
                     ParseReuse parses, LoadScope scope) {
    timing_mark("start");
    Loader loader;
    loader.use_scope(scope);
    // The change commands keep their parses in memory, with trees the cache does not hold.
    std::optional<ParseCache> cache;
    // The files are listed while the cache is read: each takes a core for a while on many files.
    std::future<DataFiles> listing = std::async(std::launch::async, [&paths] { return find_data_files(paths); });
    if (!parse_cache_directory().empty() && !parses.keep_into && !parses.reuse && replaced.empty())
        loader.use_cache(cache.emplace(parse_cache_directory(), paths, scope));
    if (parses.keep_into) loader.keep_parses(*parses.keep_into);
    if (parses.reuse) loader.reuse_parses(*parses.reuse);
    DataFiles data = listing.get();
    if (!data.empty_directories.empty() && replaced.empty())
        throw Error(exit_no_input, Message{MessageId::no_yaml_files, data.empty_directories.front()});
    std::vector<bool> used(replaced.size(), false);
    for (const auto& file : data.files) {
        const auto text =
            std::find_if(replaced.begin(), replaced.end(), [&](const ReplacedText& r) { return r.path == file; });
        if (text == replaced.end()) {
            loader.add_file(file);
        } else {
            used[static_cast<std::size_t>(text - replaced.begin())] = true;
            loader.add_text(file, text->text);
        }
    }
    for (std::size_t i = 0; i < replaced.size(); ++i)
        if (!used[i]) loader.add_text(replaced[i].path, replaced[i].text);
    timing_mark("listed");
    LoadResult result = loader.finish();
    if (cache) {
        cache->save();
        result.cache_written = cache->written();
        // Completion's memo is made from them only when the cache was written, or for completion itself
        // (keep_completion_answers): not copied for each of 50,000 files on every other run.
        if (result.cache_written || scope == LoadScope::ids) result.settled_stamps = cache->settled_stamps();
        timing_mark("cached");
    }
    result.skipped_files = std::move(data.skipped);
    result.directory_stamps = std::move(data.directories);
    return result;
}

}  // namespace repjourney

namespace repjourney {

std::vector<Diagnostic> check_new_event(const Model& model, const std::string& item) {
    const std::string text = "events:\n  - " + item + "\n";
    const auto file = static_cast<std::uint32_t>(model.files.size());
    Problems problems;
    References references;
    // Text from the command line may be anything; the file must stay UTF-8 text.
    if (const auto problem = TextChecker{}.feed(text))
        problems.error(SourceMark{file, problem->line, problem->column}, Message{MessageId::event_text_not_utf8});
    YamlDocument document = parse_yaml(text, file);
    for (auto& p : document.problems) problems.error(p.mark, p.message);
    if (document.root && document.root->kind == YamlNode::Kind::mapping) {
        std::vector<Event> events;
        TextPool texts;
        SectionReader{problems, references.named, references.events, texts, &texts}.events(document.root->value(0),
                                                                                           events);
        check_references(model, references, events, problems);
    }
    const SourceText source{"new event", text};
    std::vector<Diagnostic> diagnostics;
    for (const Problem& problem : problems.take()) diagnostics.push_back(source.diagnostic(problem));
    return diagnostics;
}

}  // namespace repjourney
