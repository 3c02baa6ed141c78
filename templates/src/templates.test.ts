import { FlowBundle, getNodeKind, resolveText } from '@baton/schemas';
import { describe, expect, it } from 'vitest';
import { getTemplate, templates } from './catalogue.ts';
import { LANE_SPACING, ROW_SPACING } from './parts/flow-parts.ts';

describe.each(templates.map((template) => [template.key, template] as const))(
  'template %s',
  (key, template) => {
    const { flow, form, layout } = template.bundle;

    it('parses as a FlowBundle and is already in normalized form', () => {
      expect(FlowBundle.parse(template.bundle)).toEqual(template.bundle);
    });

    it('uses its key and name as the flow key and name, in both languages', () => {
      expect(flow.key).toBe(key);
      expect(flow.name).toEqual(template.name);
      expect(resolveText(template.name, 'zh-CN')).not.toBe(resolveText(template.name, 'en'));
      expect(getTemplate(key)).toBe(template);
    });

    it('uses only known node kinds, one start and an end', () => {
      for (const node of flow.nodes) expect(getNodeKind(node.type), node.id).toBeDefined();
      expect(flow.nodes.filter((node) => node.type === 'start')).toHaveLength(1);
      expect(flow.nodes.some((node) => node.type === 'end')).toBe(true);
    });

    it('writes every node config out in full and keeps to the ports of its kind', () => {
      for (const node of flow.nodes) {
        const kind = getNodeKind(node.type);
        expect(kind?.config.parse(node.config), node.id).toEqual(node.config);
        const inputs = flow.edges.filter((edge) => edge.target === node.id).length;
        const outputs = flow.edges.filter((edge) => edge.source === node.id).length;
        expect(inputs, node.id).toBeGreaterThanOrEqual(kind?.inputs.min ?? 0);
        expect(inputs, node.id).toBeLessThanOrEqual(kind?.inputs.max ?? 0);
        expect(outputs, node.id).toBeGreaterThanOrEqual(kind?.outputs.min ?? 0);
        expect(outputs, node.id).toBeLessThanOrEqual(kind?.outputs.max ?? 0);
      }
    });

    it('connects only existing nodes with unique ids', () => {
      const nodeIds = new Set(flow.nodes.map((node) => node.id));
      expect(nodeIds.size).toBe(flow.nodes.length);
      expect(new Set(flow.edges.map((edge) => edge.id)).size).toBe(flow.edges.length);
      for (const edge of flow.edges) {
        expect(nodeIds.has(edge.source), edge.id).toBe(true);
        expect(nodeIds.has(edge.target), edge.id).toBe(true);
      }
    });

    it('places every node top to bottom on the layout grid', () => {
      expect(Object.keys(layout.positions).sort()).toEqual(flow.nodes.map((n) => n.id).sort());
      for (const edge of flow.edges) {
        const from = layout.positions[edge.source];
        const to = layout.positions[edge.target];
        expect(to?.y ?? 0, edge.id).toBeGreaterThan(from?.y ?? 0);
      }
      const startX = layout.positions['start']?.x ?? 0;
      for (const { x, y } of Object.values(layout.positions)) {
        expect(y % ROW_SPACING).toBe(0);
        expect(Math.abs(((x - startX) * 2) % LANE_SPACING)).toBe(0);
      }
    });

    it('has unique field keys with labels in both languages', () => {
      const keys = form.fields.map((field) => field.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const field of form.fields) expect(typeof field.label, field.key).toBe('object');
    });
  },
);

describe('expense template', () => {
  const bundle = getTemplate('expense')?.bundle;

  it('sends claims of 5000 or more to finance and the rest straight to the end', () => {
    const fromBranch = bundle?.flow.edges.filter((edge) => edge.source === 'threshold');
    expect(
      fromBranch?.map(({ id, target, condition, priority, isDefault }) => ({
        id,
        target,
        condition,
        priority,
        isDefault,
      })),
    ).toEqual([
      {
        id: 'e-threshold-finance',
        target: 'finance',
        condition: 'amount >= 5000',
        priority: 1,
        isDefault: undefined,
      },
      {
        id: 'e-threshold-end',
        target: 'end',
        condition: undefined,
        priority: undefined,
        isDefault: true,
      },
    ]);
  });

  it('asks the department head first and the finance role above the threshold', () => {
    const config = (id: string) => bundle?.flow.nodes.find((node) => node.id === id)?.config;
    expect(config('manager')).toMatchObject({
      approvers: [{ kind: 'departmentHead' }],
      mode: 'any',
    });
    expect(config('finance')).toMatchObject({ approvers: [{ kind: 'role', role: 'finance' }] });
  });

  it('has the form the brief fixes', () => {
    const fields = bundle?.form.fields.map((field) => [
      field.key,
      field.type,
      'required' in field && field.required,
    ]);
    expect(fields).toEqual([
      ['description', 'textarea', true],
      ['amount', 'money', true],
      ['date', 'date', false],
      ['costCentre', 'select', false],
      ['items', 'table', false],
      ['itemsTotal', 'computed', false],
    ]);
    expect(bundle?.form.fields.at(-1)).toMatchObject({
      formula: 'sum(items.amount)',
      valueType: 'money',
    });
  });
});

describe('procurement template', () => {
  it('reviews finance and legal in parallel between the warehouse check and the executive', () => {
    const edges = getTemplate('procurement')?.bundle.flow.edges.map((edge) => edge.id);
    expect(edges).toEqual([
      'e-start-purchasing',
      'e-purchasing-warehouse',
      'e-warehouse-split',
      'e-split-finance',
      'e-finance-join',
      'e-split-legal',
      'e-legal-join',
      'e-join-executive',
      'e-executive-end',
    ]);
  });
});

describe('budget template', () => {
  it('copies finance after the executive approval', () => {
    const cc = getTemplate('budget')?.bundle.flow.nodes.find((node) => node.type === 'cc');
    expect(cc?.config).toEqual({ recipients: [{ kind: 'role', role: 'finance' }] });
  });
});

describe('shared template data', () => {
  it('is frozen down to node configs and form columns, so callers copy before changing it', () => {
    const bundle = getTemplate('expense')?.bundle;
    expect(Object.isFrozen(templates)).toBe(true);
    expect(Object.isFrozen(bundle?.flow.nodes[1]?.config)).toBe(true);
    expect(Object.isFrozen(bundle?.form.fields.find((field) => field.type === 'table'))).toBe(true);
    expect(Object.isFrozen(structuredClone(bundle))).toBe(false);
  });
});

describe('getTemplate', () => {
  it('returns undefined for an unknown key', () => {
    expect(getTemplate('travel')).toBeUndefined();
  });
});
