/**
 * A small, strict JSON Schema (draft 2020-12) validator for the bundled datasets' schemas.
 *
 * It implements exactly the subset data/schema/*.schema.json use: type, required, properties,
 * additionalProperties (false or a schema), items, enum, pattern, format "date" (YYYY-MM-DD, a
 * real calendar day), minimum / exclusiveMinimum / maximum / exclusiveMaximum, minItems,
 * minLength, oneOf, anyOf and $ref to "#/$defs/..." (or any local JSON pointer). Annotations
 * ($schema, $id, $comment, $defs, title, description) are accepted and ignored.
 *
 * Strict: a schema keyword outside that subset, or an unknown format, throws, so a schema can
 * never pass data because the checker silently skipped a rule. The project takes no
 * dependency on a JSON Schema library (no ajv).
 */

export type JsonSchema = boolean | { [keyword: string]: unknown };

/** One violation: where in the data (a JSON pointer) and what rule failed. */
export interface SchemaViolation {
  path: string;
  message: string;
}

const annotationKeywords = new Set(['$schema', '$id', '$comment', '$defs', 'title', 'description']);
const assertionKeywords = new Set([
  'type',
  'required',
  'properties',
  'additionalProperties',
  'items',
  'enum',
  'pattern',
  'format',
  'minimum',
  'exclusiveMinimum',
  'maximum',
  'exclusiveMaximum',
  'minItems',
  'minLength',
  'oneOf',
  'anyOf',
  '$ref',
]);
const jsonTypes = new Set(['object', 'array', 'string', 'number', 'integer', 'boolean', 'null']);

/** Validates `data` against `schema`; returns every violation found (empty when valid). */
export function validateJson(schema: JsonSchema, data: unknown): SchemaViolation[] {
  const violations: SchemaViolation[] = [];
  check(schema, data, '', schema, violations);
  return violations;
}

/** Throws when `schema` uses a keyword or format this checker does not implement. */
export function assertSupportedSchema(schema: JsonSchema, path = '#'): void {
  if (typeof schema === 'boolean') return;
  if (!isPlainObject(schema)) throw new Error(`${path}: a schema must be an object or a boolean`);
  for (const keyword of Object.keys(schema)) {
    if (!annotationKeywords.has(keyword) && !assertionKeywords.has(keyword)) {
      throw new Error(`${path}: unsupported schema keyword "${keyword}"`);
    }
  }
  const sub = (value: unknown, where: string): void => assertSupportedSchema(value as JsonSchema, where);
  for (const key of ['properties', '$defs']) {
    const group = schema[key];
    if (group === undefined) continue;
    if (!isPlainObject(group)) throw new Error(`${path}/${key}: must be an object`);
    for (const name of Object.keys(group)) sub(group[name], `${path}/${key}/${name}`);
  }
  for (const key of ['additionalProperties', 'items']) {
    if (schema[key] !== undefined) sub(schema[key], `${path}/${key}`);
  }
  for (const key of ['oneOf', 'anyOf']) {
    const list = schema[key];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.length === 0) throw new Error(`${path}/${key}: must be a non-empty array`);
    list.forEach((item, i) => sub(item, `${path}/${key}/${i}`));
  }
  if (schema.format !== undefined && schema.format !== 'date') {
    throw new Error(`${path}: unsupported format "${String(schema.format)}"`);
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    for (const t of types) {
      if (typeof t !== 'string' || !jsonTypes.has(t)) throw new Error(`${path}: unknown type "${String(t)}"`);
    }
  }
  if (schema.$ref !== undefined && (typeof schema.$ref !== 'string' || !schema.$ref.startsWith('#'))) {
    throw new Error(`${path}: only local $ref ("#/...") is supported`);
  }
}

/** True for a real calendar date written YYYY-MM-DD (RFC 3339 full-date). */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= daysInMonth;
}

