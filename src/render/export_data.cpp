#include "render/export_data.hpp"

namespace repjourney {

std::vector<const Suggestion*> suggestions_of(const ExportData& data, const Representative& rep) {
    std::vector<const Suggestion*> own;
    for (const Suggestion& s : data.suggestions)
        if (s.representative == &rep) own.push_back(&s);
    return own;
}

}  // namespace repjourney
