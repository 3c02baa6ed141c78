import { describe, expect, it } from 'vitest';
import { flowJsonSchema, formDefinitionJsonSchema } from './json-schema.ts';

const TYPES = new Set(['object', 'array', 'string', 'number', 'integer', 'boolean', 'null']);

/** Structural sanity of a schema: known types, required names among properties. */
function problems(schema: unknown, at = '#'): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const node = schema as Record<string, unknown>;
  const found: string[] = [];
  if (typeof node.type === 'string' && !TYPES.has(node.type))
    found.push(`${at}: type ${node.type}`);
  if (Array.isArray(node.required) && typeof node.properties === 'object' && node.properties) {
    for (const name of node.required) {
      if (!Object.hasOwn(node.properties, String(name)))
        found.push(`${at}: required ${String(name)}`);
    }
  }
  for (const [key, value] of Object.entries(node)) found.push(...problems(value, `${at}/${key}`));

  return found;
}

describe('JSON Schema export', () => {
  it('describes a flow bundle with its nodes and edges', () => {
    const schema = flowJsonSchema();
    const flow = (schema.properties?.flow ?? {}) as {
      properties?: Record<string, { items?: { properties?: object } }>;
    };

    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties ?? {})).toEqual(['flow', 'form', 'layout']);
    expect(Object.keys(flow.properties?.nodes?.items?.properties ?? {})).toEqual([
      'id',
      'type',
      'name',
      'config',
    ]);
    expect(Object.keys(flow.properties?.edges?.items?.properties ?? {})).toContain('condition');
    expect(problems(schema)).toEqual([]);
  });

  it('describes a form with each field type', () => {
    const schema = formDefinitionJsonSchema();
    const text = JSON.stringify(schema);

    expect(schema.type).toBe('object');
    for (const type of ['text', 'money', 'date', 'select', 'table', 'computed'])
      expect(text).toContain(`"${type}"`);
    expect(problems(schema)).toEqual([]);
  });

  it('leaves fields with defaults optional, as people write documents', () => {
    const schema = flowJsonSchema();

    expect(schema.required).toEqual(['flow', 'form']);
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});
