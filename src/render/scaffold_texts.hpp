#pragma once
// The words of the scaffold files, one table per language (scaffold_texts_en.cpp, scaffold_texts_sv.cpp).
// The files' structure is written once, in scaffold.cpp, with {{key}} where the words go.

#include <span>
#include <string_view>

#include "model/model.hpp"

namespace repjourney {

struct ScaffoldText {
    std::string_view key;
    std::string_view text;  // may hold {{key}} of other entries; a block of lines when it fills a line of its own
};

std::span<const ScaffoldText> scaffold_texts_en();
std::span<const ScaffoldText> scaffold_texts_sv();

inline std::span<const ScaffoldText> scaffold_texts(Language language) {
    return language == Language::sv ? scaffold_texts_sv() : scaffold_texts_en();
}

}  // namespace repjourney
