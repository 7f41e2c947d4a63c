#include "fuzz_input.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

namespace repjourney::fuzz {

std::vector<std::string_view> split_files(std::string_view input) {
    std::vector<std::string_view> files;
    std::size_t start = 0;
    std::size_t from = 0;
    while (files.size() + 1 < max_files) {
        const std::size_t at = input.find(file_separator, from);
        if (at == std::string_view::npos) break;
        from = at + 1;
        if (at > 0 && input[at - 1] != '\n') continue;  // not a line of its own
        files.push_back(input.substr(start, at - start));
        start = from = at + file_separator.size();
    }
    files.push_back(input.substr(start));
    return files;
}

std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

DataDirectory::DataDirectory() {
    namespace fs = std::filesystem;
    const char* given = std::getenv("REPJOURNEY_FUZZ_TMP");  // fuzz/run.sh's, removed after the run
    std::string base = given && *given ? given : "/dev/shm";
    if (std::error_code ec; !fs::is_directory(base, ec)) {
        const char* tmp = std::getenv("TMPDIR");
        base = tmp && *tmp ? tmp : "/tmp";
    }
    std::string name = base + "/repjourney-fuzz-XXXXXX";
    if (!mkdtemp(name.data())) fail("cannot make a temporary directory", base);
    path_ = fs::path{name}.lexically_normal().string();  // as load_data names the files it finds
}

DataDirectory::~DataDirectory() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

std::vector<std::string> DataDirectory::write(const std::vector<std::string_view>& files) {
    std::vector<std::string> paths;
    for (std::size_t i = 0; i < files.size(); ++i) {
        paths.push_back(fmt::format("{}/{}.yaml", path_, static_cast<char>('a' + i)));
        std::ofstream out{paths.back(), std::ios::binary | std::ios::trunc};
        out.write(files[i].data(), static_cast<std::streamsize>(files[i].size()));
        if (!out.flush()) fail("cannot write", paths.back());
    }
    return paths;
}

std::string check_output(const LoadResult& result) {
    std::string out;
    for (const Diagnostic& d : result.diagnostics) {
        const std::string text = format_diagnostic(d);
        if (text.empty() || text.back() != '\n') fail("a diagnostic does not end in a newline", text);
        if (d.line > 0 && d.column < 1) fail("a diagnostic has a line but no column", text);
        if (d.message.empty()) fail("a diagnostic without a message", text);
        out += text;
    }
    const Model& model = result.model;
    out += fmt::format("{} files, {} roles, {} representatives, {} events; {} errors, {} warnings\n",
                       model.files.size(), model.roles.size(), model.representatives.size(), model.events.size(),
                       count_errors(result.diagnostics), count_warnings(result.diagnostics));
    return out;
}

// What two ways of loading must agree on, besides the diagnostics.
std::string fingerprint(const LoadResult& result) {
    const Model& model = result.model;
    std::string out = fmt::format("organisation {} '{}'\n", model.organisation.defined, model.organisation.name);
    for (const Role& role : model.roles) out += fmt::format("role {} {}\n", role.id, role.journey.size());
    for (const Representative& rep : model.representatives)
        out += fmt::format("rep {} {} {}\n", rep.id, rep.assignments.size(), rep.goals.size());
    for (const Event& event : model.events)
        out += fmt::format("event {} {} {} {}:{}:{}\n", event.date.iso(), event.rep, to_string(event.type),
                           event.mark.file, event.mark.line, event.mark.column);
    for (const FileFacts& facts : result.file_facts)
        out += fmt::format("file {:x} {} {} {} {}\n", facts.content_hash, static_cast<int>(facts.events.shape),
                           facts.events.key_line, facts.events.first_item_line,
                           facts.events.next_key_line ? static_cast<long>(*facts.events.next_key_line) : -1L);
    return out;
}

void fail(std::string_view what, std::string_view details) {
    std::fprintf(stderr, "fuzz: %.*s\n%.*s\n", static_cast<int>(what.size()), what.data(),
                 static_cast<int>(details.size()), details.data());
    std::abort();
}

}  // namespace repjourney::fuzz
