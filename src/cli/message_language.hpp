#pragma once
// The language every message of this run is printed in (diagnostics, errors, usage errors,
// confirmations): --lang, else the organisation's `language:` once the data is read, else English.
// The run's one piece of shared state for it, as main prints an Error far from where it is thrown.

#include "model/language.hpp"

namespace repjourney {

// The language of messages now.
Language message_language();

// --lang as the command line gives it, read before CLI11 parses (so that its usage errors too are
// in the language asked for): "sv" or "en" fixes the language for the run.
void set_message_language_option(int argc, char** argv);

// The organisation's language, once the data is read; --lang, when given, wins.
void use_data_language(Language language);

}  // namespace repjourney
