#include "edit/import_plan.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "diagnostics/messages.hpp"
#include "edit/person_changes.hpp"
#include "import/column_map.hpp"
#include "import/person_id.hpp"
#include "text/case_fold.hpp"
#include "text/printable.hpp"
#include "text/spelling.hpp"

namespace repjourney {

namespace {

// What one file gets: changes to people already in it, and new people.
struct FileWork {
    std::vector<std::pair<std::string, std::vector<NewEntry>>> fields;  // by person id
    std::vector<std::pair<std::string, NewAssignment>> assignments;
    std::vector<NewValue> new_people;
};

// The cell that says who a row is, for a message about the row as a whole.
int who_column(const SheetRow& row) {
    if (row.id) return row.id->column;
    if (row.email) return row.email->column;
    return row.name ? row.name->column : 0;
}

class Planner {
public:
    Planner(const LoadResult& data, const ImportDefaults& defaults) : data_(data), defaults_(defaults) {
        for (const Representative& rep : data.model.representatives) {
            ids_.take(rep.id);
            if (!rep.email.empty()) by_email_.emplace(fold_case(rep.email), &rep);
        }
    }

    ImportPlan plan(const SheetRows& sheet) {
        for (const SheetRow& row : sheet.rows)
            if (row.id) ids_.take(row.id->value);
        for (const SheetRow& row : sheet.rows) plan_row(row);
        for (const Representative& rep : data_.model.representatives)
            if (!rep.left && !matched_.contains(rep.id)) ++result_.not_in_sheet;
        for (auto& [file, work] : work_) result_.changes.push_back(file_change(file, std::move(work)));
        return std::move(result_);
    }

private:
    void problem(int row, int column, Message message) {
        result_.problems.push_back({row, column, std::move(message)});
    }

    const Representative* existing(const SheetRow& row) const {
        if (row.id)
            if (const Representative* rep = data_.model.find_representative(row.id->value)) return rep;
        if (row.email)
            if (const auto found = by_email_.find(fold_case(row.email->value)); found != by_email_.end())
                return found->second;
        return nullptr;
    }

    // The row's assignment: its own role and start, else --role and --start.
    std::optional<NewAssignment> assignment_of(const SheetRow& row) {
        const std::string role = row.role ? row.role->value : defaults_.role;
        const std::optional<Date> start = row.start ? std::optional{row.start->value} : defaults_.start;
        if (role.empty() || !start) return std::nullopt;
        if (!data_.model.find_role(role)) {
            if (row.role)
                problem(row.row, row.role->column,
                        Message{MessageId::unknown_role, visible(role),
                                did_you_mean_message(role, ids_of(data_.model.roles))});
            return std::nullopt;
        }
        NewAssignment assignment{role, *start, std::nullopt, row.workplace ? row.workplace->value : std::string{}};
        if (row.end) assignment.end = row.end->value;
        return assignment;
    }

    bool coordinator_known(const SheetRow& row) {
        if (!row.coordinator || data_.model.find_coordinator(row.coordinator->value)) return true;
        problem(row.row, row.coordinator->column,
                Message{MessageId::unknown_coordinator, visible(row.coordinator->value),
                        did_you_mean_message(row.coordinator->value, ids_of(data_.model.organisation.coordinators))});
        return false;
    }

    // A second row for one person would make the result depend on the rows' order.
    bool first_row_for(std::string_view id, const SheetRow& row) {
        const auto [first, inserted] = matched_.emplace(id, row.row);
        if (!inserted) problem(row.row, who_column(row), Message{MessageId::import_second_row, id, first->second});
        return inserted;
    }

    void plan_row(const SheetRow& row) {
        const bool coordinator_ok = coordinator_known(row);
        const std::optional<NewAssignment> assignment = assignment_of(row);
        if (const Representative* rep = existing(row)) {
            if (first_row_for(rep->id, row) && coordinator_ok) update(*rep, row, assignment);
            return;
        }
        add(row, assignment, coordinator_ok);
    }

