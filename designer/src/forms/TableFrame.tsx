import { Typography } from 'antd';
import type { ReactNode } from 'react';

/**
 * A line-item table's label, help and issues, laid out like antd's vertical Form.Item but
 * without its context providers (see `FieldItem`). The table names itself for assistive
 * technology (`role="group"` with the field's label); this label is what sighted users read.
 */
export function TableFrame(props: {
  readonly label: string;
  readonly required: boolean;
  readonly help: ReactNode;
  readonly extra: ReactNode;
  readonly children: ReactNode;
}) {
  return (
    <div className="baton-table-field">
      <div className="baton-table-field__label" aria-hidden="true">
        {props.required && <span className="baton-required-mark">*</span>}
        {props.label}
      </div>
      {props.children}
      {props.help && (
        <Typography.Text type="danger" className="baton-table-field__help">
          {props.help}
        </Typography.Text>
      )}
      {props.extra && (
        <Typography.Text type="secondary" className="baton-table-field__help">
          {props.extra}
        </Typography.Text>
      )}
    </div>
  );
}
