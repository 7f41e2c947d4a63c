#pragma once
// What an export may show of people. Notes and birth years leave the program only on request, and
// --redact puts ids in place of names and leaves e-mail addresses and phone numbers out, so that a report
// can go to a board or a federation.

#include "model/model.hpp"

namespace repjourney {

struct Privacy {
    bool include_notes = false;
    bool include_born = false;
    bool redact = false;
};

// The model as an export may show it. Without include_notes, note events are dropped and the notes of
// other events emptied; with redact, every representative's and coordinator's name becomes its id and
// every e-mail address (the organisation's too) and phone number is emptied. Birth years stay, because feedback
// cadences depend on them: the renderers leave them out unless include_born. Nothing else computed changes.
Model private_model(Model model, const Privacy& privacy);

}  // namespace repjourney
