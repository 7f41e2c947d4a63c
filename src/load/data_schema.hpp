#pragma once
// The data format as a JSON Schema (draft 2020-12), so that editors validate and complete data files as
// people type (`repjourney schema`; the examples point at schema/repjourney.schema.json, its copy).

#include <string_view>

namespace repjourney {

// The schema document, ending in a newline. Its $defs are named after the key lists of read_*.cpp
// (organisation_keys is $defs/organisation) and hold exactly those keys; tests/e2e/schema_validates.py
// checks both, so a key added to the loader and not here fails the tests.
std::string_view data_schema();

}  // namespace repjourney
