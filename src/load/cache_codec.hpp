#pragma once
// A file's parse as bytes for the parse cache, and back. The one list of each record's
// fields (cache_codec.cpp) serves both ways, so they cannot disagree.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "load/cache_file.hpp"
#include "load/file_reading.hpp"

namespace repjourney {

// Marks are stored without their file: a cached parse may be joined at another place in the
// list of files. The tree (for the change commands) is not stored.
// Room for expected_size bytes is made at once: a large file's encoding then never holds two
// copies of itself as it grows (reserved pages cost no memory until written).
std::string encode_parsed_file(const ParsedFile& parsed, std::size_t expected_size = 0);

// The same bytes, handed to write a megabyte or more at a time as they are made, so that a large
// file's encoding is never held whole; returns how many there were.
std::uint64_t encode_parsed_file(const ParsedFile& parsed, const WriteBytes& write);

// The parse, with every mark naming file; nothing when bytes are not such an encoding: a
// corrupt cache is never trusted. Its events get room for event_room, as a parse of the file
// would have made (see min_event_bytes), so that the loader takes their vector over whole.
// Without notes (LoadScope::without_notes), the events' notes are left empty.
// done_with, when given, is handed the pieces of bytes the decoding is done with as it goes, a
// megabyte or more at a time: every byte once when the decoding succeeds (some of them when not), so
// that a large file's cached parse need not be held whole while it is decoded.
std::optional<ParsedFile> decode_parsed_file(std::string_view bytes, std::uint32_t file, std::size_t event_room = 0,
                                             LoadScope scope = LoadScope::everything, const WriteBytes& done_with = {});

// The parse without its events and their references, read from the front of the bytes alone (for
// shell completion, which lists ids); nothing when that part is no encoding.
std::optional<ParsedFile> decode_parsed_file_without_events(std::string_view bytes, std::uint32_t file);

}  // namespace repjourney
