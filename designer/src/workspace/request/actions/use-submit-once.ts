import { useCallback, useState } from 'react';
import { submitGate } from './submit-gate.ts';

/**
 * A submit button's guard (see `submitGate`): `run(() => mutation.mutateAsync(input))` sends
 * once however often it is clicked, and `busy` is true from the click (not a render later)
 * until the answer, for `disabled` / `loading`. `submit` may return `undefined` when it found
 * nothing to send (a missing field).
 */
export function useSubmitOnce() {
  const [gate] = useState(submitGate);
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    (submit: () => Promise<unknown> | undefined) => {
      if (gate.run(submit, () => setBusy(false))) setBusy(true);
    },
    [gate],
  );

  return { busy, run };
}
