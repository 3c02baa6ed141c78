import type { ReactNode } from 'react';

/** The secondary text of an option (`UserOption.detail`), when it has one. */
function detailOf(data: unknown): string | undefined {
  const detail =
    typeof data === 'object' && data !== null ? Reflect.get(data, 'detail') : undefined;

  return typeof detail === 'string' && detail !== '' ? detail : undefined;
}

/**
 * How a person reads in a picker's list: the name, then the username and department in
 * smaller type (for `optionRender`; the chosen value shows the name only).
 */
export function renderUserOption(option: {
  readonly label?: ReactNode;
  readonly data: unknown;
}): ReactNode {
  const detail = detailOf(option.data);

  return (
    <span className="baton-user-option">
      <span>{option.label}</span>
      {detail ? <span className="baton-user-option__detail">{detail}</span> : null}
    </span>
  );
}
