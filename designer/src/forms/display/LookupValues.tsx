import { Link } from 'react-router-dom';
import type { MasterDataKind } from '@baton/schemas';
import { NONE } from '../field-display.ts';
import { useMasterDataLabel } from '../lookups/use-master-data.ts';
import { useReferenceLabel } from '../lookups/use-referable.ts';

/** A chosen master-data entry, by code and name. */
export function RemoteValue({
  kind,
  code,
}: {
  readonly kind: MasterDataKind;
  readonly code: unknown;
}) {
  const chosen = typeof code === 'string' && code !== '' ? code : null;
  const label = useMasterDataLabel(kind, chosen);

  return <span>{label ?? NONE}</span>;
}

/** A referenced request as a link to its page, named by its title when the viewer may read it. */
export function ReferenceValue({ id }: { readonly id: unknown }) {
  const chosen = typeof id === 'string' && id !== '' ? id : null;
  const label = useReferenceLabel(chosen);
  if (chosen === null) return <span>{NONE}</span>;

  return <Link to={`/requests/${encodeURIComponent(chosen)}`}>{label ?? chosen}</Link>;
}
