#pragma once
// Reading one data file into model records, on its own, so that several files can
// be read at once and a large one can be parsed while its records are made.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/change_tree.hpp"
#include "load/sections.hpp"
#include "load/validate.hpp"
#include "load/yaml_tree.hpp"
#include "model/model.hpp"

namespace repjourney {

// What a load reads of the data: everything; everything but the events' notes (for reports that
// never show one: notes may be long, and are written freely); or (for shell completion, which lists
// ids) what the parse cache holds of each file without its events, from files whose stamp is
// unchanged (ParseCache). Files parsed again are read whole either way.
enum class LoadScope { everything, without_notes, ids };

constexpr bool keeps_notes(LoadScope scope) { return scope == LoadScope::everything; }

// What room is reserved for from the size of the files before they are read (pages never used are
// never touched): the fewest bytes of YAML an event and a representative take (a line, a few lines),
// and the references to other items an event makes on average (each names its representative; a
// milestone, role, giver or action now and then).
constexpr std::size_t min_event_bytes = 48;
constexpr std::size_t min_representative_bytes = 128;
constexpr std::size_t references_per_event = 2;

// Records of the sections' lists, in file order.
struct SectionLists {
    std::vector<Role> roles;
    std::vector<Representative> representatives;
    std::vector<Event> events;
};

// Hands one streamed section item to the reader of its section.
void read_section_item(SectionReader& reader, std::string_view section, const YamlNode& item, SectionLists& lists);

// A file read without a single problem of any kind, ready to join the others.
struct ParsedFile {
    std::optional<YamlNode> root;  // the document without its streamed section items
    SectionLists lists;
    References references;  // event references index into lists.events
    TextPool texts;         // what the events' views point at, but their notes
    TextPool notes;         // what the events' notes point at: a load without notes drops it
    std::size_t content_hash = 0;
    std::optional<ChangeTree> tree;  // when asked for
};

// Nothing when the file has any problem (it is unreadable, too large, not text,
// not YAML, or holds a malformed record): the loader then reads it again alone, so
// its diagnostics come out exactly as they always do. Large files are streamed.
// With with_tree, the parse also holds the file's ChangeTree; without with_notes (a load without
// notes that writes no cache), the events' notes are left empty.
struct ParseOptions {
    bool with_tree = false;
    bool with_notes = true;
};
std::optional<ParsedFile> parse_data_file(const std::string& path, std::uint32_t file, ParseOptions options = {});

// Files of at least this many bytes are streamed (never held whole, parsed on a second
// thread). Settable only so that tests and the fuzzer reach that path with small files.
constexpr std::uint64_t default_streaming_threshold = std::uint64_t{4} << 20;
void set_streaming_threshold(std::uint64_t bytes);
// Whether a file of this many bytes is streamed.
bool is_streamed(std::uint64_t file_bytes);

// The bytes of a data file; nothing when it holds more than max_file_bytes, told from its size and
// again while reading (a file may grow, and one in /proc says it is empty). It is opened without
// blocking and read only when it is a regular file: a FIFO or a device under a data file's name must
// not hang the load or fill the memory. Throws Error(exit_no_input), naming the file, when it cannot
// be opened or read, or is no regular file.
std::optional<std::string> read_data_file(const std::string& path);

// The size of a file in bytes, or nothing when it cannot be told.
std::optional<std::uint64_t> file_size(const std::string& path);

}  // namespace repjourney
