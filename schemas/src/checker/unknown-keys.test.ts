import { describe, expect, it } from 'vitest';
import { checkFlow } from './check-flow.ts';
import { expenseFlow, summarize } from './test-flows.ts';

const check = (input: unknown, locale: 'en' | 'zh-CN' = 'en') =>
  summarize(checkFlow(input, { locale }));

/** Adds `key: value` to `target`, a key its type does not have. */
function typo(target: object, key: string, value: unknown): void {
  Reflect.set(target, key, value);
}

/** The expense bundle with one misspelled key at every level of the document. */
function bundleWithTypos(): unknown {
  const bundle = structuredClone(expenseFlow());
  const { flow, form } = bundle;
  typo(bundle, 'comment', 'top level');
  typo(flow, 'descripton', 'flow');
  typo(flow.nodes[1]!, 'nmae', 'node');
  flow.nodes[1]!.name = { 'zh-CN': '经理', en: 'Manager', fr: 'Gérant' } as never;
  typo(flow.edges[2]!, 'conditon', 'amount > 1');
  typo(form, 'version', 2);
  const [description, , , , costCentre, items] = form.fields;
  typo(description!, 'requred', true);
  typo(description!, 'validation', { maxLenght: 200 });
  if (costCentre?.type === 'select') typo(costCentre.options[0]!, 'lable', 'Sales');
  if (items?.type === 'table') typo(items.columns[0]!, 'widht', 3);
  bundle.layout = { positions: { start: { x: 0, y: 0, z: 1 } }, zoom: 2 } as never;

  return bundle;
}

describe('checkFlow unknown keys outside node config', () => {
  it('reports each misspelled key with its path and name instead of dropping it', () => {
    // given a bundle with a typo on the bundle, flow, node, I18nText, edge, form, field,
    // field validation, select option, table column, layout position and layout
    const input = bundleWithTypos();

    // when it is checked
    const issues = check(input);

    // then every unknown key is an error naming the key, on the node or edge it belongs to
    expect(issues).toMatchInlineSnapshot(`
      [
        "document.unknown-key @manager flow.nodes.1.name.fr: flow.nodes[1].name.fr: unknown key "fr": remove it or correct its spelling",
        "document.unknown-key @manager flow.nodes.1.nmae: flow.nodes[1].nmae: unknown key "nmae": remove it or correct its spelling",
        "document.unknown-key @branch-finance flow.edges.2.conditon: flow.edges[2].conditon: unknown key "conditon": remove it or correct its spelling",
        "document.unknown-key flow.descripton: flow.descripton: unknown key "descripton": remove it or correct its spelling",
        "document.unknown-key form.fields.0.validation.maxLenght: form.fields[0].validation.maxLenght: unknown key "maxLenght": remove it or correct its spelling",
        "document.unknown-key form.fields.0.requred: form.fields[0].requred: unknown key "requred": remove it or correct its spelling",
        "document.unknown-key form.fields.4.options.0.lable: form.fields[4].options[0].lable: unknown key "lable": remove it or correct its spelling",
        "document.unknown-key form.fields.5.columns.0.widht: form.fields[5].columns[0].widht: unknown key "widht": remove it or correct its spelling",
        "document.unknown-key form.version: form.version: unknown key "version": remove it or correct its spelling",
        "document.unknown-key layout.positions.start.z: layout.positions.start.z: unknown key "z": remove it or correct its spelling",
        "document.unknown-key layout.zoom: layout.zoom: unknown key "zoom": remove it or correct its spelling",
        "document.unknown-key comment: comment: unknown key "comment": remove it or correct its spelling",
      ]
    `);
  });

  it('names the key in Chinese too', () => {
    const input = { ...expenseFlow(), comment: 'x' };

    expect(check(input, 'zh-CN')).toMatchInlineSnapshot(`
      [
        "document.unknown-key comment: comment：未知的键“comment”：请删除或更正拼写",
      ]
    `);
  });

  it('gives no issue for the well-formed bundle', () => {
    expect(check(expenseFlow())).toEqual([]);
  });
});

describe('checkFlow layout positions', () => {
  it('warns about a position for a node id the flow does not have', () => {
    // given a layout with a position for a node that was renamed
    const input = expenseFlow();
    input.layout.positions = { start: { x: 0, y: 0 }, manger: { x: 10, y: 20 } } as never;

    // when it is checked, then one warning points at that position
    expect(check(input)).toMatchInlineSnapshot(`
      [
        "layout.unknown-node (warning) layout.positions.manger: The canvas has a position for "manger", which is not a step of the flow: it is ignored",
      ]
    `);
  });
});
