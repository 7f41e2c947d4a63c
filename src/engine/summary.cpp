#include "engine/summary.hpp"

#include <string_view>
#include <unordered_map>

namespace repjourney {

namespace {
void add(OverdueCounts& sum, const OverdueCounts& more) {
    sum.milestones += more.milestones;
    sum.feedback += more.feedback;
    sum.goals += more.goals;
    sum.nominations += more.nominations;
}

void add(CoordinatorLoad& load, const RepresentativeStatus& status, const OverdueCounts& overdue) {
    ++load.people;
    add(load.overdue, overdue);
    if (overdue.total() > 0) ++load.people_overdue;
    if (status.at_risk()) ++load.at_risk;
}
}  // namespace

Summary summarise(const Model& model, std::span<const RepresentativeStatus> statuses) {
    Summary summary;
    std::vector<CoordinatorLoad> loads(model.organisation.coordinators.size());
    // Found by id through a map: a national federation has hundreds of coordinators and 200,000 people.
    std::unordered_map<std::string_view, CoordinatorLoad*> load_of;
    for (std::size_t i = 0; i < loads.size(); ++i) {
        loads[i].coordinator = &model.organisation.coordinators[i];
        load_of.emplace(loads[i].coordinator->id, &loads[i]);
    }
    CoordinatorLoad nobody;

    for (const RepresentativeStatus& status : statuses) {
        const OverdueCounts& overdue = status.overdue;
        ++summary.people;
        ++summary.stages.at(static_cast<std::size_t>(status.stage));
        add(summary.overdue, overdue);
        if (status.at_risk()) ++summary.at_risk;
        const auto load = load_of.find(status.representative->coordinator);
        add(load != load_of.end() ? *load->second : nobody, status, overdue);
    }
    for (CoordinatorLoad& load : loads)
        if (load.people > 0) summary.coordinators.push_back(load);
    if (nobody.people > 0) summary.coordinators.push_back(nobody);
    return summary;
}

}  // namespace repjourney