function check(schema: JsonSchema, data: unknown, path: string, root: JsonSchema, out: SchemaViolation[]): void {
  if (schema === true) return;
  if (schema === false) {
    out.push({ path: pathText(path), message: 'no value is allowed here' });
    return;
  }
  for (const keyword of Object.keys(schema)) {
    if (!annotationKeywords.has(keyword) && !assertionKeywords.has(keyword)) {
      throw new Error(`unsupported schema keyword "${keyword}" (at data ${pathText(path)})`);
    }
  }
  const fail = (message: string): void => {
    out.push({ path: pathText(path), message });
  };

  if (schema.$ref !== undefined) check(resolveRef(root, String(schema.$ref)), data, path, root, out);

  if (schema.type !== undefined) {
    const types = (Array.isArray(schema.type) ? schema.type : [schema.type]) as string[];
    if (!types.some((t) => hasType(data, t))) {
      fail(`must be of type ${types.join(' or ')} (got ${typeName(data)})`);
      return; // the remaining keywords would only repeat the same mistake
    }
  }

  if (schema.enum !== undefined) {
    const allowed = schema.enum as unknown[];
    if (!allowed.some((v) => deepEqual(v, data))) {
      fail(`must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')} (got ${JSON.stringify(data)})`);
    }
  }

  if (typeof data === 'string') {
    if (schema.minLength !== undefined && [...data].length < Number(schema.minLength)) {
      fail(`must have at least ${String(schema.minLength)} characters`);
    }
    if (schema.pattern !== undefined && !new RegExp(String(schema.pattern), 'u').test(data)) {
      fail(`must match the pattern ${String(schema.pattern)} (got ${JSON.stringify(data)})`);
    }
    if (schema.format === 'date' && !isIsoDate(data)) {
      fail(`must be a date YYYY-MM-DD (got ${JSON.stringify(data)})`);
    }
  }

  if (typeof data === 'number') {
    if (schema.minimum !== undefined && !(data >= Number(schema.minimum))) fail(`must be >= ${String(schema.minimum)} (got ${data})`);
    if (schema.exclusiveMinimum !== undefined && !(data > Number(schema.exclusiveMinimum))) {
      fail(`must be > ${String(schema.exclusiveMinimum)} (got ${data})`);
    }
    if (schema.maximum !== undefined && !(data <= Number(schema.maximum))) fail(`must be <= ${String(schema.maximum)} (got ${data})`);
    if (schema.exclusiveMaximum !== undefined && !(data < Number(schema.exclusiveMaximum))) {
      fail(`must be < ${String(schema.exclusiveMaximum)} (got ${data})`);
    }
  }

  if (Array.isArray(data)) {
    if (schema.minItems !== undefined && data.length < Number(schema.minItems)) {
      fail(`must have at least ${String(schema.minItems)} items (got ${data.length})`);
    }
    if (schema.items !== undefined) {
      data.forEach((item, i) => check(schema.items as JsonSchema, item, `${path}/${i}`, root, out));
    }
  }

  if (isPlainObject(data)) {
    const properties = (schema.properties ?? {}) as { [name: string]: JsonSchema };
    if (schema.required !== undefined) {
      for (const name of schema.required as string[]) {
        if (!hasOwn(data, name)) fail(`is missing the required property "${name}"`);
      }
    }
    for (const name of Object.keys(data)) {
      if (hasOwn(properties, name)) {
        check(properties[name], data[name], `${path}/${escapePointer(name)}`, root, out);
      } else if (schema.additionalProperties === false) {
        fail(`has an unknown property "${name}"`);
      } else if (schema.additionalProperties !== undefined) {
        check(schema.additionalProperties as JsonSchema, data[name], `${path}/${escapePointer(name)}`, root, out);
      }
    }
  }

  if (schema.anyOf !== undefined) {
    const branches = (schema.anyOf as JsonSchema[]).map((s) => validateBranch(s, data, path, root));
    if (!branches.some((b) => b.length === 0)) {
      fail(`must match at least one of ${branches.length} alternatives (anyOf): ${summarise(branches)}`);
    }
  }

  if (schema.oneOf !== undefined) {
    const branches = (schema.oneOf as JsonSchema[]).map((s) => validateBranch(s, data, path, root));
    const matched = branches.filter((b) => b.length === 0).length;
    if (matched !== 1) {
      fail(
        matched === 0
          ? `must match exactly one of ${branches.length} alternatives (oneOf), matched none: ${summarise(branches)}`
          : `must match exactly one of ${branches.length} alternatives (oneOf), matched ${matched}`,
      );
    }
  }
}

function validateBranch(schema: JsonSchema, data: unknown, path: string, root: JsonSchema): SchemaViolation[] {
  const out: SchemaViolation[] = [];
  check(schema, data, path, root, out);
  return out;
}

function summarise(branches: SchemaViolation[][]): string {
  return branches
    .map((b, i) => `[${i}] ${b.map((v) => `${v.path} ${v.message}`).join('; ')}`)
    .join(' | ');
}

function resolveRef(root: JsonSchema, ref: string): JsonSchema {
  if (!ref.startsWith('#')) throw new Error(`only local $ref is supported (got "${ref}")`);
  const pointer = ref.slice(1);
  if (pointer === '') return root;
  if (!pointer.startsWith('/')) throw new Error(`bad $ref "${ref}"`);
  let node: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isPlainObject(node) || !hasOwn(node, key)) throw new Error(`$ref "${ref}" does not resolve`);
    node = node[key];
  }
  if (typeof node !== 'boolean' && !isPlainObject(node)) throw new Error(`$ref "${ref}" is not a schema`);
  return node as JsonSchema;
}

function hasType(data: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return isPlainObject(data);
    case 'array':
      return Array.isArray(data);
    case 'string':
      return typeof data === 'string';
    case 'number':
      return typeof data === 'number' && Number.isFinite(data);
    case 'integer':
      return typeof data === 'number' && Number.isInteger(data);
    case 'boolean':
      return typeof data === 'boolean';
    case 'null':
      return data === null;
    default:
      throw new Error(`unknown type "${type}"`);
  }
}

function typeName(data: unknown): string {
  if (data === null) return 'null';
  if (Array.isArray(data)) return 'array';
  if (typeof data === 'number' && Number.isInteger(data)) return 'integer';
  return typeof data;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

function isPlainObject(value: unknown): value is { [key: string]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasOwn(obj: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function pathText(path: string): string {
  return path === '' ? '(root)' : path;
}
