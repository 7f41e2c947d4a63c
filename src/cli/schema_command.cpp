#include <iostream>

#include "cli/commands.hpp"
#include "diagnostics/error.hpp"
#include "load/data_schema.hpp"

namespace repjourney {

void add_schema_command(Command app, const GlobalOptions&, CommandRunner& runner) {
    Command schema = app.subcommand("schema",
                                    "Print a JSON Schema of the data files, for editors that "
                                    "validate and complete YAML as you type");
    schema.on_chosen([&runner] {
        runner = [] {
            std::cout << data_schema();  // main makes sure it all arrived
            return static_cast<int>(exit_ok);
        };
    });
}

}  // namespace repjourney
