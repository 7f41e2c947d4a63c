// Compiles repjourney's JSON Schema with ajv in strict mode (an error there throws), then validates each
// document given twice: with ajv-formats checking the schema's formats, and with every format taken on trust,
// as yaml-language-server (which checks no date format) reads it. Prints {"name": {"formats": [error, ...],
// "no_formats": [...]}} as JSON for tests/e2e/node_readers.py.
// Usage: node compile_schema.mjs SCHEMA.json DOCUMENTS.json   (DOCUMENTS: {"name": document, ...})
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const schema = JSON.parse(readFileSync(process.argv[2], "utf8"));
const documents = JSON.parse(readFileSync(process.argv[3], "utf8"));
const withFormats = new Ajv2020({ strict: true, allErrors: true });
addFormats(withFormats);
const validators = {
  formats: withFormats.compile(schema),
  no_formats: new Ajv2020({ strict: true, allErrors: true, formats: { date: true } }).compile(schema),
};
const results = {};
for (const [name, document] of Object.entries(documents)) {
  results[name] = {};
  for (const [how, validate] of Object.entries(validators)) {
    results[name][how] = validate(document) ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message}`);
  }
}
console.log(JSON.stringify(results));
