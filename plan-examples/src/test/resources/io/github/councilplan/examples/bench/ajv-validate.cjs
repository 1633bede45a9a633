// What a data team would run instead of `plan validate`: ajv (Ajv2020, strict, every error,
// ajv-formats) with the published plan schema, over one or more files.
//
// Usage: node ajv-validate.cjs SCHEMA FILE...   (ajv and ajv-formats on NODE_PATH)
// Prints "FILE: valid" or "FILE: N errors" per file; exits 0 when every file is valid, else 1.
'use strict';
const fs = require('fs');
const Ajv2020 = require('ajv/dist/2020');
const addFormats = require('ajv-formats');

const [schemaFile, ...files] = process.argv.slice(2);
const ajv = new Ajv2020({strict: true, allErrors: true});
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
let status = 0;
const lines = [];
for (const file of files) {
  const valid = validate(JSON.parse(fs.readFileSync(file, 'utf8')));
  lines.push(valid ? `${file}: valid` : `${file}: ${validate.errors.length} errors`);
  if (!valid) status = 1;
}
process.stdout.write(lines.join('\n') + '\n');
process.exit(status);
