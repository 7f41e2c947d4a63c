#include "load/data_schema.hpp"

#include <string>

#include "model/model.hpp"

namespace repjourney {

namespace {
// Types are as the loader reads them: text is any scalar, an id or a year may be written as a number,
// and an empty section is no section. A date's pattern, which knows the calendar, is checked everywhere
// ("format": "date" only by validators that check formats). Each type on its own in anyOf, and what
// if/then require named in their properties, so that ajv compiles it in strict mode. Only keywords draft-07 knows too,
// so that yaml-language-server, which implements draft-07, reads it the same way ($defs is reached by JSON pointer).
constexpr std::string_view schema = R"schema(
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "repjourney data file",
  "description": "A repjourney data file: any of organisation, roles, representatives and events. See repjourney(1).",
  "type": "object",
  "additionalProperties": false,
  "properties": {
    "organisation": {"$ref": "#/$defs/organisation"},
    "roles": {
      "description": "The roles representatives hold, each with its journey.",
      "anyOf": [{"type": "array", "items": {"$ref": "#/$defs/role"}}, {"type": "null"}]
    },
    "representatives": {
      "description": "The elected representatives.",
      "anyOf": [{"type": "array", "items": {"$ref": "#/$defs/representative"}}, {"type": "null"}]
    },
    "events": {
      "description": "The append-only log: milestones done, feedback conversations, recognition, notes.",
      "anyOf": [{"type": "array", "items": {"$ref": "#/$defs/event"}}, {"type": "null"}]
    }
  },
  "$defs": {
    "text": {
      "description": "Text; a number or true/false is read as its text.",
      "anyOf": [{"type": "string"}, {"type": "number"}, {"type": "boolean"}]
    },
    "id": {
      "description": "An id: lower-case letters a-z, digits, '-' and '_', starting with a letter or digit.",
      "anyOf": [{"type": "string", "pattern": "^[a-z0-9][a-z0-9_-]*$"}, {"type": "integer", "minimum": 0}]
    },
    "date": {
      "description": "A real calendar date, YYYY-MM-DD, of a year from 1900 to 2199.",
      "type": "string",
      "pattern": "@DATE_PATTERN@",
      "format": "date"
    },
    "duration": {
      "description": "<number><unit>, once or more; unit d, w, m or y: 10d, 6w, 3m, 1y6m.",
      "type": "string",
      "pattern": "^([0-9]+[dwmy])+$"
    },
    "cadence": {
      "description": "How often something repeats: a duration longer than zero.",
      "type": "string",
      "pattern": "^([0-9]+[dwmy])+$",
      "not": {"pattern": "^(0+[dwmy])+$"}
    },
    "year": {
      "description": "A year from 1900 to 2199, four digits.",
      "anyOf": [{"type": "integer", "minimum": 1900, "maximum": 2199},
                {"type": "string", "pattern": "^(19|2[01])[0-9]{2}$"}]
    },
    "kind": {
      "description": "A kind of recognition suggestion.",
      "enum": @KINDS@
    },
    "organisation": {
      "description": "The organisation: its name, defaults and coordinators. In one data file only.",
      "type": "object",
      "additionalProperties": false,
      "required": ["name"],
      "properties": {
        "name": {"$ref": "#/$defs/text", "description": "The organisation's name, as reports show it."},
        "email": {"$ref": "#/$defs/text", "description": "The sender of digest mail."},
        "language": {"description": "The language of reports: en or sv.", "enum": ["en", "sv"]},
        "feedback_every": {"$ref": "#/$defs/cadence", "description": "The default feedback cadence (default 8w)."},
        "due_soon": {
          "$ref": "#/$defs/duration",
          "description": "How far ahead an item is \"due soon\" (default 14d)."
        },
        "renewal_window": {
          "$ref": "#/$defs/duration",
          "description": "A representative is in stage renewal this long before a term ends (default 3m)."
        },
        "coordinators": {
          "description": "Who follows up which representatives.",
          "type": "array",
          "items": {"$ref": "#/$defs/coordinator"}
        },
        "recognition": {"$ref": "#/$defs/recognition"},
        "adaptations": {
          "description": "Cohorts that need another feedback rhythm, e.g. those born 1997 or later.",
          "type": "array",
          "items": {"$ref": "#/$defs/adaptation"}
        },
        "exit_reasons": {
          "description": "The organisation's own reasons for leaving; without them the built-in ones apply: moved, workload, job-change, health, not-re-elected, conflict, retired, other.",
          "type": "array",
          "items": {"$ref": "#/$defs/exit_reason"}
        },
        "annual_meeting": {
          "$ref": "#/$defs/date",
          "description": "The next annual meeting, where mandates are elected: the nominating committee's date."
        },
        "nominations_due": {
          "$ref": "#/$defs/duration",
          "description": "The nominating committee's answers are due this long before the annual meeting (default 6w)."
        },
        "escalate_after": {
          "$ref": "#/$defs/cadence",
          "description": "Items overdue longer than this also go to escalate_to's digest."
        },
        "escalate_to": {"$ref": "#/$defs/id", "description": "The id of the coordinator who gets escalated items."},
        "seats": {
          "description": "Places the organisation wants filled: vacancies lists their holders and vacant places.",
          "type": "array",
          "items": {"$ref": "#/$defs/seat"}
        }
      }
    },
    "seat": {
      "type": "object",
      "additionalProperties": false,
      "required": ["role"],
      "properties": {
        "role": {"$ref": "#/$defs/id"},
        "branch": {"$ref": "#/$defs/text", "description": "Filled only by people of this branch."},
        "workplace": {"$ref": "#/$defs/text", "description": "Filled only by assignments at this workplace."},
        "count": {
          "description": "How many holders the seat wants (default 1).",
          "anyOf": [{"type": "integer", "minimum": 1, "maximum": 9999},
                    {"type": "string", "pattern": "^0*[1-9][0-9]{0,3}$"}]
        }
      }
    },
    "coordinator": {
      "type": "object",
      "additionalProperties": false,
      "required": ["id", "name"],
      "properties": {
        "id": {"$ref": "#/$defs/id"},
        "name": {"$ref": "#/$defs/text"},
        "email": {"$ref": "#/$defs/text"}
      }
    },
    "recognition": {
      "description": "When and how representatives are recognised.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "window": {
          "$ref": "#/$defs/duration",
          "description": "How long after an achievement it still deserves recognition (default 30d)."
        },
        "anniversaries": {
          "description": "Service anniversaries to recognise (default [1y, 2y, 5y, 10y]).",
          "type": "array",
          "items": {"$ref": "#/$defs/duration"}
        },
        "quiet_after": {
          "$ref": "#/$defs/duration",
          "description": "Suggest appreciation when nobody recognised someone this long (default 6m)."
        },
        "actions": {
          "description": "The organisation's own catalogue of recognition actions.",
          "type": "array",
          "items": {"$ref": "#/$defs/action"}
        }
      }
    },
    "action": {
      "type": "object",
      "additionalProperties": false,
      "required": ["id", "title"],
      "properties": {
        "id": {"$ref": "#/$defs/id"},
        "title": {"$ref": "#/$defs/text"},
        "for": {
          "description": "The kinds of suggestion this action is suggested for.",
          "type": "array",
          "items": {"$ref": "#/$defs/kind"}
        },
        "at_annual_meeting": {
          "description": "Done at the annual meeting: suggested for the next annual_meeting, not by a date.",
          "type": "boolean"
        }
      }
    },
    "adaptation": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "label": {"$ref": "#/$defs/text"},
        "born_from": {"$ref": "#/$defs/year", "description": "The first birth year of the cohort."},
        "born_until": {"$ref": "#/$defs/year", "description": "The last birth year of the cohort."},
        "feedback_every": {"$ref": "#/$defs/cadence"}
      }
    },
    "exit_reason": {
      "type": "object",
      "additionalProperties": false,
      "required": ["id", "title"],
      "properties": {
        "id": {"$ref": "#/$defs/id"},
        "title": {"$ref": "#/$defs/text"}
      }
    },
    "role": {
      "type": "object",
      "additionalProperties": false,
      "required": ["id", "title"],
      "properties": {
        "id": {"$ref": "#/$defs/id"},
        "title": {"$ref": "#/$defs/text"},
        "description": {"$ref": "#/$defs/text"},
        "expectations": {"type": "array", "items": {"$ref": "#/$defs/text"}},
        "term": {"$ref": "#/$defs/duration", "description": "The length of a term; absent: open-ended."},
        "feedback_every": {"$ref": "#/$defs/cadence", "description": "The feedback cadence of this role."},
        "journey": {
          "description": "The milestones of an assignment of this role.",
          "type": "array",
          "items": {"$ref": "#/$defs/milestone"}
        },
        "notify_employer": {
          "description": "The employer must be told in writing of each assignment: fml (or true) under förtroendemannalagen, aml under arbetsmiljölagen. Adds the milestone employer-notice, due on the start day.",
          "anyOf": [{"enum": ["fml", "aml"]}, {"type": "boolean"}]
        }
      }
    },
    "milestone": {
      "type": "object",
      "additionalProperties": false,
      "required": ["id", "title", "due"],
      "properties": {
        "id": {"$ref": "#/$defs/id"},
        "title": {"$ref": "#/$defs/text"},
        "due": {
          "description": "A duration after the assignment's start (3m), or before its end (end-3m, or end).",
          "type": "string",
          "pattern": "^(end|end-([0-9]+[dwmy])+|([0-9]+[dwmy])+)$"
        },
        "every": {"$ref": "#/$defs/cadence", "description": "Repeats this long after each completion."},
        "recognize": {
          "description": "true to suggest recognition when done, or the id of the action to suggest.",
          "anyOf": [{"type": "boolean"}, {"$ref": "#/$defs/id"}]
        },
        "scope": {
          "description": "role (the default): a completion in any term counts; term: only one within the assignment.",
          "enum": ["role", "term"]
        }
      }
    },
    "representative": {
      "type": "object",
      "additionalProperties": false,
      "required": ["id", "name"],
      "properties": {
        "id": {"$ref": "#/$defs/id"},
        "name": {"$ref": "#/$defs/text"},
        "email": {"$ref": "#/$defs/text"},
        "phone": {"$ref": "#/$defs/text", "description": "A phone number, as free text."},
        "branch": {"$ref": "#/$defs/text"},
        "coordinator": {"$ref": "#/$defs/id", "description": "The id of the coordinator who follows them up."},
        "born": {"$ref": "#/$defs/year"},
        "feedback_every": {"$ref": "#/$defs/cadence", "description": "A personal feedback cadence."},
        "paused": {"$ref": "#/$defs/pause"},
        "left": {"$ref": "#/$defs/date", "description": "The day they left."},
        "left_reason": {"$ref": "#/$defs/id", "description": "Why they left: an exit_reasons id. Needs left."},
        "assignments": {"type": "array", "items": {"$ref": "#/$defs/assignment"}},
        "goals": {"description": "Personal development goals.", "type": "array", "items": {"$ref": "#/$defs/goal"}}
      },
      "if": {"properties": {"left_reason": true}, "required": ["left_reason"]},
      "then": {"properties": {"left": true}, "required": ["left"]}
    },
    "pause": {
      "description": "A pause in the assignment; without until, until further notice.",
      "type": "object",
      "additionalProperties": false,
      "required": ["from"],
      "properties": {"from": {"$ref": "#/$defs/date"}, "until": {"$ref": "#/$defs/date"}}
    },
    "assignment": {
      "type": "object",
      "additionalProperties": false,
      "required": ["role", "start"],
      "properties": {
        "role": {"$ref": "#/$defs/id"},
        "start": {"$ref": "#/$defs/date"},
        "end": {"$ref": "#/$defs/date", "description": "The last day; default: start + the role's term - 1d."},
        "workplace": {"$ref": "#/$defs/text", "description": "The workplace or employer the assignment is for."}
      }
    },
    "goal": {
      "type": "object",
      "additionalProperties": false,
      "required": ["id", "title"],
      "properties": {
        "id": {"$ref": "#/$defs/id"},
        "title": {"$ref": "#/$defs/text"},
        "due": {"$ref": "#/$defs/date"},
        "done": {"$ref": "#/$defs/date"}
      }
    },
    "event": {
      "type": "object",
      "additionalProperties": false,
      "required": ["date", "rep", "type"],
      "properties": {
        "date": {"$ref": "#/$defs/date"},
        "rep": {"$ref": "#/$defs/id", "description": "The representative's id."},
        "type": {"enum": ["milestone", "feedback", "recognition", "note", "nomination"]},
        "milestone": {"$ref": "#/$defs/id", "description": "milestone events: the journey milestone done."},
        "role": {
          "$ref": "#/$defs/id",
          "description": "milestone events: the role whose milestone it is; nomination events: the role of the mandate."
        },
        "answer": {
          "description": "nomination events: what the person told the nominating committee about another term (yes, no or undecided; a YAML 1.1 reader takes an unquoted yes or no for true or false).",
          "anyOf": [{"enum": ["yes", "no", "undecided"]}, {"type": "boolean"}]
        },
        "by": {"$ref": "#/$defs/text", "description": "feedback and recognition events: who held it or gave it."},
        "note": {"$ref": "#/$defs/text"},
        "action": {"$ref": "#/$defs/id", "description": "recognition events: the action given."},
        "for": {
          "$ref": "#/$defs/text",
          "description": "recognition events: the key of the suggestion it answers, e.g. anniversary:5y."
        }
      },
      "allOf": [
        {
          "if": {"properties": {"type": {"const": "milestone"}}, "required": ["type"]},
          "then": {"properties": {"milestone": true}, "required": ["milestone"]}
        },
        {
          "if": {"properties": {"type": {"const": "nomination"}}, "required": ["type"]},
          "then": {"properties": {"role": true, "answer": true}, "required": ["role", "answer"]}
        }
      ]
    }
  }
}
)schema";

