// libFuzzer target: the parse cache, which must never trust bad bytes nor change a load.
// - The input as a cache file and as one encoded parse: refused or read, never a crash; a
//   parse decoded from it encodes to bytes that decode to the same again.
// - The input as up to three data files (see fuzz_input.hpp), loaded without the cache, then
//   twice through it (stored, then read back; the cache persists between inputs, so stale
//   entries of other inputs' files are met too): the same diagnostics and the same model.
// - Each file's encoded parse, cut short or with a byte changed, never crashes the decoder (the
//   checksum of the cache file is what refuses such bytes).

#include <cstdint>
#include <string>

#include "fuzz_input.hpp"
#include "load/cache_codec.hpp"
#include "load/cache_file.hpp"
#include "load/file_reading.hpp"
#include "load/loader.hpp"
#include "load/parse_cache.hpp"

using namespace repjourney;

namespace {
void check_bytes_as_cache(std::string_view bytes) {
    (void)read_cache_file_bytes(bytes, "fuzz");
    const std::optional<ParsedFile> parsed = decode_parsed_file(bytes, 0);
    if (!parsed) return;
    const std::string encoded = encode_parsed_file(*parsed);
    const std::optional<ParsedFile> again = decode_parsed_file(encoded, 0);
    if (!again || encode_parsed_file(*again) != encoded) fuzz::fail("a decoded parse does not encode stably");
}

void check_damaged_encodings(const std::vector<std::string>& paths, std::size_t seed) {
    for (std::uint32_t file = 0; file < paths.size(); ++file) {
        const std::optional<ParsedFile> parsed = parse_data_file(paths[file], file);
        if (!parsed) continue;
        const std::string encoded = encode_parsed_file(*parsed);
        if (encoded.empty()) fuzz::fail("an empty encoding");
        (void)decode_parsed_file(encoded.substr(0, seed % encoded.size()), file);
        std::string changed = encoded;
        changed[seed % changed.size()] ^= static_cast<char>(1 + seed % 255);
        (void)decode_parsed_file(changed, file);
    }
}

void check_loads_through_cache(const std::vector<std::string>& paths, const std::string& cache) {
    set_parse_cache_directory({});
    const LoadResult plain = load_data(paths);
    const std::string expected = fuzz::check_output(plain) + fuzz::fingerprint(plain);
    set_parse_cache_directory(cache);
    for (const char* run : {"storing", "from the cache"}) {
        const LoadResult cached = load_data(paths);
        const std::string got = fuzz::check_output(cached) + fuzz::fingerprint(cached);
        if (got != expected)
            fuzz::fail("a load through the cache differs", std::string{run} + ":\n" + got + "without:\n" + expected);
    }
    set_parse_cache_directory({});
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static fuzz::DataDirectory directory;
    static fuzz::DataDirectory cache;
    const std::string_view input = fuzz::as_text(data, size);
    check_bytes_as_cache(input);
    const std::vector<std::string> paths = directory.write(fuzz::split_files(input));
    check_loads_through_cache(paths, cache.path());
    check_damaged_encodings(paths, size * 2654435761u + (size ? data[size / 2] : 0));
    return 0;
}
