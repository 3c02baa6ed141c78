/**
 * One submission at a time, decided synchronously: a double click lands twice before React
 * Query re-renders the button as pending, so a `disabled={mutation.isPending}` alone lets the
 * second click send the action again (success and "already decided" at once).
 */
export type SubmitGate = {
  /** A submission started here has not settled yet. */
  readonly busy: () => boolean;
  /**
   * Starts `submit` unless one started here is still running; says whether it started.
   * `onSettled` runs when it ends. A refusal is not rethrown: the mutation's own `onError` and
   * `error` report it.
   */
  readonly run: (submit: () => Promise<unknown> | undefined, onSettled?: () => void) => boolean;
};

export function submitGate(): SubmitGate {
  let running = false;

  return {
    busy: () => running,
    run: (submit, onSettled) => {
      if (running) return false;
      const started = submit();
      if (started === undefined) return false;
      running = true;
      void started
        .catch(() => undefined)
        .finally(() => {
          running = false;
          onSettled?.();
        });

      return true;
    },
  };
}