// A day of the calendar in 1900-2199, as a pattern, for editors whose "format": "date" is not checked
// (yaml-language-server): each month's days, and 29 February in leap years only (every fourth year,
// 2000 too, but not 1900 or 2100). Backslash-free, so it reads the same in JSON and in C++.
constexpr std::string_view date_pattern =
    "^(((19|2[01])[0-9]{2}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|"
    "02-(0[1-9]|1[0-9]|2[0-8])))|(((19|2[01])(0[48]|[2468][048]|[13579][26])|2000)-02-29))$";
}  // namespace

// Without the newline the raw string starts with, so the document begins with its brace; the kinds of
// suggestion are the model's list, as a JSON array.
std::string_view data_schema() {
    static const std::string document = [] {
        std::string kinds = "[";
        for (const std::string_view word : suggestion_kind_words())
            kinds.append(kinds.size() > 1 ? ", \"" : "\"").append(word).append("\"");
        kinds += "]";
        std::string text{schema.substr(1)};
        const std::string_view slot = "@KINDS@";
        text.replace(text.find(slot), slot.size(), kinds);
        const std::string_view date_slot = "@DATE_PATTERN@";
        text.replace(text.find(date_slot), date_slot.size(), date_pattern);
        return text;
    }();
    return document;
}

}  // namespace repjourney
