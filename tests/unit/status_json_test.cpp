#include "render/status_json.hpp"

#include <doctest/doctest.h>

#include "model_builders.hpp"

using namespace repjourney;

namespace {
// The representative's status object, as status --format json writes it.
std::string status_json(const Model& model, const Representative& rep) {
    const Snapshot snapshot{model, test::d("2026-11-23")};
    JsonWriter json;
    write_representative_json(json, representative_status(snapshot, rep));
    return json.str();
}

bool has(const std::string& json, std::string_view text) { return json.find(text) != std::string::npos; }
}  // namespace

TEST_CASE("status json: phone, left_reason and an assignment's workplace when the data gives them") {
    Model model;
    model.roles = {test::role("safety")};
    Representative anna = test::rep("anna", {test::assignment("safety", "2026-01-15", "2028-12-31")});
    anna.assignments[0].workplace = "Volvo Torslanda";
    anna.phone = "+46 70 123 45 67";
    anna.left = test::d("2026-11-10");
    anna.left_reason = "moved";
    const std::string json = status_json(model, anna);
    CHECK(has(json, R"("workplace": "Volvo Torslanda")"));
    CHECK(has(json, R"("phone": "+46 70 123 45 67")"));
    CHECK(has(json, R"("left": "2026-11-10")"));
    CHECK(has(json, R"("left_reason": "moved")"));

    // Absent from the data, absent from the JSON: not written empty.
    const std::string plain = status_json(model, test::rep("bo", {test::assignment("safety", "2026-01-15")}));
    for (const char* key : {"\"workplace\"", "\"phone\"", "\"left\"", "\"left_reason\""}) {
        CAPTURE(key);
        CHECK_FALSE(has(plain, key));
    }
}
