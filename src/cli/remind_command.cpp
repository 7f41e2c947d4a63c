#include <ctime>
#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/report_options.hpp"
#include "diagnostics/error.hpp"
#include "diagnostics/messages.hpp"
#include "engine/digest.hpp"
#include "record/safe_file.hpp"
#include "render/digest_email.hpp"
#include "render/digest_text.hpp"
#include "render/mail_format.hpp"
#include "text/mail_address.hpp"

namespace repjourney {

namespace {
namespace fs = std::filesystem;

struct RemindOptions {
    std::string coordinator;
    int days = 7;
    std::string format;
    std::string to;
    std::string from;
    std::string split;  // a directory: one .eml file per coordinator
    bool include_notes = false;
    bool always = false;  // a short "nothing to do this week" digest rather than silence
    bool no_commands = false;
};

// Minutes east of UTC in the local time zone (TZ) at that hour of that day, summer time included.
int utc_offset_minutes(Date date, int hour) {
    const auto ymd = date.ymd();
    std::tm local{};
    local.tm_year = static_cast<int>(ymd.year()) - 1900;
    local.tm_mon = static_cast<int>(static_cast<unsigned>(ymd.month())) - 1;
    local.tm_mday = static_cast<int>(static_cast<unsigned>(ymd.day()));
    local.tm_hour = hour;
    local.tm_isdst = -1;
    if (std::mktime(&local) == static_cast<std::time_t>(-1)) return 0;
    return static_cast<int>(local.tm_gmtoff / 60);
}

Mailbox sender(const RemindOptions& options, const Organisation& organisation) {
    if (!options.from.empty()) {
        if (!is_mail_address(options.from))
            throw Error(exit_usage, Message{MessageId::not_an_address, "--from", options.from});
        return {organisation.name, options.from};
    }
    if (organisation.email.empty()) throw Error(exit_usage, Message{MessageId::digest_needs_sender});
    return {organisation.name, organisation.email};  // an address: the loader checks it (text/mail_address)
}

Mailbox recipient(const DigestGroup& group, const Organisation& organisation, const RemindOptions& options) {
    if (!options.to.empty() && !is_mail_address(options.to))
        throw Error(exit_usage, Message{MessageId::not_an_address, "--to", options.to});
    const auto to = digest_recipient(group, organisation, options.to);
    if (!to)
        throw Error(exit_usage, group.coordinator
                                    ? Message{MessageId::digest_nowhere_for_coordinator, group.coordinator->id}
                                    : Message{MessageId::digest_nowhere_for_others});
    return *to;  // --to is checked above, the data's addresses by the loader
}

// --split's directory, made when it is missing.
void make_split_directory(const fs::path& dir) {
    std::error_code error;
    if (!fs::exists(dir, error)) {
        fs::create_directories(dir, error);
        // The digests name people and what is late with them: the directory is the owner's alone.
        if (!error) fs::permissions(dir, fs::perms::owner_all, error);
        if (error)
            throw Error(exit_cant_create,
                        Message{MessageId::cannot_create_directory, dir.string(), system_error_message(error)});
    }
}

void print(const std::string& text) {
    std::cout << text;  // main makes sure it all arrived
}

int run_remind(const GlobalOptions& global, const RemindOptions& options) {
    if (!options.split.empty() && options.format != "email")
        throw Error(exit_usage, Message{MessageId::split_needs_email});
    if ((!options.to.empty() || !options.from.empty()) && options.format != "email")
        throw Error(exit_usage, Message{MessageId::to_from_need_email});

    const LoadResult data =
        load_valid_data(global, options.include_notes ? LoadScope::everything : LoadScope::without_notes);
    const Model& model = data.model;
    const ReportContext context = report_context(global, model);
    SelectionOptions by_coordinator;
    by_coordinator.coordinator = options.coordinator;
    (void)resolve_selection(by_coordinator, model);  // an unknown id is a usage error with a hint

    const Snapshot snapshot{model, context.as_of};
    const Digest digest =
        compute_digest(snapshot, {options.days, options.coordinator, options.include_notes, options.always});
    // Nothing to do: no output at all, so cron sends no mail; with --always there is a group to say so.
    if (digest.empty()) return exit_ok;

    // The digest is worded and written a group at a time: a federation's (29 MB for 50,000 people) is never all
    // held as words and text at once.
    const Organisation& organisation = model.organisation;
    const bool commands = !options.no_commands;
    if (options.format != "email") {
        const bool markdown = options.format == "markdown";
        const DigestWords head = digest_head_words(digest, organisation, context.language);
        print(markdown ? render_digest_markdown_head(head) : render_digest_text_head(head));
        for (const DigestGroup& group : digest.groups) {
            const DigestGroupWords words = digest_group_words(digest, group, organisation, context.language, commands);
            print(markdown ? render_digest_markdown_group(words) : render_digest_text_group(words));
        }
        return exit_ok;
    }

    // Every address is checked before anything is written, so a bad one leaves no half-sent stream.
    const Mailbox from = sender(options, organisation);
    std::vector<Mailbox> recipients;
    recipients.reserve(digest.groups.size());
    for (const DigestGroup& group : digest.groups) recipients.push_back(recipient(group, organisation, options));
    if (!options.split.empty()) make_split_directory(options.split);
    const int offset = utc_offset_minutes(digest.first, digest_mail_hour);
    for (std::size_t i = 0; i < digest.groups.size(); ++i) {
        const DigestGroup& group = digest.groups[i];
        const std::string mail = render_digest_mail(digest_of_group(digest, group), organisation, context.language,
                                                    from, recipients[i], offset, commands);
        if (!options.split.empty())
            replace_file(fs::path{options.split} / (digest_group_key(group, organisation) + ".eml"), mail);
        else if (!options.coordinator.empty())
            print(mail);  // one coordinator's message, as it is: not an mbox
        else
            print(mbox_entry(mail, from.address, digest.first, digest_mail_hour));
    }
    return exit_ok;
}
}  // namespace

void add_remind_command(Command app, const GlobalOptions& global, CommandRunner& runner) {
    auto options = std::make_shared<RemindOptions>();
    Command remind = app.subcommand("remind",
                                    "The weekly digest for cron: what is overdue, what falls due this "
                                    "week and whom to recognise, by coordinator; silent when there "
                                    "is nothing to do");
    remind.option("--coordinator", options->coordinator, "Only this coordinator's digest").type_name("ID");
    remind.option("--days", options->days, "Length of the period from --as-of, in days").within(1, 366).show_default();
    add_format_option(remind, options->format, {"text", "markdown", "email"});
    remind.option("--to", options->to, "E-mail: send every message to this address instead of the coordinator's")
        .type_name("ADDRESS");
    remind.option("--from", options->from, "E-mail: the sender, instead of the organisation's email")
        .type_name("ADDRESS");
    remind
        .option("--split", options->split,
                "E-mail: write one COORDINATOR.eml file per coordinator into DIR "
                "instead of an mbox stream")
        .type_name("DIR");
    remind.flag("--include-notes", options->include_notes,
                "Show each person's latest note from the events (left out by default: mail travels further "
                "than the data)");
    remind.flag("--always", options->always,
                "When there is nothing to do, print a short \"nothing to do this week\" digest (a message "
                "to each coordinator with --format email) instead of nothing");
    remind.flag("--no-commands", options->no_commands,
                "Leave out the `repjourney record ...` line under each item that records it");
    remind.on_chosen([&, options] { runner = [&global, options] { return run_remind(global, *options); }; });
}

}  // namespace repjourney
