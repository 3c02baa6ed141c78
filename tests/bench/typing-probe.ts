import type { Locator, Page } from 'playwright-core';

/** One keystroke as the page lived it, in milliseconds from the key going down. */
export type KeystrokeTiming = {
  /** Until the page's input handlers (React's render and commit among them) were done. */
  readonly script: number;
  /** Until the frame after the input was laid out and painted: what the user waits for. */
  readonly frame: number;
};

// The few page shapes the in-page functions use (the test project compiles without the DOM lib).
type PageEvent = { readonly timeStamp: number };
type PageWindow = {
  addEventListener(type: string, listener: (event: PageEvent) => void, capture?: boolean): void;
  requestAnimationFrame(callback: () => void): number;
  __batonTyping?: KeystrokeTiming[];
};
type PagePort = { onmessage: (() => void) | null; postMessage(message: null): void };
type PageChannel = new () => { port1: PagePort; port2: PagePort };

/**
 * Runs in the page: from each keydown (its event time, so time spent waiting for a busy page
 * counts), notes when the input event's handlers are done, and when the next frame has been
 * rendered: a message posted from `requestAnimationFrame` is delivered only after that frame's
 * style, layout and paint. The window's bubbling `input` listener runs after React's, which
 * listens on the app's root element.
 */
function installProbe(): void {
  const view = globalThis as unknown as PageWindow;
  const Channel = (globalThis as unknown as { MessageChannel: PageChannel }).MessageChannel;
  const timings: KeystrokeTiming[] = [];
  let down = 0;
  view.__batonTyping = timings;
  view.addEventListener('keydown', (event) => (down = event.timeStamp), true);
  view.addEventListener('input', () => {
    const started = down;
    const script = performance.now() - started;
    view.requestAnimationFrame(() => {
      const channel = new Channel();
      channel.port1.onmessage = () => timings.push({ script, frame: performance.now() - started });
      channel.port2.postMessage(null);
    });
  });
}

/** Runs in the page: resolves once `count` keystrokes have been timed (fails after 10 s). */
async function timedCount(count: number): Promise<void> {
  const view = globalThis as unknown as PageWindow;
  const deadline = performance.now() + 10_000;
  while ((view.__batonTyping?.length ?? 0) < count) {
    if (performance.now() > deadline) throw new Error(`keystroke ${count} made no input event`);
    await new Promise<void>((resolve) => view.requestAnimationFrame(() => resolve()));
  }
}

/**
 * Types `keys` into `input` one at a time, each after the page has rendered the previous one,
 * and returns how long each took in the page (see `KeystrokeTiming`).
 */
export async function timeTyping(
  page: Page,
  input: Locator,
  keys: readonly string[],
): Promise<KeystrokeTiming[]> {
  await input.click();
  await input.press('End');
  await page.evaluate(installProbe);
  for (const [index, key] of keys.entries()) {
    await page.keyboard.press(key);
    await page.evaluate(timedCount, index + 1);
  }

  return page.evaluate(() => (globalThis as unknown as PageWindow).__batonTyping ?? []);
}
