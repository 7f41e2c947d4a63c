#include "diagnostics/progress.hpp"

#include <utility>

namespace repjourney {

namespace {
ProgressHook& installed_hook() {
    static ProgressHook hook;
    return hook;
}
}  // namespace

ProgressHook set_progress_hook(ProgressHook hook) { return std::exchange(installed_hook(), std::move(hook)); }

void report_files_read(std::size_t files_read, std::size_t files) {
    if (const ProgressHook& hook = installed_hook()) hook(files_read, files);
}

}  // namespace repjourney
