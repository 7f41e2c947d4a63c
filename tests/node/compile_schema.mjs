// Compiles repjourney's JSON Schema with ajv in strict mode (an error there throws), then validates each
// document given, printing {"name": [error, ...]} as JSON for tests/e2e/node_readers.py.
// Usage: node compile_schema.mjs SCHEMA.json DOCUMENTS.json   (DOCUMENTS: {"name": document, ...})
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const schema = JSON.parse(readFileSync(process.argv[2], "utf8"));
const documents = JSON.parse(readFileSync(process.argv[3], "utf8"));
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);  // the formats the schema uses (date, email), as editors check them
const validate = ajv.compile(schema);
const results = {};
for (const [name, document] of Object.entries(documents)) {
  results[name] = validate(document) ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message}`);
}
console.log(JSON.stringify(results));
