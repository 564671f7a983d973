// openapi_replies.mjs: check the API's replies against the response
// schemas of its own OpenAPI document (run by tests/http/t_openapi.sh).
//
//   node openapi_replies.mjs OPENAPI.json DIR
//
// DIR/list has lines "N<TAB>STATUS<TAB>PATTERN<TAB>PATH"; DIR/N.json is
// the reply.  For each, the operation GET PATTERN (":x" is "{x}") must
// document STATUS (or "default") with an application/json schema, and
// the reply must match it (JSON Schema 2020-12, as OpenAPI 3.1 says).
// Prints FAIL lines and "checks: P passed, F failed".
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [specFile, dir] = process.argv.slice(2);
const spec = JSON.parse(readFileSync(specFile, "utf8"));
const ajv = new Ajv2020({ strict: false, allErrors: false,
                          validateFormats: true });
addFormats(ajv);
ajv.addSchema(spec, "openapi.json");

let pass = 0, fail = 0;
const prefix = ((spec.servers && spec.servers[0] && spec.servers[0].url) || "")
  .replace(/^https?:\/\/[^/]*/, "");
const norm = (p) => p.replace(/\{[^}]*\}/g, "{}");
const ops = {};
for (const [p, item] of Object.entries(spec.paths || {})) {
  ops[norm(prefix + p)] = { key: p, item };
}
const esc = (s) => s.replace(/~/g, "~0").replace(/\//g, "~1");

for (const line of readFileSync(`${dir}/list`, "utf8").split("\n")) {
  if (!line) continue;
  const [n, status, pattern, path] = line.split("\t");
  const want = norm(pattern.replace(/:[a-z_]+/g, "{x}"));
  const op = ops[want];
  if (!op || !op.item.get) {
    fail++; console.log(`FAIL: GET ${pattern}: not in the document`); continue;
  }
  const responses = op.item.get.responses || {};
  const code = responses[status] ? status : responses.default ? "default" : null;
  if (!code) {
    fail++;
    console.log(`FAIL: GET ${path} answered ${status}, which the document does not list (${Object.keys(responses).join(", ")})`);
    continue;
  }
  let resp = responses[code];
  if (resp.$ref) {
    const parts = resp.$ref.replace(/^#\//, "").split("/");
    resp = parts.reduce((o, k) => o[k.replace(/~1/g, "/").replace(/~0/g, "~")], spec);
  }
  const media = resp.content && resp.content["application/json"];
  if (!media || !media.schema) {
    fail++; console.log(`FAIL: GET ${pattern} ${code}: no application/json schema`); continue;
  }
  const ref = `openapi.json#/paths/${esc(op.key)}/get/responses/${esc(code)}` +
    (responses[code].$ref ? "" : "/content/application~1json/schema");
  let validate;
  try {
    validate = responses[code].$ref
      ? ajv.compile(media.schema.$ref ? { $ref: "openapi.json" + media.schema.$ref } : media.schema)
      : ajv.compile({ $ref: ref });
  } catch (e) {
    fail++; console.log(`FAIL: GET ${pattern} ${code}: schema does not compile: ${e.message}`); continue;
  }
  let body;
  try {
    body = JSON.parse(readFileSync(`${dir}/${n}.json`, "utf8"));
  } catch (e) {
    fail++; console.log(`FAIL: GET ${path}: the reply is not JSON`); continue;
  }
  if (validate(body)) {
    pass++;
  } else {
    fail++;
    console.log(`FAIL: GET ${path} (${status}) does not match its schema: ` +
      JSON.stringify(validate.errors.slice(0, 3)));
  }
}
console.log(`checks: ${pass} passed, ${fail} failed`);
