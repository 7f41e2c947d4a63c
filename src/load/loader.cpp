#include "load/loader.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <unordered_map>

#include <fmt/format.h>

#include "diagnostics/error.hpp"
#include "load/data_files.hpp"
#include "load/source_text.hpp"
#include "load/validate.hpp"
#include "text/spelling.hpp"
#include "text/utf8.hpp"

namespace repjourney {

namespace {
const std::vector<std::string_view> section_names = {"organisation", "roles", "representatives", "events"};

std::string read_file(const std::string& path) {
    std::ifstream in{path, std::ios::binary};
    if (!in) throw Error(exit_no_input, fmt::format("cannot read '{}': {}", path, std::strerror(errno)));
    std::string text{std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
    if (in.bad()) throw Error(exit_no_input, fmt::format("cannot read '{}': {}", path, std::strerror(errno)));
    return text;
}

// Text yaml-cpp would misread is refused before parsing, with the place it goes wrong.
std::optional<Problem> check_encoding(std::string_view text, std::uint32_t file) {
    auto problem_at = [&](std::size_t offset, std::string message) {
        const auto [line, column] = line_and_byte_column(text, offset);
        return Problem{Severity::error, SourceMark{file, line, column}, false, std::move(message)};
    };
    if (const auto nul = text.find('\0'); nul != std::string_view::npos)
        return problem_at(nul, "this is not a text file (it contains a NUL byte)");
    if (const auto bad = find_invalid_utf8(text); bad != std::string_view::npos)
        return problem_at(bad, "invalid UTF-8: save the file as UTF-8 text");
    for (std::size_t cr = text.find('\r'); cr != std::string_view::npos; cr = text.find('\r', cr + 1))
        if (cr + 1 == text.size() || text[cr + 1] != '\n')
            return problem_at(cr,
                              "a line ends with a lone carriage return: save the file with LF (or CRLF) line endings");
    return std::nullopt;
}
// Room for as many events as the file has lines, growing at least by doubling: reserved
// pages cost nothing until used, while growing as we go would move every event and,
// for a moment, hold two copies of them.
void make_room_for_events(std::vector<Event>& events, std::string_view text) {
    const auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    const std::size_t needed = events.size() + lines;
    if (needed > events.capacity()) events.reserve(std::max(needed, 2 * events.capacity()));
}

// yaml-cpp's words for two common slips are cryptic; say what is likely wrong.
std::string syntax_hint(const SourceText& source, SourceMark mark) {
    const std::string_view line = source.line(mark.line);
    const auto indent = line.substr(0, line.find_first_not_of(" \t"));
    if (indent.find('\t') != std::string_view::npos) return " (a tab in the indentation: indent with spaces)";
    if (source.line_count() <= mark.line + 1 && line.empty())
        return " (the file ended first: is a quote or bracket left open?)";
    return {};
}
}  // namespace

void Loader::add_file(const std::string& path) {
    const std::string text = read_file(path);
    const auto file = static_cast<std::uint32_t>(model_.files.size());
    model_.files.push_back(path);
    texts_.emplace_back();
    read(file, text);
}

void Loader::add_text(const std::string& name, std::string text) {
    const auto file = static_cast<std::uint32_t>(model_.files.size());
    model_.files.push_back(name);
    texts_.push_back(std::move(text));
    read(file, texts_.back());
}

std::size_t content_hash(std::string_view text) { return std::hash<std::string_view>{}(text); }

void Loader::read(std::uint32_t file, std::string_view text) {
    file_facts_.push_back(FileFacts{{}, content_hash(text)});
    if (auto problem = check_encoding(text, file)) {
        some_file_unparsed_ = true;
        problems_.error(problem->mark, problem->message);
    } else {
        make_room_for_events(model_.events, text);
        SectionReader reader{problems_, references_.named, references_.events};
        // Section items are read as they are parsed, so only one item's tree exists at a time.
        const SectionItemSink read_item = [&](std::string_view section, const YamlNode& item) {
            if (section == "roles")
                reader.role(item, model_.roles);
            else if (section == "representatives")
                reader.representative(item, model_.representatives);
            else if (section == "events")
                reader.event(item, model_.events);
        };
        YamlDocument document = parse_yaml(text, file, read_item);
        const SourceText source{model_.files[file], text};
        for (auto& p : document.problems) problems_.error(p.mark, p.message + syntax_hint(source, p.mark));
        some_file_unparsed_ |= !document.problems.empty();
        if (document.problems.empty()) {
            file_facts_.back().events = locate_events_section(document.root);
            if (document.root)
                read_sections(*document.root, file);
            else
                problems_.file_problem(Severity::warning, file, "the file holds no data");
        }
    }
    flush_problems(file, text);
}

void Loader::read_sections(const YamlNode& root, std::uint32_t file) {
    if (root.kind != YamlNode::Kind::mapping) {
        if (root.is_null()) return problems_.file_problem(Severity::warning, file, "the file holds no data");
        return problems_.error(root.mark, fmt::format("a data file should be a mapping with the sections organisation, "
                                                      "roles, representatives and events, not {}",
                                                      describe(root)));
    }
    SectionReader reader{problems_, references_.named, references_.events};
    std::vector<std::string_view> seen;
    for (std::size_t i = 0; i < root.mapping_size(); ++i) {
        const YamlNode& key = root.key(i);
        const YamlNode& value = root.value(i);
        const std::string_view name = key.text;
        if (!key.is_scalar() || std::find(section_names.begin(), section_names.end(), name) == section_names.end()) {
            problems_.error(key.mark, fmt::format("unknown section '{}': a data file has organisation, roles, "
                                                  "representatives and events{}",
                                                  key.text, did_you_mean(key.text, section_names)));
            continue;
        }
        if (std::find(seen.begin(), seen.end(), name) != seen.end()) {
            problems_.error(key.mark, fmt::format("duplicate key '{}': the section is given twice in this file", name));
            continue;
        }
        seen.push_back(name);
        if (name == "organisation") {
            if (model_.organisation.defined) {
                problems_.error(key.mark, fmt::format("'organisation' is defined again; it was first defined in {}",
                                                      model_.files[model_.organisation.mark.file]));
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
    if (problems_.items().empty()) return;
    const SourceText source{model_.files[file], text};
    for (const Problem& problem : problems_.take()) diagnostics_.push_back(source.diagnostic(problem));
}

LoadResult Loader::finish() {
    Problems cross_file;
    // Not worth saying when a file could not be parsed: the section may be in it.
    if (!model_.organisation.defined && !model_.files.empty() && !some_file_unparsed_)
        cross_file.file_problem(Severity::error, 0,
                                "no data file has an 'organisation' section; it names the "
                                "organisation and is required once");
    validate(model_, references_, cross_file);
    references_ = {};

    // Cross-file problems need their files' text again for the excerpt.
    auto problems = cross_file.take();
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem& a, const Problem& b) { return a.mark.file < b.mark.file; });
    for (std::size_t i = 0; i < problems.size();) {
        const std::uint32_t file = problems[i].mark.file;
        std::string reread;
        if (texts_[file].empty()) {
            try {
                reread = read_file(model_.files[file]);
            } catch (const Error&) {
                // The excerpt is a courtesy; the position is still right.
            }
        }
        const SourceText source{model_.files[file], texts_[file].empty() ? std::string_view{reread} : texts_[file]};
        for (; i < problems.size() && problems[i].mark.file == file; ++i)
            diagnostics_.push_back(source.diagnostic(problems[i]));
    }

    std::unordered_map<std::string_view, std::size_t> file_index;
    for (std::size_t i = 0; i < model_.files.size(); ++i) file_index.emplace(model_.files[i], i);
    std::stable_sort(diagnostics_.begin(), diagnostics_.end(), [&](const Diagnostic& a, const Diagnostic& b) {
        if (a.file != b.file) return file_index[a.file] < file_index[b.file];
        return std::pair{a.line, a.column} < std::pair{b.line, b.column};
    });
    return LoadResult{std::move(model_), std::move(diagnostics_), std::move(file_facts_)};
}

LoadResult load_data(const std::vector<std::string>& paths) {
    Loader loader;
    for (const auto& file : find_data_files(paths)) loader.add_file(file);
    return loader.finish();
}

}  // namespace repjourney

namespace repjourney {

std::vector<Diagnostic> check_new_event(const Model& model, const std::string& item) {
    const std::string text = "events:\n  - " + item + "\n";
    const auto file = static_cast<std::uint32_t>(model.files.size());
    Problems problems;
    References references;
    YamlDocument document = parse_yaml(text, file);
    for (auto& p : document.problems) problems.error(p.mark, p.message);
    if (document.root && document.root->kind == YamlNode::Kind::mapping) {
        std::vector<Event> events;
        SectionReader{problems, references.named, references.events}.events(document.root->value(0), events);
        check_references(model, references, events, problems);
    }
    const SourceText source{"new event", text};
    std::vector<Diagnostic> diagnostics;
    for (const Problem& problem : problems.take()) diagnostics.push_back(source.diagnostic(problem));
    return diagnostics;
}

}  // namespace repjourney
