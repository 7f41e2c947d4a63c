#pragma once
// Where a write to a path really goes, decided before a byte is written: a shared data
// folder may hold a FIFO, a device node or a link where a report or the events file
// is expected, and the organiser who runs repjourney is often root.

#include <sys/stat.h>

#include <filesystem>

namespace repjourney {

struct WriteTarget {
    enum class Kind {
        new_file,       // nothing there yet: created
        regular_file,   // replaced by a temporary file renamed over it
        write_through,  // the null device, or standard output or error: opened and written, never replaced
    };
    Kind kind = Kind::new_file;
    std::filesystem::path path;  // links resolved: the temporary file and the lock go beside the real file
    int descriptor = -1;         // write_through to a descriptor of ours (/dev/stdout: 1); -1: open path
    struct stat existing {};     // regular_file: the owner, group and mode to keep
};

// What a write to file would do. Throws Error(exit_cant_create) for what must not be
// written: a directory, FIFO, socket or device other than the null device, a link
// to nothing, or a file without a write bit for the one who runs repjourney.
WriteTarget resolve_write_target(const std::filesystem::path& file);

// Whether the mode bits let the effective user write (root: the owner's bit), so that
// a file made read-only on purpose is refused rather than replaced.
bool writable_by_mode(const struct stat& info);

}  // namespace repjourney
