// Compares ajv's verdict with ours on the schema layer, document by document.
//
// Usage: node ajv-verdicts.cjs SCHEMA FIXTURE_DIR SAMPLE_DIR   (ajv and ajv-formats on NODE_PATH)
//
// SAMPLE_DIR is plan-schema/target/schema-verdicts, written by SchemaVerdictSampleTest during
// `./mvnw verify`: manifest.json lists every valid-*/invalid-* fixture and a sample of generated
// documents (valid plans from PlanArbitraries, plans with structural changes, objects of the
// format's words) drawn with a fixed seed, each with our verdict.
//
// ajv is configured as our validator is: draft 2020-12 (Ajv2020), strict, every error
// (allErrors), and format assertions on for the formats the schema uses (ajv-formats, "full"
// mode, as networknt's formatAssertionsEnabled(true) asserts them).
//
// What is compared: whether the document is valid against the JSON Schema. Ours is "valid" when
// the report has no schema.* problem. Left out, as no JSON Schema validator can see them:
//   - rule.* problems (the plan rules: unique ids, references, numbering, dates, languages) and
//     model.* problems: a document may be schema-valid and still invalid for us;
//   - documents with a syntax.* or limit.* problem (malformed, duplicate keys, YAML tags or alias
//     bombs, over a limit): the manifest lists them as not compared, with the reason, and they
//     are counted below. YAML fixtures are compared as the JSON of the tree we read them into.
// Numbers need no exclusion: within the default number limit (100 digits written out in full)
// every number is a finite double of the same sign, and the schema's only numeric checks are
// "type": "number" and "minimum": 0; "uniqueItems" applies to arrays of strings only.
//
// Fails, listing every disagreement, when the verdicts differ, when a document does not parse
// here, or when a fixture is missing from the manifest.
'use strict';
const fs = require('fs');
const path = require('path');
const Ajv2020 = require('ajv/dist/2020');
const addFormats = require('ajv-formats');

const [schemaFile, fixtureDir, sampleDir] = process.argv.slice(2);
const ajv = new Ajv2020({strict: true, allErrors: true});
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));

const manifestFile = path.join(sampleDir, 'manifest.json');
if (!fs.existsSync(manifestFile)) {
  console.log(`ajv: ${manifestFile} is missing: run ./mvnw verify first (SchemaVerdictSampleTest writes it)`);
  process.exit(1);
}
const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
const failures = [];

const listed = new Set(manifest.documents.map(d => d.source));
for (const name of fs.readdirSync(fixtureDir).filter(n => /^(valid|invalid)-.*\.(json|yaml)$/.test(n)).sort()) {
  if (!listed.has(`fixture ${name}`)) failures.push(`fixture ${name} is missing from the manifest`);
}

let compared = 0, fixtures = 0, valid = 0;
const excluded = {};
for (const doc of manifest.documents) {
  if (!doc.compared) {
    const code = doc.reason.split(':')[0];
    excluded[code] = (excluded[code] || 0) + 1;
    continue;
  }
  compared++;
  if (doc.source.startsWith('fixture ')) fixtures++;
  let data;
  try {
    data = JSON.parse(fs.readFileSync(path.join(sampleDir, doc.file), 'utf8'));
  } catch (e) {
    failures.push(`${doc.file} (${doc.source}): we read it, JSON.parse does not: ${e.message}`);
    continue;
  }
  const ok = validate(data);
  if (ok) valid++;
  if (ok !== doc.schemaValid) {
    const theirs = ok ? 'valid' : (validate.errors || []).map(e => `${e.keyword} ${e.instancePath} ${e.message}`).join('; ');
    const ours = doc.schemaValid ? 'valid' : doc.problems.join('; ');
    failures.push(`${doc.file} (${doc.source}):\n    ajv:  ${theirs}\n    ours: ${ours}`);
  }
}

const left = Object.entries(excluded).map(([code, n]) => `${n} ${code}`).join(', ') || 'none';
console.log(`ajv: ${compared} documents compared (${fixtures} fixtures, ${compared - fixtures} generated with seed ${manifest.seed}), ${valid} schema-valid; not compared (syntax or limit problems): ${left}`);
if (failures.length > 0) {
  console.log(`ajv: ${failures.length} disagreements:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('ajv: every verdict on the schema layer agrees with ours');
