#include "render/privacy.hpp"

namespace repjourney {

Model private_model(Model model, const Privacy& privacy) {
    if (!privacy.include_notes) {
        std::erase_if(model.events, [](const Event& e) { return e.type == EventType::note; });
        for (Event& event : model.events) event.note = {};
    }
    if (privacy.redact) {
        model.organisation.email.clear();
        for (Coordinator& coordinator : model.organisation.coordinators) {
            coordinator.name = coordinator.id;
            coordinator.email.clear();
        }
        for (Representative& rep : model.representatives) {
            rep.name = rep.id;
            rep.email.clear();
            rep.phone.clear();
        }
    }
    return model;
}

}  // namespace repjourney
