#include "engine/by_person.hpp"

#include <doctest/doctest.h>

using namespace repjourney;

namespace {
struct Item {
    const Representative* representative = nullptr;
    int n = 0;
};
}  // namespace

TEST_CASE("by_person: each person's items, in the items' order") {
    std::vector<Representative> people(3);
    const std::vector<Item> items = {
        {&people[1], 0}, {&people[0], 1}, {&people[1], 2}, {&people[1], 3}, {&people[0], 4}};
    const ByPerson<Item> index{items};

    const auto second = index.of(people[1]);
    REQUIRE(second.size() == 3);
    CHECK(second[0] == &items[0]);
    CHECK(second[1] == &items[2]);
    CHECK(second[2] == &items[3]);
    const auto first = index.of(people[0]);
    REQUIRE(first.size() == 2);
    CHECK(first[0]->n == 1);
    CHECK(first[1]->n == 4);
    CHECK(index.of(people[2]).empty());
}

TEST_CASE("by_person: no items, nobody's") {
    const std::vector<Item> none;
    const ByPerson<Item> index{none};
    const Representative someone;
    CHECK(index.of(someone).empty());
    CHECK(ByPerson<Item>{}.of(someone).empty());
}

TEST_CASE("by_person: moving the vector of items keeps the index valid") {
    std::vector<Representative> people(1);
    std::vector<Item> items = {{&people[0], 7}};
    const ByPerson<Item> index{items};
    const std::vector<Item> moved = std::move(items);
    REQUIRE(index.of(people[0]).size() == 1);
    CHECK(index.of(people[0])[0] == &moved[0]);
}
