#pragma once
// Data files → Model, with every problem found as a Diagnostic. The only code
// (with the rest of src/load) that knows about YAML.

#include <string>
#include <vector>

#include "diagnostics/diagnostic.hpp"
#include "load/problems.hpp"
#include "load/sections.hpp"
#include "model/model.hpp"

namespace repjourney {

struct LoadResult {
    Model model;
    std::vector<Diagnostic> diagnostics;  // errors and warnings, by file and position

    bool has_errors() const { return count_errors(diagnostics) > 0; }
};

// Reads files one at a time, then checks what refers across them.
class Loader {
public:
    // Throws Error(exit_no_input) when the file cannot be read.
    void add_file(const std::string& path);
    // Data given as text, named as if it came from a file (for tests and `record`).
    void add_text(const std::string& name, std::string text);
    LoadResult finish();

private:
    void read(std::uint32_t file, std::string_view text);
    void read_sections(const YamlNode& root, std::uint32_t file);
    void flush_problems(std::uint32_t file, std::string_view text);

    Model model_;
    Problems problems_;
    std::vector<Reference> references_;
    std::vector<Diagnostic> diagnostics_;
    bool some_file_unparsed_ = false;
    std::vector<std::string> texts_;  // of add_text sources, by file index; files are read again if needed
};

// Loads every data file named by paths (see find_data_files).
LoadResult load_data(const std::vector<std::string>& paths);

}  // namespace repjourney
