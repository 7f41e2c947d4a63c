#include <iostream>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli/commands.hpp"
#include "cli/report_options.hpp"
#include "diagnostics/error.hpp"
#include "diagnostics/messages.hpp"
#include "engine/notice.hpp"
#include "render/notice_letter.hpp"

namespace repjourney {

namespace {
struct NoticeOptions {
    std::string rep;
    std::string role;  // empty: the person's one role with notify_employer
    std::string format;
};

Message refusal_message(const NoticeResult& result, const Representative& rep, std::string_view role) {
    switch (result.refusal) {
        case NoticeRefusal::no_role_to_notify: return Message{MessageId::notice_no_role, rep.id};
        case NoticeRefusal::several_roles:
            return Message{MessageId::notice_several_roles, rep.id, fmt::format("{}", fmt::join(result.roles, ", "))};
        case NoticeRefusal::role_not_notified: return Message{MessageId::notice_role_not_notified, role};
        case NoticeRefusal::no_current_assignment: return Message{MessageId::notice_no_assignment, rep.id, role};
    }
    return {};
}

int run_notice(const GlobalOptions& global, const NoticeOptions& options) {
    const LoadResult data = load_valid_data(global, LoadScope::without_notes);
    const ReportContext context = report_context(global, data.model);
    const Representative& rep = require_representative(data.model, options.rep);
    if (!options.role.empty()) require_role(data.model, options.role);
    const NoticeResult result = employer_notice(Snapshot{data.model, context.as_of}, rep, options.role);
    if (!result.facts) throw Error(exit_usage, refusal_message(result, rep, options.role));
    const NoticeFormat format = options.format == "markdown" ? NoticeFormat::markdown
                                : options.format == "html"   ? NoticeFormat::html
                                                             : NoticeFormat::text;
    std::cout << render_notice(*result.facts, data.model.organisation, context.language, format);
    return exit_ok;
}
}  // namespace

void add_notice_command(Command app, const GlobalOptions& global, CommandRunner& runner) {
    auto options = std::make_shared<NoticeOptions>();
    Command notice = app.subcommand("notice", "The written notice to the employer of a representative's mandate");
    notice.option("REP", options->rep, "The representative's id").required();
    notice.option("ROLE", options->role, "The role (id); may be left out when only one of theirs has notify_employer");
    add_format_option(notice, options->format, {"text", "markdown", "html"});
    notice.on_chosen([&, options] { runner = [&global, options] { return run_notice(global, *options); }; });
}

}  // namespace repjourney
