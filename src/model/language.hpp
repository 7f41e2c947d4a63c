#pragma once
// The languages repjourney speaks: of reports, and of every message to the user.

namespace repjourney {

enum class Language { en, sv };

}  // namespace repjourney
