// The floor under any yaml-cpp based loader: parse files with YAML::Parser and
// an event handler that does nothing, so no tree and no model is built. A
// loader cannot read the same bytes with yaml-cpp faster than this.
//
//   g++ -O2 -std=c++20 bench/yaml_floor.cpp -lyaml-cpp -o /tmp/yaml_floor
//   /tmp/yaml_floor FILE...
//
// Prints how many events the parser produced, so the work cannot be skipped.

#include <cstdio>
#include <fstream>
#include <string>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace {

class CountingHandler : public YAML::EventHandler {
public:
    unsigned long long events = 0;

    void OnDocumentStart(const YAML::Mark&) override { ++events; }
    void OnDocumentEnd() override { ++events; }
    void OnNull(const YAML::Mark&, YAML::anchor_t) override { ++events; }
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override { ++events; }
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override { ++events; }
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
        ++events;
    }
    void OnSequenceEnd() override { ++events; }
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
        ++events;
    }
    void OnMapEnd() override { ++events; }
};

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE...\n", argv[0]);
        return 64;
    }
    CountingHandler handler;
    for (int i = 1; i < argc; ++i) {
        std::ifstream in{argv[i], std::ios::binary};
        if (!in) {
            std::fprintf(stderr, "yaml_floor: cannot open %s\n", argv[i]);
            return 66;
        }
        try {
            YAML::Parser parser{in};
            while (parser.HandleNextDocument(handler)) {
            }
        } catch (const YAML::Exception& e) {
            std::fprintf(stderr, "%s: %s\n", argv[i], e.what());
            return 65;
        }
    }
    std::printf("%llu parser events\n", handler.events);
    return 0;
}
