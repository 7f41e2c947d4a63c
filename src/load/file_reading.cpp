#include "load/file_reading.hpp"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <exception>
#include <thread>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "diagnostics/error.hpp"
#include "diagnostics/messages.hpp"
#include "load/bounded_queue.hpp"
#include "load/checked_file_buffer.hpp"
#include "load/data_files.hpp"
#include "load/huge_pages.hpp"
#include "load/text_checks.hpp"

namespace repjourney {

namespace {
// Smaller files are read whole: a second thread would cost more than it saves.
std::atomic<std::uint64_t> streaming_threshold = default_streaming_threshold;
// Parse events travel between the threads in pieces, to keep locking rare.
constexpr std::size_t piece_events = 8192;
constexpr std::size_t pieces_in_flight = 8;

// Closes a file descriptor on every way out.
struct FileDescriptor {
    int fd;
    ~FileDescriptor() {
        if (fd >= 0) ::close(fd);
    }
};

// A parse without problems, made ready for the loader's thread: what only this thread
// needs is freed here, not where the loader would free it into this thread's malloc arena.
ParsedFile handed_over(ParsedFile&& parsed, YamlDocument&& document, ChangeTreeBuilder* tree) {
    parsed.texts.drop_index();
    if (tree && document.root) parsed.tree = tree->finish(YamlNode{*document.root});
    parsed.root = std::move(document.root);
    return std::move(parsed);
}

// Each streamed item to the reader of its section and, when a tree is built, to that.
void take_item(SectionReader& reader, std::string_view section, YamlNode&& item, SectionLists& lists,
               ChangeTreeBuilder* tree) {
    read_section_item(reader, section, item, lists);
    if (tree) tree->item(section, std::move(item));
}

// The bytes of a file held whole: checked, hashed, parsed with records made as items come.
std::optional<ParsedFile> parse_text(std::string_view text, std::uint32_t file, ChangeTreeBuilder* tree,
                                     bool with_notes) {
    if (TextChecker{}.feed(text)) return std::nullopt;
    ParsedFile parsed;
    parsed.content_hash = content_hash(text);
    Problems problems;
    SectionReader reader{problems, parsed.references.named, parsed.references.events, parsed.texts,
                         with_notes ? &parsed.notes : nullptr};
    YamlDocument document = parse_yaml(text, file, [&](std::string_view section, YamlNode&& item) {
        if (problems.items().empty()) take_item(reader, section, std::move(item), parsed.lists, tree);
    });
    if (!document.problems.empty() || !problems.items().empty()) return std::nullopt;
    return handed_over(std::move(parsed), std::move(document), tree);
}

// A large file streamed: one thread runs yaml-cpp and records its events, this one builds
// the items and makes the records from them, so the two halves of the work overlap and
// yaml-cpp, the larger, has a core to itself.
std::optional<ParsedFile> parse_streamed(int fd, std::uint64_t size, std::uint32_t file, ChangeTreeBuilder* tree,
                                         bool with_notes) {
    ParsedFile parsed;
    reserve_in_huge_pages(parsed.lists.events, size / min_event_bytes);
    reserve_in_huge_pages(parsed.references.events, size / min_event_bytes * references_per_event);
    Problems problems;
    SectionReader reader{problems, parsed.references.named, parsed.references.events, parsed.texts,
                         with_notes ? &parsed.notes : nullptr};

    CheckedFileBuffer buffer{fd};
    BoundedQueue<YamlTape> queue{pieces_in_flight};
    std::exception_ptr parser_failure;
    std::thread parser{[&] {
        try {
            std::istream input{&buffer};
            record_yaml(input, piece_events, [&](YamlTape&& piece) { queue.push(std::move(piece)); });
        } catch (...) {
            parser_failure = std::current_exception();
        }
        queue.close();
    }};
    YamlTapeReader reading{file, [&](std::string_view section, YamlNode&& item) {
                               if (problems.items().empty())
                                   take_item(reader, section, std::move(item), parsed.lists, tree);
                           }};
    try {
        while (auto piece = queue.pop()) reading.read(*piece);
    } catch (...) {
        queue.close();  // the parser stops waiting for room
        parser.join();
        throw;
    }
    parser.join();
    if (parser_failure) std::rethrow_exception(parser_failure);
    YamlDocument document = reading.finish();
    if (buffer.problem() || buffer.read_error() || buffer.too_large() || !document.problems.empty() ||
        !problems.items().empty())
        return std::nullopt;
    parsed.content_hash = buffer.content_hash();
    return handed_over(std::move(parsed), std::move(document), tree);
}
}  // namespace

void set_streaming_threshold(std::uint64_t bytes) { streaming_threshold = bytes; }

bool is_streamed(std::uint64_t file_bytes) { return file_bytes >= streaming_threshold; }

void read_section_item(SectionReader& reader, std::string_view section, const YamlNode& item, SectionLists& lists) {
    if (section == "roles")
        reader.role(item, lists.roles);
    else if (section == "representatives")
        reader.representative(item, lists.representatives);
    else if (section == "events")
        reader.event(item, lists.events);
}

std::optional<ParsedFile> parse_data_file(const std::string& path, std::uint32_t file, ParseOptions options) {
    std::optional<ChangeTreeBuilder> tree;
    if (options.with_tree) tree.emplace();
    // Not blocking: a FIFO put in a data file's place since the listing must not hang the open.
    const FileDescriptor input{::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK)};
    struct stat info {};
    if (input.fd < 0 || ::fstat(input.fd, &info) != 0 || !S_ISREG(info.st_mode)) return std::nullopt;
    const auto size = static_cast<std::uint64_t>(info.st_size);
    if (size > max_file_bytes) return std::nullopt;
    if (is_streamed(size)) return parse_streamed(input.fd, size, file, tree ? &*tree : nullptr, options.with_notes);
    // One byte more than the file has: a regular file's read stops short only at its end, so
    // one read both fills the text and shows the file did not grow since fstat.
    std::string text(size + 1, '\0');
    std::size_t done = 0;
    for (;;) {
        const ssize_t n = ::read(input.fd, text.data() + done, size + 1 - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return std::nullopt;  // read it again alone, which reports the error
        if (n == 0) break;
        done += static_cast<std::size_t>(n);
        if (done > size) return std::nullopt;  // it grew
        if (done == size) break;               // short of the byte asked for beyond: at its end
    }
    if (done != size) return std::nullopt;  // it shrank
    text.resize(size);
    return parse_text(text, file, tree ? &*tree : nullptr, options.with_notes);
}

std::optional<std::string> read_data_file(const std::string& path) {
    const auto fail = [&](Message why) {
        throw Error(exit_no_input, Message{MessageId::cannot_read, path, std::move(why)});
    };
    const FileDescriptor input{::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK)};
    struct stat info {};
    if (input.fd < 0 || ::fstat(input.fd, &info) != 0) fail(system_error_message(errno));
    if (!S_ISREG(info.st_mode)) {
        const std::string_view kind = special_file_kind(info.st_mode);
        fail(Message{MessageId::not_a_regular_file, special_file_kind_words(kind)});
    }
    const auto size = static_cast<std::uint64_t>(info.st_size);
    if (size > max_file_bytes) return std::nullopt;
    // One byte more than its size, so that the first read tells its end; more room only if it grows.
    std::string text(size + 1, '\0');
    std::size_t done = 0;
    for (;;) {
        if (done == text.size()) {
            if (done > max_file_bytes) return std::nullopt;
            text.resize(std::min<std::uint64_t>(max_file_bytes + 1, std::max<std::uint64_t>(2 * done, 1 << 16)));
        }
        const ssize_t n = ::read(input.fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) fail(system_error_message(errno));
        if (n == 0) break;
        done += static_cast<std::size_t>(n);
    }
    text.resize(done);
    return text;
}

std::optional<std::uint64_t> file_size(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) return std::nullopt;
    return static_cast<std::uint64_t>(info.st_size);
}

}  // namespace repjourney