    void update(const Representative& rep, const SheetRow& row, const std::optional<NewAssignment>& assignment) {
        std::vector<NewEntry> changed;
        const auto compare = [&](const char* key, const auto& cell, const std::string& current) {
            if (cell && cell->value != current) changed.push_back({key, NewValue::of_text(cell->value)});
        };
        compare("name", row.name, rep.name);
        // The address matched in any case: its case in the sheet is no change.
        if (row.email && fold_case(row.email->value) != fold_case(rep.email))
            changed.push_back({"email", NewValue::of_text(row.email->value)});
        compare("phone", row.phone, rep.phone);
        compare("branch", row.branch, rep.branch);
        compare("coordinator", row.coordinator, rep.coordinator);
        if (row.born && row.born->value != rep.born)
            changed.push_back({"born", NewValue::of_text(std::to_string(row.born->value))});
        const bool held = !assignment || holds(rep, *assignment);
        if (changed.empty() && held) {
            ++result_.unchanged;
            return;
        }
        ++result_.updated;
        FileWork& work = work_[file_of(data_.model, rep)];
        if (!changed.empty()) work.fields.emplace_back(rep.id, std::move(changed));
        if (!held) work.assignments.emplace_back(rep.id, *assignment);
    }

    void add(const SheetRow& row, const std::optional<NewAssignment>& assignment, bool coordinator_ok) {
        std::string id;
        if (row.id) {
            id = row.id->value;
        } else if (!row.name) {
            problem(row.row, who_column(row), Message{MessageId::import_unknown_address});
            return;
        } else if (const auto made = ids_.make(row.name->value)) {
            id = *made;
        } else {
            problem(row.row, row.name->column, Message{MessageId::import_no_id_from_name, visible(row.name->value)});
            return;
        }
        if (!first_row_for(id, row)) return;
        if (row.email && !new_emails_.insert(fold_case(row.email->value)).second) {
            problem(row.row, row.email->column,
                    Message{MessageId::import_second_new_address, visible(row.email->value)});
            return;
        }
        if (!row.name) {
            problem(row.row, who_column(row), Message{MessageId::import_new_needs_name, visible(id)});
            return;
        }
        if (!coordinator_ok) return;
        PersonFields fields;
        const auto text = [](const auto& cell) { return cell ? cell->value : std::string{}; };
        fields.name = text(row.name);
        fields.email = text(row.email);
        fields.phone = text(row.phone);
        fields.branch = text(row.branch);
        fields.coordinator = text(row.coordinator);
        if (row.born) fields.born = row.born->value;
        std::vector<NewEntry> entries = {{"id", NewValue::of_text(id)}};
        for (NewEntry& entry : field_entries(fields)) entries.push_back(std::move(entry));
        if (assignment) entries.push_back({"assignments", NewValue::list({assignment_value(*assignment)})});
        ++result_.added;
        const std::string file = file_for_new_person(data_, defaults_.data_paths, defaults_.file, id);
        work_[file].new_people.push_back(NewValue::mapping(std::move(entries)));
    }

    static FileChange file_change(const std::string& file, FileWork work) {
        FileChange change;
        change.file = file;
        change.new_file_text = new_people_file(work.new_people);
        change.edit = [work = std::move(work)](YamlEditor& editor, YamlNode& root) {
            for (const auto& [id, fields] : work.fields) set_fields(editor, root, id, fields);
            for (const auto& [id, assignment] : work.assignments) add_assignment(editor, root, id, assignment);
            for (const NewValue& person : work.new_people) add_person(editor, root, person);
        };
        return change;
    }

    const LoadResult& data_;
    const ImportDefaults& defaults_;
    PersonIds ids_;
    std::unordered_map<std::string, const Representative*> by_email_;
    std::unordered_map<std::string, int> matched_;  // person id -> the row that named them
    std::unordered_set<std::string> new_emails_;
    std::map<std::string, FileWork> work_;
    ImportPlan result_;
};

}  // namespace

ImportPlan plan_import(const LoadResult& data, const SheetRows& sheet, const ImportDefaults& defaults) {
    return Planner{data, defaults}.plan(sheet);
}

}  // namespace repjourney
