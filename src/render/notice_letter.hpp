#pragma once
// `notice`: the written notice to the employer of a representative's assignment, as a letter to print and
// sign: the organisation, the person, the role, the workplace, the term, whom they replace, the date, and
// the law the notice rests on. Swedish reads like the unions' own forms; English is a translation aid.

#include <string>

#include "engine/notice.hpp"

namespace repjourney {

enum class NoticeFormat { text, markdown, html };

std::string render_notice(const NoticeFacts& facts, const Organisation& organisation, Language language,
                          NoticeFormat format);

}  // namespace repjourney
