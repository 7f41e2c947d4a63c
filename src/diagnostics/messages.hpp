#pragma once
// What repjourney says to the user outside its reports, in English and Swedish: the problems
// `check` finds, every error, usage errors, and the change commands' confirmations. One table,
// as render/i18n.hpp is for the reports, so that no language falls behind. Placeholders are fmt's
// `{}`, the same number in both languages and filled in the same order (tests/unit/message_test.cpp).
// Swedish hints speak to the user with "du" imperatives ("skriv ÅÅÅÅ-MM-DD"); keys, ids and
// values of the data format stay as they are written in the files.

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string_view>
#include <system_error>
#include <vector>

#include "diagnostics/message.hpp"

namespace repjourney {

// clang-format off
#define REPJOURNEY_USER_MESSAGES(X)                                                                          \
    X(literal, "", "")                                                                                       \
    X(concat, "{}{}", "{}{}")                                                                                \
    /* parts of messages */                                                                                  \
    X(did_you_mean, " (did you mean '{}'?)", " (menade du '{}'?)")                                           \
    X(or_last, "{} or {}", "{} eller {}")                                                                    \
    X(quoted, "'{}'", "'{}'")                                                                                \
    X(node_nothing, "nothing", "ingenting")                                                                  \
    X(node_text, "text", "text")                                                                             \
    X(node_list, "a list", "en lista")                                                                       \
    X(node_mapping, "a mapping", "en mappning")                                                              \
    X(item_of_key, "an item of '{}'", "ett element i '{}'")                                                  \
    X(an_anniversary, "an anniversary", "en årsdag")                                                        \
    X(label_error, "error", "fel")                                                                           \
    X(label_warning, "warning", "varning")                                                                   \
    X(label_internal_error, "internal error", "internt fel")                                                 \
    /* the mapping a key belongs to, as "unknown key 'x' in {}" names it */                                  \
    X(the_organisation, "organisation", "organisationen")                                                    \
    X(the_coordinator, "coordinator", "samordnaren")                                                         \
    X(the_recognition, "recognition", "avsnittet 'recognition'")                                             \
    X(the_recognition_action, "recognition action", "åtgärden för uppmärksammande")                          \
    X(the_adaptation, "adaptation", "anpassningen")                                                          \
    X(the_exit_reason, "exit reason", "avgångsorsaken")                                                      \
    X(the_seat, "seat", "platsen")                                                                           \
    X(the_representative, "representative", "uppgifterna om den förtroendevalda")                                        \
    X(the_pause, "'paused'", "'paused'")                                                                     \
    X(the_assignment, "assignment", "uppdraget")                                                             \
    X(the_goal, "goal", "målet")                                                                             \
    X(the_milestone, "journey milestone", "milstolpen")                                                      \
    X(the_role, "role", "rollen")                                                                            \
    X(the_event, "event", "händelsen")                                                                       \
    /* what an id is the id of, as "duplicate {} id" names it */                                             \
    X(a_coordinator, "coordinator", "en samordnare")                                                         \
    X(a_recognition_action, "recognition action", "en åtgärd för uppmärksammande")                           \
    X(an_exit_reason, "exit reason", "en avgångsorsak")                                                      \
    X(a_role, "role", "en roll")                                                                             \
    X(a_representative, "representative", "en förtroendevald")                                               \
    /* special files */                                                                                      \
    X(kind_fifo, "a FIFO (named pipe)", "en FIFO (namngiven pipe)")                                          \
    X(kind_socket, "a socket", "en socket")                                                                  \
    X(kind_character_device, "a character device", "en teckenenhet")                                         \
    X(kind_block_device, "a block device", "en blockenhet")                                                  \
    X(kind_directory, "a directory", "en katalog")                                                           \
    /* values and keys (load/fields) */                                                                      \
    X(not_single_value, "{} should be a single value, not {}", "{} ska vara ett enda värde, inte {}")        \
    X(invalid_id, "invalid id '{}' for {}: use lower-case letters a-z, digits, '-' and '_', starting with a " \
      "letter or digit",                                                                                     \
      "ogiltigt id '{}' för {}: använd små bokstäver a-z, siffror, '-' och '_', och börja med en bokstav "    \
      "eller en siffra")                                                                                     \
    X(invalid_date, "invalid date '{}' for {}: {}", "ogiltigt datum '{}' för {}: {}")                        \
    X(write_real_date, "write a real calendar date as YYYY-MM-DD", "skriv ett riktigt datum som ÅÅÅÅ-MM-DD")  \
    X(year_range, "the year must be from {} to {}", "året ska ligga mellan {} och {}")                       \
    X(invalid_duration, "invalid duration '{}' for {}: write a number and a unit d, w, m or y, such as 10d, " \
      "6w, 3m or 1y6m",                                                                                      \
      "ogiltig tidslängd '{}' för {}: skriv ett tal och en enhet, d, w, m eller y (dagar, veckor, månader, "  \
      "år), till exempel 10d, 6w, 3m eller 1y6m")                                                            \
    X(not_a_mapping, "{} should be a mapping of keys and values, not {}",                                    \
      "{} ska vara en mappning av nycklar och värden, inte {}")                                              \
    X(key_not_a_word, "a key in {} should be a word, not {}", "en nyckel i {} ska vara ett ord, inte {}")     \
    X(duplicate_key, "duplicate key '{}' in {} (first given on line {})",                                    \
      "nyckeln '{}' står två gånger i {} (första gången på rad {})")                                         \
    X(unknown_key, "unknown key '{}' in {}{}", "okänd nyckel '{}' i {}{}")                                   \
    X(key_without_value, "'{}' in {} has no value", "'{}' i {} saknar värde")                                \
    X(missing_key, "{} is missing '{}'", "{} saknar '{}'")                                                   \
    X(invalid_email, "invalid e-mail address '{}' for '{}': write one address such as name@example.org",     \
      "ogiltig e-postadress '{}' för '{}': skriv en enda adress, till exempel namn@example.org")              \
    X(zero_cadence, "'{}' must be longer than zero", "'{}' ska vara längre än noll")                         \
    X(invalid_year, "invalid year '{}' for '{}': {}", "ogiltigt år '{}' för '{}': {}")                       \
    X(invalid_year_digits, "invalid year '{}' for '{}': write four digits, such as 1997",                    \
      "ogiltigt år '{}' för '{}': skriv fyra siffror, till exempel 1997")                                    \
    X(not_a_list, "'{}' in {} should be a list, not {}", "'{}' i {} ska vara en lista, inte {}")             \
    X(section_not_a_list, "'{}' should be a list (items starting with '- '), not {}",                        \
      "'{}' ska vara en lista (rader som börjar med '- '), inte {}")                                         \
    /* events */                                                                                             \
    X(unknown_event_type, "unknown event type '{}': use milestone, feedback, recognition, note or "         \
      "nomination{}",                                                                                        \
      "okänd händelsetyp '{}': använd milestone, feedback, recognition, note eller nomination{}")            \
    X(invalid_answer, "invalid answer '{}': use yes, no or undecided",                                       \
      "ogiltigt svar '{}': använd yes, no eller undecided")                                                  \
    X(key_ignored_for_type, "'{}' does not apply to a {} event and is ignored",                              \
      "'{}' gäller inte en händelse av typen {} och hoppas över")                                            \
    X(for_not_a_key, "'for' '{}' is not a suggestion key, so it answers no suggestion: use the key "         \
      "'repjourney recognize' shows, such as anniversary:5y or milestone:ROLE/ID",                           \
      "'for' '{}' är ingen förslagsnyckel och besvarar därför inget förslag: använd nyckeln som "            \
      "'repjourney recognize' visar, till exempel anniversary:5y eller milestone:ROLL/ID")                   \
    /* organisation */                                                                                       \
    X(duplicate_id, "duplicate {} id '{}'", "det finns redan {} med id '{}'")                                \
    X(duplicate_id_first_at, "duplicate {} id '{}' (first defined at {}:{})",                                \
      "det finns redan {} med id '{}' (först definierad i {}:{})")                                           \
    X(unsupported_language, "unsupported language '{}': use en or sv",                                      \
      "språket '{}' stöds inte: använd en eller sv")                                                         \
    X(unknown_recognition_kind, "unknown kind of recognition '{}': use {}{}",                                \
      "okänd sorts uppmärksammande '{}': använd {}{}")                                                       \
    X(born_until_before_from, "born_until is before born_from", "born_until ligger före born_from")          \
    X(invalid_seat_count, "invalid count '{}' for a seat: write a whole number from 1 to 9999",              \
      "ogiltigt antal '{}' för en plats: skriv ett heltal från 1 till 9999")                                 \
    X(seat_over_filled, "the seat has {} holders on {}, more than its count of {}: {}",                     \
      "platsen har {} innehavare den {}, fler än sitt antal {}: {}")                                         \
    /* roles */                                                                                              \
    X(invalid_due, "invalid due '{}': write a duration from the start such as 3m, or one before the end "    \
      "such as end-3m",                                                                                      \
      "ogiltigt due-värde '{}': skriv en tid från starten, till exempel 3m, eller en tid före slutet, till "        \
      "exempel end-3m")                                                                                      \
    X(invalid_flag, "'{}' should be true or false, not '{}'", "'{}' ska vara true eller false, inte '{}'")   \
    X(invalid_recognize, "'recognize' should be true, false or an action id, not {}",                        \
      "'recognize' ska vara true, false eller ett åtgärds-id, inte {}")                                      \
    X(invalid_scope, "invalid scope '{}': use role or term", "ogiltigt scope-värde '{}': använd role eller term")  \
    X(duplicate_milestone, "duplicate milestone id '{}' in role '{}'",                                       \
      "milstolpen '{}' står två gånger i rollen '{}'")                                                       \
    X(invalid_notify_employer, "invalid notify_employer '{}': use fml (förtroendemannalagen), aml "          \
      "(arbetsmiljölagen), true (fml) or false",                                                             \
      "ogiltigt notify_employer-värde '{}': använd fml (förtroendemannalagen), aml (arbetsmiljölagen), true "  \
      "(fml) eller false")                                                                                   \
    X(employer_notice_title, "Employer notified", "Anmälan till arbetsgivaren")                              \
    /* representatives */                                                                                    \
    X(left_reason_needs_left, "'left_reason' needs 'left', the date the person left",                        \
      "'left_reason' kräver 'left', dagen då personen slutade")                                              \
    X(pause_ends_before_start, "the pause ends ({}) before it starts ({})",                                  \
      "uppehållet slutar ({}) innan det börjar ({})")                                                        \
    X(assignment_ends_before_start, "the assignment ends ({}) before it starts ({})",                        \
      "uppdraget slutar ({}) innan det börjar ({})")                                                         \
    X(duplicate_goal, "duplicate goal id '{}' for '{}'", "målet '{}' står två gånger för '{}'")              \
    /* references (load/validate) */                                                                         \
    X(unknown_role, "unknown role '{}'{}", "okänd roll '{}'{}")                                              \
    X(unknown_coordinator, "unknown coordinator '{}'{}", "okänd samordnare '{}'{}")                          \
    X(unknown_representative, "unknown representative '{}'{}", "okänd förtroendevald '{}'{}")               \
    X(unknown_action, "unknown recognition action '{}'{}", "okänd åtgärd för uppmärksammande '{}'{}")        \
    X(by_nobody_known, "'by' names '{}', who is neither a coordinator nor a representative{}",               \
      "'by' anger '{}', som varken är samordnare eller förtroendevald{}")                                    \
    X(unknown_exit_reason, "unknown exit reason '{}'{}", "okänd avgångsorsak '{}'{}")                        \
    X(role_has_no_milestone, "role '{}' has no milestone '{}'{}", "rollen '{}' har ingen milstolpe '{}'{}")  \
    X(milestone_not_in_roles, "milestone '{}' is not in the journey of any role of '{}'",                    \
      "milstolpen '{}' ingår inte i någon av rollerna som '{}' har")                                         \
    X(unknown_milestone, "unknown milestone '{}'{}", "okänd milstolpe '{}'{}")                               \
    X(assignments_overlap, "this assignment of '{}' overlaps another of {} for '{}' (line {})",              \
      "uppdraget som '{}' överlappar ett annat, från {}, för '{}' (rad {})")                                 \
    X(event_before_first_assignment, "this event ({}) is dated before {}'s first assignment starts ({})",    \
      "händelsen ({}) är daterad före första uppdraget för {} ({})")                                         \
    /* files and their text (load/loader, text_checks, yaml_tree) */                                         \
    X(too_many_problems, "too many problems; stopping after the first {}",                                   \
      "för många problem; slutar efter de första {}")                                                        \
    X(file_too_large, "the file is larger than {} MiB, which is more than any organisation's data; is this "  \
      "the right file?",                                                                                     \
      "filen är större än {} MiB, mer än någon organisations data; är det rätt fil?")                        \
    X(hint_tab_indent, " (a tab in the indentation: indent with spaces)",                                    \
      " (ett tabbtecken i indraget: dra in med mellanslag)")                                                 \
    X(hint_file_ended, " (the file ended first: is a quote or bracket left open?)",                          \
      " (filen tog slut först: står ett citattecken eller en parentes öppen?)")                              \
    X(file_holds_no_data, "the file holds no data", "filen innehåller inga data")                            \
    X(root_not_a_mapping, "a data file should be a mapping with the sections organisation, roles, "          \
      "representatives and events, not {}",                                                                  \
      "en datafil ska vara en mappning med avsnitten organisation, roles, representatives och events, "      \
      "inte {}")                                                                                             \
    X(unknown_section, "unknown section '{}': a data file has organisation, roles, representatives and "     \
      "events{}",                                                                                            \
      "okänt avsnitt '{}': en datafil har organisation, roles, representatives och events{}")                \
    X(duplicate_section, "duplicate key '{}': the section is given twice in this file",                      \
      "nyckeln '{}' står två gånger: avsnittet finns två gånger i den här filen")                            \
    X(organisation_again, "'organisation' is defined again; it was first defined in {}",                     \
      "'organisation' definieras en gång till; första gången i {}")                                          \
    X(no_organisation, "no data file has an 'organisation' section; it names the organisation and is "       \
      "required once",                                                                                       \
      "ingen datafil har avsnittet 'organisation'; det namnger organisationen och ska finnas en gång")       \
    X(no_yaml_files, "no *.yaml files in '{}' (nor *.yml): is the data path the right directory?",           \
      "inga *.yaml-filer i '{}' (och inga *.yml): är sökvägen till data rätt katalog?")                      \
    X(event_text_not_utf8, "the event's text is not valid UTF-8 text; nothing was written",                  \
      "händelsens text är inte giltig UTF-8-text; ingenting skrevs")                                         \
    X(not_a_text_file, "this is not a text file (it contains a NUL byte)",                                   \
      "det här är ingen textfil (den innehåller en NUL-byte)")                                               \
    X(invalid_utf8, "invalid UTF-8: save the file as UTF-8 text", "ogiltig UTF-8: spara filen som UTF-8-text") \
    X(lone_carriage_return, "a line ends with a lone carriage return: save the file with LF (or CRLF) line "  \
      "endings",                                                                                             \
      "en rad slutar med en ensam vagnretur (CR): spara filen med radslut LF (eller CRLF)")                  \
    X(line_too_long, "this line is longer than {} bytes, which is not data of ours; is this a generated or "  \
      "binary file?",                                                                                        \
      "raden är längre än {} byte, vilket inte är data för repjourney; är det en genererad eller binär fil?") \
    X(yaml_aliases, "aliases (*name) are not supported in data files; write the value out in full",          \
      "alias (*namn) stöds inte i datafiler; skriv ut värdet i sin helhet")                                  \
    X(yaml_anchors, "anchors (&name) are not supported in data files; write the value out in full",          \
      "ankare (&namn) stöds inte i datafiler; skriv ut värdet i sin helhet")                                 \
    X(yaml_too_deep_levels, "nesting is too deep (more than {} levels)", "för djup nästling (mer än {} nivåer)") \
    X(yaml_too_deep, "nesting is too deep", "för djup nästling")                                             \
    X(yaml_second_document, "a data file holds one YAML document; remove this second one or move it to a "   \
      "file of its own",                                                                                     \
      "en datafil rymmer ett enda YAML-dokument; ta bort det här andra eller flytta det till en egen fil")   \
    X(yaml_syntax_error, "YAML syntax error: {}", "YAML-syntaxfel: {}")                                      \
    /* yaml-cpp's own words for the slips people make (exceptions.h), in Swedish */                          \
    X(yaml_end_of_map, "end of map not found", "mappningen tar aldrig slut")                                 \
    X(yaml_end_of_map_flow, "end of map flow not found", "mappningen inom klamrar tar aldrig slut")                \
    X(yaml_end_of_seq, "end of sequence not found", "listan tar aldrig slut")                                \
    X(yaml_end_of_seq_flow, "end of sequence flow not found", "listan inom hakparenteser tar aldrig slut")               \
    X(yaml_unknown_token, "unknown token", "okänt tecken")                                                   \
    X(yaml_doc_in_scalar, "illegal document indicator in scalar", "otillåten dokumentmarkör i ett värde")    \
    X(yaml_eof_in_scalar, "illegal EOF in scalar", "filen tar slut mitt i ett värde")                        \
    X(yaml_char_in_scalar, "illegal character in scalar", "otillåtet tecken i ett värde")                    \
    X(yaml_tab_in_indentation, "illegal tab when looking for indentation", "otillåtet tabbtecken i indraget") \
    X(yaml_flow_end, "illegal flow end", "otillåtet slut på en parentes")                               \
    X(yaml_block_entry, "illegal block entry", "otillåtet listelement ('- ')")                               \
    X(yaml_map_key, "illegal map key", "otillåten nyckel")                                                   \
    X(yaml_map_value, "illegal map value", "otillåtet värde (kolla kolon och indrag)")                       \
    X(yaml_char_in_block, "unexpected character in block scalar", "oväntat tecken i ett blockvärde")         \
    X(yaml_single_quoted, "invalid character in single-quoted string",                                      \
      "ogiltigt tecken i en text inom enkla citattecken")                                                    \
    X(yaml_multiple_tags, "cannot assign multiple tags to the same node", "ett värde får bara ha en tagg")   \
    X(yaml_multiple_anchors, "cannot assign multiple anchors to the same node",                             \
      "ett värde får bara ha ett ankare")                                                                    \
    X(yaml_unknown_escape, "unknown escape character: {}", "okänt escape-tecken: {}")                        \
    X(yaml_invalid_unicode, "invalid unicode: {}", "ogiltig Unicode: {}")                                    \
    X(yaml_invalid_hex, "bad character found while scanning hex number", "ogiltigt tecken i ett hexadecimalt tal") \
    X(yaml_unexpected_end_seq, "unexpected end sequence token", "oväntat slut på en lista")                  \
    X(yaml_unexpected_end_map, "unexpected end map token", "oväntat slut på en mappning")                    \
    /* reading files and directories (load/data_files, file_reading) */                                      \
    X(cannot_read, "cannot read '{}': {}", "kan inte läsa '{}': {}")                                         \
    X(not_a_regular_file, "it is {}, not a regular file", "det är {}, inte en vanlig fil")                   \
    X(too_many_data_files, "more than {} data files; is the data path the right directory?",                 \
      "fler än {} datafiler; är sökvägen till data rätt katalog?")                                           \
    X(cannot_read_directory, "cannot read directory '{}': {}", "kan inte läsa katalogen '{}': {}")           \
    X(data_path_missing, "data path '{}' does not exist", "sökvägen till data '{}' finns inte")              \
    X(data_path_special, "data path '{}' is {}, not a file or directory: only regular files are read, as "   \
      "reading it could wait or run forever",                                                                \
      "sökvägen till data '{}' är {}, inte en fil eller katalog: bara vanliga filer läses, eftersom en "      \
      "läsning av den kunde vänta eller pågå för evigt")                                                     \
    /* after the load (cli/context) */                                                                       \
    X(note_skipped, "note: skipped '{}': it is {}, not a regular file, and reading it could wait or run "    \
      "forever",                                                                                             \
      "obs: hoppade över '{}': det är {}, inte en vanlig fil, och en läsning av den kunde vänta eller pågå "  \
      "för evigt")                                                                                           \
    X(note_warning_not_shown, "note: {} more warning not shown", "obs: {} varning till visas inte")           \
    X(note_warnings_not_shown, "note: {} more warnings not shown", "obs: {} varningar till visas inte")     \
    X(note_unreadable_file, "note: {} could not be read (see its error above), so what it defines may count " \
      "as unknown elsewhere until it is fixed",                                                              \
      "obs: {} kunde inte läsas (se felet ovan), så det som definieras där kan räknas som okänt på andra "   \
      "ställen tills filen är rättad")                                                                       \
    X(note_unreadable_files, "note: {} could not be read (see their errors above), so what each defines "    \
      "may count as unknown elsewhere until they are fixed",                                                 \
      "obs: {} kunde inte läsas (se felen ovan), så det som definieras där kan räknas som okänt på andra "   \
      "ställen tills filerna är rättade")                                                                    \
    X(data_has_error, "the data has {} error; nothing is reported until they are fixed (run 'repjourney "    \
      "check')",                                                                                             \
      "uppgifterna innehåller {} fel; ingenting redovisas förrän det är rättat (kör 'repjourney check')")    \
    X(data_has_errors, "the data has {} errors; nothing is reported until they are fixed (run 'repjourney "  \
      "check')",                                                                                             \
      "uppgifterna innehåller {} fel; ingenting redovisas förrän de är rättade (kör 'repjourney check')")    \
    X(date_not_on_calendar, "{} '{}' is not a real calendar date: check the month and the day",              \
      "{} '{}' är inget riktigt datum: kontrollera månaden och dagen")                                       \
    X(not_a_date, "{} '{}' is not a date: {}", "{} '{}' är inget datum: {}")                                 \
    X(write_yyyy_mm_dd, "write YYYY-MM-DD", "skriv ÅÅÅÅ-MM-DD")                                              \
    X(cannot_write_stdout, "cannot write to standard output; what it shows is incomplete",                  \
      "kan inte skriva till standard ut; det som visas är ofullständigt")                                    \
    /* check's summary */                                                                                    \
    X(check_ok, "ok: {}, {}, {}, {}; {}, {}", "ok: {}, {}, {}, {}; {}, {}")                                  \
    X(check_failed, "failed: {}, {}, {}, {}; {}, {}", "underkänt: {}, {}, {}, {}; {}, {}")                   \
    X(files_one, "{} file", "{} fil")                                                                        \
    X(files, "{} files", "{} filer")                                                                         \
    X(roles_one, "{} role", "{} roll")                                                                       \
    X(roles, "{} roles", "{} roller")                                                                        \
    X(representatives_one, "{} representative", "{} förtroendevald")                                        \
    X(representatives, "{} representatives", "{} förtroendevalda")                                          \
    X(events_one, "{} event", "{} händelse")                                                                 \
    X(events, "{} events", "{} händelser")                                                                   \
    X(errors_one, "{} error", "{} fel")                                                                      \
    X(errors, "{} errors", "{} fel")                                                                         \
    X(warnings_one, "{} warning", "{} varning")                                                              \
    X(warnings, "{} warnings", "{} varningar")                                                               \
    /* the command line (cli/usage) */                                                                       \
    X(unknown_option, "unknown option '{}'{}{}", "okänd flagga '{}'{}{}")                                    \
    X(for_command, " for '{}'", " för '{}'")                                                                 \
    X(see_help, "{}; see 'repjourney --help'", "{}; se 'repjourney --help'")                                 \
    X(unknown_command, "unknown command '{}'{}; see 'repjourney --help'",                                    \
      "okänt kommando '{}'{}; se 'repjourney --help'")                                                       \
    X(unexpected_argument, "unexpected argument '{}' for '{}'", "oväntat argument '{}' för '{}'")            \
    X(not_between, "{}: {} is not between {} and {}", "{}: {} ligger inte mellan {} och {}")                 \
    X(not_one_of, "{}: '{}' is not one of {}{}", "{}: '{}' är inte något av {}{}")                           \
    X(needs_one_of, "'{}' needs one of: {}", "'{}' behöver något av: {}")                                    \
    X(command_needs, "'{}' needs {}", "'{}' behöver {}")                                                     \
    X(needs_value_of, "{} needs a value: {}", "{} behöver ett värde: {}")                                    \
    X(needs_value, "{} needs a value ({})", "{} behöver ett värde ({})")                                     \
    X(needs_too, "{} needs {} too", "{} behöver även {}")                                                    \
    X(not_together, "{} and {} cannot be given together", "{} och {} kan inte anges tillsammans")            \
    X(usage_word, "usage", "användning")                                                                     \
    X(usage_options, "OPTIONS", "FLAGGOR")                                                                   \
    X(usage_command, "COMMAND", "KOMMANDO")                                                                  \
    X(run_help_for_options, "Run '{} --help' for its options.", "Kör '{} --help' för att se flaggorna.")     \
    X(note_is_empty, "is empty: write the note, or leave the option out",                                    \
      "är tom: skriv anteckningen, eller utelämna flaggan")                                                  \
    /* record */                                                                                             \
    X(for_option_not_a_key, "--for '{}' is not a suggestion key: use the key 'repjourney recognize' shows, "  \
      "such as anniversary:5y or milestone:ROLE/MILESTONE",                                                  \
      "--for '{}' är ingen förslagsnyckel: använd nyckeln som 'repjourney recognize' visar, till exempel "   \
      "anniversary:5y eller milestone:ROLL/MILSTOLPE")                                                       \
    X(date_after_today, "{} is after today, and reports leave an event out until its day comes: check the "  \
      "year, or give --future to record it anyway",                                                          \
      "{} är efter i dag, och rapporterna tar inte med en händelse förrän dagen är inne: kontrollera året, "  \
      "eller ange --future för att registrera den ändå")                                                     \
    X(same_event_recorded, "the same event is already recorded ({}:{}): give --again to record it a second " \
      "time",                                                                                                \
      "samma händelse är redan registrerad ({}:{}): ange --again för att registrera den en gång till")       \
    X(for_already_answered, "--for '{}' was already answered on {} ({}:{}): give --again to record a second " \
      "answer",                                                                                              \
      "--for '{}' besvarades redan den {} ({}:{}): ange --again för att registrera ett andra svar")          \
    X(suggestions_none, "{} has none that day", "{} har inga den dagen")                                     \
    X(suggestions_are, "they are: {}", "de är: {}")                                                          \
    X(for_not_suggested, "--for '{}' is not one of {}'s suggestions on {}; {} (see 'repjourney recognize {} " \
      "--as-of {}'). Give --force to record it anyway",                                                      \
      "--for '{}' är inte ett av förslagen för {} den {}; {} (se 'repjourney recognize {} --as-of {}'). "    \
      "Ange --force för att registrera det ändå")                                                            \
    X(data_errors_nothing_recorded, "the data has errors; nothing was recorded (run 'repjourney check')",    \
      "uppgifterna innehåller fel; ingenting registrerades (kör 'repjourney check')")                        \
    X(event_not_recorded, "the event was not recorded", "händelsen registrerades inte")                      \
    X(would_create, "Would create {}:\n  - {}\n", "Skulle skapa {}:\n  - {}\n")                              \
    X(would_append, "Would append to {}:\n  - {}\n", "Skulle lägga till i {}:\n  - {}\n")                    \
    X(recorded_in, "Recorded in {}:\n  - {}\n", "Registrerat i {}:\n  - {}\n")                               \
    X(recorded_in_new_file, "Recorded in {} (new file):\n  - {}\n", "Registrerat i {} (ny fil):\n  - {}\n")  \
    X(recorded_outside_data, "{} is not among the data files read, so reports will not see this event "      \
      "until it is",                                                                                         \
      "{} är inte en av de datafiler som lästes, så rapporterna ser inte händelsen förrän den är det")       \
    /* add, elect, leave, pause (cli/change_commands, change_output) */                                      \
    X(data_errors_nothing_changed, "the data has errors; nothing was changed (run 'repjourney check')",      \
      "uppgifterna innehåller fel; ingenting ändrades (kör 'repjourney check')")                             \
    X(change_not_in_place, "this change cannot be made in the file as it is written; nothing was changed",   \
      "ändringen kan inte göras i filen så som den är skriven; ingenting ändrades")                          \
    X(change_makes_invalid, "the change would make the data invalid (the lines above are of the file as it " \
      "would be); nothing was changed",                                                                      \
      "ändringen skulle göra uppgifterna ogiltiga (raderna ovan visar filen så som den skulle bli); "         \
      "ingenting ändrades")                                                                                  \
    X(unknown_exit_reason_listed, "unknown exit reason '{}'{}; the reasons are: {}",                         \
      "okänd avgångsorsak '{}'{}; orsakerna är: {}")                                                         \
    X(option_before_option, "{} {} is before {} {}", "{} {} ligger före {} {}")                             \
    X(assignment_from, "{} from {}", "{} från {}")                                                           \
    X(assignment_from_to, "{} from {} to {}", "{} från {} till {}")                                          \
    X(assignment_at, "{} at {}", "{} på {}")                                                                 \
    X(already_holds, "{} already holds {}: nothing to change", "{} har redan {}: inget att ändra")           \
    X(elected, "Elected {} as {} in {}", "Valet av {} till {} är infört i {}")                               \
    X(representative_exists, "representative '{}' already exists ({}:{}); choose another id, or use "        \
      "'elect' to give them a role",                                                                         \
      "den förtroendevalda '{}' finns redan ({}:{}); välj ett annat id, eller ge personen en roll med "      \
      "'elect'")                                                                                             \
    X(added, "Added {} ({}) to {}", "Lade till {} ({}) i {}")                                                \
    X(added_as, "Added {} ({}) to {}, as {}", "Lade till {} ({}) i {}, som {}")                              \
    X(left_on, "{} left on {} in {}", "{} slutade den {}, i {}")                                             \
    X(left_on_because, "{} left on {} ({}) in {}", "{} slutade den {} ({}), i {}")                           \
    X(pause_needs, "pause needs --from DATE [--until DATE], or --clear",                                     \
      "pause behöver --from DATUM [--until DATUM], eller --clear")                                           \
    X(no_longer_paused, "{} is no longer paused, in {}", "{} har inte längre uppehåll, i {}")                \
    X(was_not_paused, "{} was not paused: nothing to change", "{} hade inget uppehåll: inget att ändra")     \
    X(paused_until, "{} paused from {} until {} in {}", "{} har uppehåll från {} till {}, i {}")             \
    X(paused_open, "{} paused from {} until further notice in {}", "{} har uppehåll från {} tills vidare, i {}") \
    /* the progress display on a terminal (cli/progress_display) */                                        \
    X(progress_reading, "reading the data files: {} of {}", "läser datafilerna: {} av {}")                  \
    X(progress_checking, "checking the data", "kontrollerar uppgifterna")                                    \
    /* notice */                                                                                             \
    X(notice_no_role, "{} holds no current or coming role whose employer must be notified (notify_employer)", \
      "{} har ingen pågående eller kommande roll som ska anmälas till arbetsgivaren (notify_employer)")       \
    X(notice_several_roles, "{} holds several roles whose employer must be notified: name one of {}",        \
      "{} har flera roller som ska anmälas till arbetsgivaren: ange en av {}")                               \
    X(notice_role_not_notified, "role '{}' has no notify_employer: there is no notice to the employer to write", \
      "rollen '{}' saknar notify_employer: det finns ingen anmälan till arbetsgivaren att skriva")           \
    X(notice_no_assignment, "{} has no current or coming assignment as {}",                                 \
      "{} har inget pågående eller kommande uppdrag som {}")                                                 \
    /* report options, terms, export, remind, init */                                                       \
    X(no_one_of_branch, "no representative is of branch '{}'{}", "ingen förtroendevald hör till avdelningen '{}'{}") \
    X(until_before_as_of_terms, "--until {} is before --as-of {}: terms that ended are not listed",          \
      "--until {} ligger före --as-of {}: uppdrag som redan har slutat listas inte")                          \
    X(not_an_address, "{} '{}' is not an e-mail address (write name@example.org)",                          \
      "{} '{}' är ingen e-postadress (skriv namn@example.org)")                                              \
    X(digest_needs_sender, "the digest needs a sender: give --from, or add an email to the organisation",    \
      "sammanställningen behöver en avsändare: ange --from, eller lägg till email i organisationen")         \
    X(digest_nowhere_for_coordinator, "nowhere to send the digest of coordinator '{}': give --to, or add an " \
      "email to the coordinator or the organisation",                                                        \
      "ingenstans att skicka sammanställningen för samordnaren '{}': ange --to, eller lägg till email för "  \
      "samordnaren eller organisationen")                                                                    \
    X(digest_nowhere_for_others, "nowhere to send the digest of the people without a coordinator: give "     \
      "--to, or add an email to the organisation",                                                           \
      "ingenstans att skicka sammanställningen för dem som saknar samordnare: ange --to, eller lägg till "    \
      "email i organisationen")                                                                              \
    X(cannot_create_directory, "cannot create directory {}: {}", "kan inte skapa katalogen {}: {}")          \
    X(split_needs_email, "--split writes e-mail messages: add --format email",                               \
      "--split skriver e-postmeddelanden: lägg till --format email")                                         \
    X(to_from_need_email, "--to and --from address e-mail: add --format email",                              \
      "--to och --from gäller e-post: lägg till --format email")                                             \
    X(init_one_directory, "init makes one data directory: name it (repjourney init DIR), not several -d",    \
      "init skapar en enda datakatalog: ange den (repjourney init KATALOG), inte flera -d")                  \
    X(not_a_directory, "'{}' is not a directory", "'{}' är ingen katalog")                                   \
    X(init_finds_data, "'{}' already has data, and init writes nothing over it (choose another directory, "  \
      "or move these away):\n  {}",                                                                          \
      "'{}' innehåller redan data, och init skriver inte över något (välj en annan katalog, eller flytta "    \
      "undan de här):\n  {}")                                                                                \
    X(cannot_create_the_directory, "cannot create the directory '{}': {}", "kan inte skapa katalogen '{}': {}") \
    /* writing files (record/) */                                                                            \
    X(lock_is_link, "it is a symbolic link; remove it", "den är en symbolisk länk; ta bort den")            \
    X(lock_not_regular, "it is not a regular file; remove it", "den är ingen vanlig fil; ta bort den")       \
    X(lock_file_unusable, "cannot use the lock file '{}': {}", "kan inte använda låsfilen '{}': {}")         \
    X(locked_by_another, "'{}' is locked by another writer; waited {} s (try again, or --wait longer)",      \
      "'{}' är låst av någon annan som skriver; väntade {} s (försök igen, eller ange en längre --wait)")     \
    X(cannot_write, "cannot write '{}': {}", "kan inte skriva '{}': {}")                                     \
    X(xlsx_needs_output, "export xlsx writes a binary workbook: give -o FILE.xlsx (or -o - when standard "  \
      "output is not a terminal)", "export xlsx skriver en binär arbetsbok: ange -o FIL.xlsx (eller -o - "   \
      "när standard ut inte är en terminal)")                                                              \
    X(link_to_nothing, "'{}' is a link to nothing ({}); not writing through it: remove the link or create "  \
      "the file it names",                                                                                   \
      "'{}' är en länk som pekar på ingenting ({}); skriver inte genom den: ta bort länken eller skapa filen " \
      "som den pekar på")                                                                                    \
    X(not_replaceable, "'{}' is {}; repjourney replaces only regular files (or writes through /dev/null and " \
      "/dev/stdout)",                                                                                        \
      "'{}' är {}; repjourney ersätter bara vanliga filer (eller skriver genom /dev/null och /dev/stdout)")   \
    X(kind_fifo_short, "a FIFO", "en FIFO")                                                                  \
    X(kind_not_regular, "not a regular file", "ingen vanlig fil")                                            \
    X(read_only_file, "'{}' is read-only (mode {}); not replacing it: make it writable first",               \
      "'{}' är skrivskyddad (läge {}); ersätter den inte: gör den skrivbar först")                           \
    X(several_events_files, "several data files have an events section; choose one with --file:{}",         \
      "flera datafiler har ett events-avsnitt; välj en med --file:{}")                                       \
    X(no_events_file, "no data file has an events section and no data directory was given; name the file "  \
      "with --file",                                                                                         \
      "ingen datafil har ett events-avsnitt och ingen datakatalog angavs; ange filen med --file")            \
    X(events_file_not_regular, "'{}' is not a regular file; the events file must be one",                   \
      "'{}' är ingen vanlig fil; händelsefilen måste vara det")                                              \
    X(cannot_append_events, "cannot append to the events section of '{}': {}",                               \
      "kan inte lägga till i events-avsnittet i '{}': {}")                                                   \
    X(cannot_create_temporary, "cannot create a temporary file beside '{}': {}",                             \
      "kan inte skapa en tillfällig fil bredvid '{}': {}")                                                   \
    X(cannot_give_owner_back, "cannot give the owner back to '{}': {}",                                      \
      "kan inte ge tillbaka ägarskapet till '{}': {}")                                                       \
    X(cannot_set_permissions, "cannot set permissions of '{}': {}", "kan inte sätta rättigheterna för '{}': {}") \
    X(cannot_flush, "cannot flush '{}': {}", "kan inte skriva '{}' till disken: {}")                    \
    X(cannot_close, "cannot close '{}': {}", "kan inte stänga '{}': {}")                                     \
    X(cannot_replace, "cannot replace '{}': {}", "kan inte ersätta '{}': {}")                                \
    /* where record cannot append (load/events_section) */                                                   \
    X(events_file_not_mapping, "the file is not a mapping of top-level keys",                                \
      "filen är ingen mappning av nycklar på översta nivån")                                                 \
    X(events_file_flow, "the file is written as one flow mapping ({{...}})",                                 \
      "filen är skriven som en enda mappning inom klamrar ({{...}})")                                        \
    X(first_key_indented, "its first top-level key does not start its line (line {}); write keys as 'key:' " \
      "at the start of their lines",                                                                         \
      "dess första nyckel på översta nivån står inte först på sin rad (rad {}); skriv nycklarna som "        \
      "'nyckel:' först på raden")                                                                            \
    X(events_inline_list, "its events on line {} are an inline list ([...]); write one event a line, each "  \
      "starting with '- '",                                                                                  \
      "dess händelser på rad {} är en lista på en enda rad ([...]); skriv en händelse per rad, var och en "   \
      "med '- ' först")                                                                                      \
    X(events_list_tagged, "its events list on line {} has a tag or anchor on the key's line",                \
      "dess lista med händelser på rad {} har en tagg eller ett ankare på nyckelns rad")                      \
    X(events_not_list, "its events on line {} are not a list", "dess händelser på rad {} är ingen lista")    \
    X(line_after_document_end, "line {} follows the document end marker '...' on line {}",                  \
      "rad {} kommer efter dokumentslutet '...' på rad {}")                                                  \
    X(second_document_line, "line {} starts a second document ('---')", "rad {} börjar ett andra dokument ('---')") \
    X(events_key_not_plain, "the events key on line {} is not written 'events:' at the start of its line",   \
      "events-nyckeln på rad {} är inte skriven 'events:' först på sin rad")                                 \
    X(events_empty_value_below, "the empty value of 'events:' stands on a line of its own (line {}); put "   \
      "'[]' on the key's line, or remove it",                                                                \
      "det tomma värdet för 'events:' står på en egen rad (rad {}); skriv '[]' på nyckelns rad, eller ta "   \
      "bort det")                                                                                            \
    /* changing data files (edit/) */                                                                        \
    X(no_people_file, "no data file has representatives and no data directory was given; name the file "    \
      "with --file",                                                                                         \
      "ingen datafil har förtroendevalda och ingen datakatalog angavs; ange filen med --file")               \
    X(several_people_files, "several data files have representatives; choose one with --file:{}",           \
      "flera datafiler har förtroendevalda; välj en med --file:{}")                                          \
    X(file_people_one, "\n  {} ({} person)", "\n  {} ({} person)")                                          \
    X(file_people, "\n  {} ({} people)", "\n  {} ({} personer)")                                             \
    X(person_gone, "representative '{}' is no longer in its file (it changed since it was read); run the "  \
      "command again",                                                                                       \
      "den förtroendevalda '{}' finns inte längre i sin fil (den har ändrats sedan den lästes); kör "         \
      "kommandot igen")                                                                                      \
    X(change_not_read_back, "the change to {} would not read back as intended, so nothing was written; "    \
      "please report this with the file",                                                                    \
      "ändringen av {} skulle inte läsas tillbaka som avsett, så ingenting skrevs; rapportera gärna det här " \
      "tillsammans med filen")                                                                               \
    X(data_file_not_regular, "'{}' is not a regular file; a data file must be one",                         \
      "'{}' är ingen vanlig fil; en datafil måste vara det")                                                 \
    X(file_changed_not_yaml, "{}:{}:{}: the file changed since it was checked and is no longer valid YAML: {}", \
      "{}:{}:{}: filen har ändrats sedan den kontrollerades och är inte längre giltig YAML: {}")              \
    X(file_no_sections, "{}: the file holds no mapping of sections to change",                               \
      "{}: filen innehåller ingen mappning av avsnitt att ändra")                                            \
    X(edit_written_already, "this was written by this command already; make the change by hand",            \
      "det här har redan skrivits av kommandot; gör ändringen för hand")                                     \
    X(edit_end_unknown, "cannot tell for certain where this ends (text continued on the next lines, a | or " \
      "> block, or an empty list); make this change by hand",                                                \
      "kan inte säkert avgöra var det här slutar (text som fortsätter på nästa rader, ett | - eller > -block, " \
      "eller en tom lista); gör ändringen för hand")                                                         \
    X(edit_key_written, "this key was written by this command", "den här nyckeln skrevs av kommandot")        \
    X(edit_value_end_unknown, "cannot tell for certain where the value of '{}' ends (text continued on the "  \
      "next lines, or a | or > block); make this change by hand",                                            \
      "kan inte säkert avgöra var värdet för '{}' slutar (text som fortsätter på nästa rader, eller ett | - " \
      "eller > -block); gör ändringen för hand")                                                             \
    X(edit_this_mapping, "this mapping", "den här mappningen")                                               \
    X(edit_this_list, "this list", "den här listan")                                                         \
    X(edit_flow_over_lines, "{} is written in the {{...}} or [...] style over several lines; make this "     \
      "change by hand, or write it one key or item a line",                                                  \
      "{} är skriven i stilen {{...}} eller [...] över flera rader; gör ändringen för hand, eller skriv en "  \
      "nyckel eller ett element per rad")                                                                    \
    X(edit_key_over_lines, "'{}' is written over several lines here; make this change by hand",              \
      "'{}' är skriven över flera rader här; gör ändringen för hand")                                        \
    X(edit_trailing_comma, "this ends with a comma before its closing bracket; remove the comma, or make "   \
      "this change by hand",                                                                                 \
      "det här slutar med ett kommatecken före den avslutande parentesen; ta bort kommatecknet, eller gör "  \
      "ändringen för hand")                                                                                  \
    X(edit_empty_mapping, "an empty mapping; make this change by hand", "en tom mappning; gör ändringen för hand") \
    X(edit_list_expected, "a list was expected here", "här skulle det stå en lista")                         \
    X(edit_empty_list, "an empty list; make this change by hand", "en tom lista; gör ändringen för hand")    \
    X(edit_item_not_dash, "this list item does not start its line with '- '; add to the list by hand",       \
      "det här elementet i listan börjar inte sin rad med '- '; lägg till i listan för hand")                \
    X(edit_key_on_dash_line, "'{}' is on the line of the list item's '- '; remove it by hand",               \
      "'{}' står på samma rad som elementets '- '; ta bort det för hand")                                    \
    /* import: a sheet's cells and rows (import/sheet_rows, edit/import_plan, cli/import_command) */       \
    X(import_column_number, "column {}", "kolumn {}")                                                        \
    X(import_column_named, "column '{}'", "kolumnen '{}'")                                                   \
    X(import_field, "{} ({})", "{} ({})")                                                                    \
    X(import_lost_character, "{} holds U+FFFD, the mark of a character lost in an earlier conversion: save " \
      "the sheet as \"CSV UTF-8\" and import it again",                                                      \
      "{} innehåller U+FFFD, tecknet för ett tecken som gick förlorat i en tidigare konvertering: spara "    \
      "arket som \"CSV UTF-8\" och importera det igen")                                                      \
    X(import_control_character, "{} holds a line break or another control character: write it on one line", \
      "{} innehåller en radbrytning eller ett annat styrtecken: skriv det på en rad")                         \
    X(import_invalid_id, "invalid id '{}' for {}: use lower-case letters a-z, digits, '-' and '_', starting " \
      "with a letter or digit{}",                                                                            \
      "ogiltigt id '{}' för {}: använd små bokstäver a-z, siffror, '-' och '_', och börja med en bokstav "    \
      "eller en siffra{}")                                                                                   \
    X(import_invalid_email, "invalid e-mail address '{}' for {}: write one address such as name@example.org", \
      "ogiltig e-postadress '{}' för {}: skriv en enda adress, till exempel namn@example.org")               \
    X(import_invalid_year, "invalid year '{}' for {}: {}", "ogiltigt år '{}' för {}: {}")                    \
    X(write_four_digits, "write four digits, such as 1997", "skriv fyra siffror, till exempel 1997")         \
    X(import_invalid_date, "invalid date '{}' for {}: {}", "ogiltigt datum '{}' för {}: {}")                 \
    X(write_real_date_example, "write a real calendar date as YYYY-MM-DD, such as 2025-03-01",              \
      "skriv ett riktigt datum som ÅÅÅÅ-MM-DD, till exempel 2025-03-01")                                     \
    X(import_cell_past_header, "a cell after the header's last column ({}): give the column a name in the "  \
      "header, or empty the cell",                                                                           \
      "en cell efter rubrikradens sista kolumn ({}): ge kolumnen ett namn i rubrikraden, eller töm cellen")  \
    X(import_end_needs_start, "an end date needs a start date in the row (or --start DATE)",                 \
      "ett slutdatum kräver ett startdatum på raden (eller --start DATUM)")                                   \
    X(import_start_needs_role, "a start date needs a role in the row (or --role ROLE)",                      \
      "ett startdatum kräver en roll på raden (eller --role ROLL)")                                          \
    X(import_role_needs_start, "a role needs a start date in the row (or --start DATE)",                     \
      "en roll kräver ett startdatum på raden (eller --start DATUM)")                                        \
    X(import_workplace_needs_role, "a workplace is an assignment's: it needs a role in the row (or --role "  \
      "ROLE)",                                                                                               \
      "en arbetsplats hör till ett uppdrag: den kräver en roll på raden (eller --role ROLL)")                \
    X(import_row_says_nobody, "the row does not say who it is: it needs a name, an id or an e-mail address", \
      "raden säger inte vem den gäller: den behöver ett namn, ett id eller en e-postadress")                  \
    X(import_second_row, "a second row for '{}' (the first is row {}): one row a person",                    \
      "en andra rad för '{}' (den första är rad {}): en rad per person")                                     \
    X(import_unknown_address, "no one in the data has this e-mail address; a new person needs a name",      \
      "ingen i uppgifterna har den här e-postadressen; en ny person behöver ett namn")                       \
    X(import_no_id_from_name, "cannot make an id from the name '{}'; give the sheet an id column",           \
      "kan inte göra ett id av namnet '{}'; ge arket en id-kolumn")                                          \
    X(import_second_new_address, "a second new person with the address '{}'",                              \
      "en andra ny person med adressen '{}'")                                                                \
    X(import_new_needs_name, "'{}' is a new person and needs a name", "'{}' är en ny person och behöver ett namn") \
    X(import_more_not_shown, "{} more problems not shown", "{} problem till visas inte")                      \
    X(import_problem_one, "{} problem in the sheet; nothing was imported",                                   \
      "{} problem i arket; ingenting importerades")                                                          \
    X(import_problems, "{} problems in the sheet; nothing was imported",                                     \
      "{} problem i arket; ingenting importerades")                                                          \
    X(import_too_large, "'{}' is too large to be a sheet of people", "'{}' är för stor för att vara ett ark med personer") \
    X(import_unknown_role_option, "unknown role '{}' (--role)", "okänd roll '{}' (--role)")                  \
    X(import_summary, "{} ({}, {}, {} rows): {} added, {} updated, {} unchanged",                           \
      "{} ({}, {}, {} rader): {} tillagda, {} uppdaterade, {} oförändrade")                                  \
    X(import_not_in_sheet, "; {} in the data but not in the sheet", "; {} i uppgifterna men inte i arket")   \
    X(import_ignored_columns, "; ignored columns: {}", "; kolumner som inte används: {}")                    \
    X(import_would, "would import {}", "skulle importera {}")                                                \
    X(import_done, "Imported {}", "Importerade {}")                                                          \
    X(encoding_utf8_bom, "UTF-8 with BOM", "UTF-8 med BOM")                                                  \
    X(separator_tab, "tab", "tabb")                                                                          \
    X(separator_none, "one column", "en kolumn")                                                             \
    X(map_option_problem, "--map '{}': {}", "--map '{}': {}")                                                \
    X(map_write_field_column, "write FIELD=COLUMN, such as --map email=E-post",                              \
      "skriv FÄLT=KOLUMN, till exempel --map email=E-post")                                                  \
    X(map_unknown_field, "unknown field '{}'{}; the fields are {}", "okänt fält '{}'{}; fälten är {}")        \
    X(map_field_mapped, "an earlier --map maps {} to column {}", "en tidigare --map ger {} kolumn {}")        \
    X(map_column_taken, "column {} gives {} already", "kolumn {} ger redan {}")                              \
    X(columns_give_same, "columns {} and {} both give {}: remove one, or choose one with --map {}=COLUMN",    \
      "kolumnerna {} och {} ger båda {}: ta bort den ena, eller välj en med --map {}=KOLUMN")                \
    X(no_column_says_who, "no column says who a row is: the sheet needs a column for name, id or email "    \
      "(namn, id or e-post), or --map name=COLUMN",                                                          \
      "ingen kolumn säger vem en rad gäller: arket behöver en kolumn för name, id eller email (namn, id "     \
      "eller e-post), eller --map name=KOLUMN")                                                              \
    X(map_no_column_number, "there is no column {}: the header has {} columns, counted from 1",              \
      "det finns ingen kolumn {}: rubrikraden har {} kolumner, räknat från 1")                               \
    X(map_no_column_named, "no column is named '{}'{}; the header's columns are {}",                        \
      "ingen kolumn heter '{}'{}; rubrikradens kolumner är {}")                                              \
    X(map_columns_same_name, "columns {} and {} are both named '{}': give the column's number instead, "    \
      "such as --map {}={}",                                                                                 \
      "kolumnerna {} och {} heter båda '{}': ange kolumnens nummer i stället, till exempel --map {}={}")      \
    X(sheet_empty, "the sheet is empty: its first row should name the columns, such as Namn;E-post;Mobil",  \
      "arket är tomt: dess första rad ska namnge kolumnerna, till exempel Namn;E-post;Mobil")                \
    X(csv_quote_unclosed, "the quote that opens this cell is never closed, so the rest of the file is in "   \
      "the cell: close it, or write a quote meant as text twice (\"\")",                                     \
      "citattecknet som inleder cellen avslutas aldrig, så resten av filen hamnar i cellen: avsluta det, "   \
      "eller skriv ett citattecken som ska vara text två gånger (\"\")")                                     \
    X(csv_text_after_quote, "text after the closing quote of a quoted cell: a quote inside a quoted cell is " \
      "written twice (\"\")",                                                                                \
      "text efter det avslutande citattecknet i en cell inom citattecken: ett citattecken inuti en sådan "   \
      "cell skrivs två gånger (\"\")")                                                                       \
    X(csv_nul_byte, "a NUL byte, which no text holds: is the file UTF-16 without a byte order mark? Save "   \
      "the sheet as \"CSV UTF-8\"",                                                                          \
      "en NUL-byte, som ingen text innehåller: är filen UTF-16 utan byteordningsmarkering? Spara arket som " \
      "\"CSV UTF-8\"")                                                                                       \
    /* the system's words for why a file could not be used (glibc's strerror), in Swedish too */             \
    X(errno_enoent, "No such file or directory", "filen eller katalogen finns inte")                         \
    X(errno_eacces, "Permission denied", "åtkomst nekas")                                                    \
    X(errno_eperm, "Operation not permitted", "åtgärden är inte tillåten")                                   \
    X(errno_enotdir, "Not a directory", "inte en katalog")                                                   \
    X(errno_eisdir, "Is a directory", "är en katalog")                                                       \
    X(errno_eloop, "Too many levels of symbolic links", "för många nivåer av symboliska länkar")             \
    X(errno_enospc, "No space left on device", "inget utrymme kvar på enheten")                              \
    X(errno_erofs, "Read-only file system", "skrivskyddat filsystem")                                        \
    X(errno_eexist, "File exists", "filen finns redan")                                                      \
    X(errno_enametoolong, "File name too long", "filnamnet är för långt")                                    \
    X(errno_eio, "Input/output error", "in- eller utmatningsfel")                                            \
    X(errno_edquot, "Disk quota exceeded", "diskkvoten är överskriden")
// clang-format on

enum class MessageId : std::uint16_t {
#define REPJOURNEY_USER_MESSAGE_KEY(key, en, sv) key,
    REPJOURNEY_USER_MESSAGES(REPJOURNEY_USER_MESSAGE_KEY)
#undef REPJOURNEY_USER_MESSAGE_KEY
};

// Every key, in order; for checks over the whole catalogue.
inline constexpr MessageId all_user_messages[] = {
#define REPJOURNEY_USER_MESSAGE_ENTRY(key, en, sv) MessageId::key,
    REPJOURNEY_USER_MESSAGES(REPJOURNEY_USER_MESSAGE_ENTRY)
#undef REPJOURNEY_USER_MESSAGE_ENTRY
};
inline constexpr std::size_t user_message_count = std::size(all_user_messages);

// The entry's text in the language, placeholders unfilled.
std::string_view message_text(MessageId id, Language language);

// " (did you mean 'x'?)" when word is close to one of the candidates, else an empty message.
Message did_you_mean_message(std::string_view word, const std::vector<std::string_view>& candidates);

// Why a system call failed, as strerror(error) says it in English, and in Swedish for the errors
// people meet with files (strerror's own words otherwise).
Message system_error_message(int error);
// The same for an error_code of the system (std::filesystem's); others say what they say.
Message system_error_message(const std::error_code& error);

// `one` for exactly one, else `other`, filled with n (and nothing else).
Message count_message(MessageId one, MessageId other, long long n);

}  // namespace repjourney
