#include <doctest/doctest.h>

#include <string>

#include "edit/unified_diff.hpp"

using namespace repjourney;

namespace {
std::string numbers(int from, int to) {
    std::string out;
    for (int i = from; i <= to; ++i) out += std::to_string(i) + "\n";
    return out;
}
}  // namespace

// The expected texts are GNU diff's (diff -u a/f b/f), headers aside.
TEST_CASE("a diff is diff -u's: hunks of three lines of context, far changes apart") {
    const std::string before = numbers(1, 20);
    const std::string after = numbers(1, 4) + "x\n" + numbers(5, 17) + "y\n" + numbers(19, 20);
    CHECK(unified_diff("f", before, after) ==
          "--- a/f\n+++ b/f\n"
          "@@ -2,6 +2,7 @@\n 2\n 3\n 4\n+x\n 5\n 6\n 7\n"
          "@@ -15,6 +16,6 @@\n 15\n 16\n 17\n-18\n+y\n 19\n 20\n");
}

TEST_CASE("a last line without a line break is marked") {
    CHECK(unified_diff("g", "one\ntwo\nthree", "one\ntwo\nthree\nfour") ==
          "--- a/g\n+++ b/g\n@@ -1,3 +1,4 @@\n one\n two\n-three\n\\ No newline at end of file\n+three\n+four\n"
          "\\ No newline at end of file\n");
}

TEST_CASE("a new file is shown against /dev/null; the same text has no diff") {
    CHECK(unified_diff("new.yaml", "", "a\nb\n") == "--- /dev/null\n+++ b/new.yaml\n@@ -0,0 +1,2 @@\n+a\n+b\n");
    CHECK(unified_diff("f", "a\n", "a\n").empty());
}

TEST_CASE("changes closer than twice the context share one hunk") {
    const std::string before = numbers(1, 12);
    const std::string after = "1\n2\nX\n" + numbers(4, 8) + "Y\n" + numbers(10, 12);
    CHECK(unified_diff("f", before, after) ==
          "--- a/f\n+++ b/f\n@@ -1,12 +1,12 @@\n 1\n 2\n-3\n+X\n 4\n 5\n 6\n 7\n 8\n-9\n+Y\n 10\n 11\n 12\n");
}

TEST_CASE("an absolute path is named as patch -p1 reads it from the root") {
    CHECK(unified_diff("/srv/b12/people.yaml", "a\n", "b\n") ==
          "--- a/srv/b12/people.yaml\n+++ b/srv/b12/people.yaml\n@@ -1 +1 @@\n-a\n+b\n");
}
