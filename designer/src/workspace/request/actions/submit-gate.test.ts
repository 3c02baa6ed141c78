import { describe, expect, it } from 'vitest';
import { submitGate } from './submit-gate.ts';

/** A submission that settles when told to. */
function deferred() {
  let settle: (ok: boolean) => void = () => {};
  const promise = new Promise<void>((resolve, reject) => {
    settle = (ok) => (ok ? resolve() : reject(new Error('refused')));
  });

  return { promise, settle };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('submitGate', () => {
  it('given a submission running, when clicked again at once, then nothing more is sent', () => {
    const gate = submitGate();
    const pending = deferred();
    let sent = 0;
    const submit = () => {
      sent += 1;

      return pending.promise;
    };

    expect(gate.run(submit)).toBe(true);
    expect(gate.run(submit)).toBe(false);
    expect(sent).toBe(1);
    expect(gate.busy()).toBe(true);
  });

  it('given a refusal, when it settles, then the gate opens again and says so', async () => {
    const gate = submitGate();
    const pending = deferred();
    let settled = 0;
    gate.run(
      () => pending.promise,
      () => (settled += 1),
    );
    pending.settle(false);
    await tick();

    expect(settled).toBe(1);
    expect(gate.busy()).toBe(false);
    expect(gate.run(() => Promise.resolve())).toBe(true);
  });

  it('given nothing to send (a missing field), when run, then the gate stays open', () => {
    const gate = submitGate();

    expect(gate.run(() => undefined)).toBe(false);
    expect(gate.busy()).toBe(false);
  });
});
