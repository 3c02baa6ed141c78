import { closestCenter, DndContext, DragOverlay } from '@dnd-kit/core';
import { Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import {
  addField,
  type FieldType,
  type FormDefinition,
  type ValidationIssue,
} from '@baton/schemas';
import type { RunCommand } from '../canvas/selection.ts';
import { AddFieldRow } from './AddFieldRow.tsx';
import { ExportSchemaButton } from './ExportSchemaButton.tsx';
import { newField } from './field-defaults.ts';
import { FieldEditor } from './FieldEditor.tsx';
import { FieldPalette, PaletteChip } from './FieldPalette.tsx';
import './form-builder.css';
import { FormIssues } from './FormIssues.tsx';
import { FormPreview } from './FormPreview.tsx';
import { useFormBuilderT } from './i18n.ts';
import { SortableFieldList } from './SortableFieldList.tsx';
import { useFieldDrag } from './use-field-drag.ts';

type Mode = 'build' | 'preview';

/**
 * The Form tab: build (palette, field list, the selected field's settings) or preview (the
 * form as a user fills it), and the JSON Schema export. Every change is an edit command in the
 * same history as the canvas.
 */
export function FormBuilder(props: {
  readonly flowKey: string;
  readonly form: FormDefinition;
  /** The checker's issues of the whole bundle; those about fields are listed here. */
  readonly issues: readonly ValidationIssue[];
  readonly run: RunCommand;
}) {
  const { flowKey, form } = props;
  const t = useFormBuilderT();
  const [mode, setMode] = useState<Mode>('build');

  return (
    <div className="baton-form-builder-page">
      <Space className="baton-form-builder__bar" wrap>
        <Radio.Group
          aria-label={t('mode.label')}
          optionType="button"
          value={mode}
          onChange={(event) => setMode(event.target.value === 'preview' ? 'preview' : 'build')}
          options={[
            { value: 'build', label: t('mode.build') },
            { value: 'preview', label: t('mode.preview') },
          ]}
        />
        <ExportSchemaButton flowKey={flowKey} form={form} />
      </Space>
      {mode === 'preview' ? <FormPreview form={form} /> : <Workspace {...props} />}
    </div>
  );
}

function Workspace(props: {
  readonly form: FormDefinition;
  readonly issues: readonly ValidationIssue[];
  readonly run: RunCommand;
}) {
  const { form, run } = props;
  const t = useFormBuilderT();
  const [selectedKey, setSelectedKey] = useState<string>();
  const selected = form.fields.find((field) => field.key === selectedKey);
  const add = (type: FieldType, index?: number) => {
    const field = newField(type, new Set(form.fields.map((item) => item.key)));
    if (run(addField({ field, ...(index === undefined ? {} : { index }) })))
      setSelectedKey(field.key);
  };
  const drag = useFieldDrag({ form, run, add });

  return (
    <DndContext
      sensors={drag.sensors}
      collisionDetection={closestCenter}
      accessibility={drag.accessibility}
      onDragStart={drag.onDragStart}
      onDragOver={drag.onDragOver}
      onDragEnd={drag.onDragEnd}
      onDragCancel={drag.onDragCancel}
    >
      <div className="baton-form-builder">
        <FieldPalette onAdd={add} />
        <section className="baton-form-builder__list" aria-labelledby="baton-form-fields-title">
          <Typography.Title level={5} id="baton-form-fields-title">
            {t('list.title')}
          </Typography.Title>
          <SortableFieldList
            fields={form.fields}
            selectedKey={selectedKey}
            onSelect={setSelectedKey}
            run={run}
            paletteDrag={drag.dragged !== undefined}
            paletteTarget={drag.target}
          />
          <AddFieldRow onAdd={add} />
          <FormIssues form={form} issues={props.issues} onSelect={setSelectedKey} />
        </section>
        <section className="baton-form-builder__editor" aria-labelledby="baton-field-editor-title">
          <Typography.Title level={5} id="baton-field-editor-title">
            {t('editor.title')}
          </Typography.Title>
          {selected ? (
            <FieldEditor
              key={selected.key}
              form={form}
              field={selected}
              run={run}
              onKeyChange={setSelectedKey}
            />
          ) : (
            <Typography.Paragraph type="secondary">{t('editor.noSelection')}</Typography.Paragraph>
          )}
        </section>
      </div>
      <DragOverlay dropAnimation={null}>
        {drag.dragged ? <PaletteChip type={drag.dragged} /> : null}
      </DragOverlay>
    </DndContext>
  );
}
