#pragma once
// What `export ics|json|html|xlsx` render: the selected representatives on as_of, computed from the model
// as private_model left it.

#include <vector>

#include "engine/feedback.hpp"
#include "engine/findings.hpp"
#include "engine/journey.hpp"
#include "engine/recognition.hpp"
#include "engine/retention.hpp"
#include "render/privacy.hpp"

namespace repjourney {

struct ExportData {
    const Snapshot& snapshot;
    std::vector<RepresentativeStatus> statuses;  // the selected representatives, in data order
    std::vector<Suggestion> suggestions;         // theirs, as recognition_suggestions orders them
    Findings findings;                           // compute_findings of the statuses, with the lists the format shows
    Language language = Language::en;            // of the words in the export
    Privacy privacy;
    RetentionReport retention{};           // of the selected people, those who left too (export json, html, xlsx)
    std::vector<FeedbackItem> feedback{};  // the selected people's, as `feedback` lists them (export xlsx)
};

}  // namespace repjourney
