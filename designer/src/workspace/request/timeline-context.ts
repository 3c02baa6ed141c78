import type { TFunction } from 'i18next';
import { I18nText, type FlowDefinition } from '@baton/schemas';
import type { ClosingEvent } from './closing-events.ts';

export type TimelineTone = 'blue' | 'green' | 'red' | 'gray' | 'orange';

/** One line of the request's history, ready to show. */
export type TimelineLine = {
  readonly key: string;
  /** ISO time; absent for the "waiting for" line. */
  readonly at: string | undefined;
  readonly text: string;
  readonly comment: string | undefined;
  readonly tone: TimelineTone;
  readonly pending?: boolean;
  /** Why, and the facts behind it, in the UI language (shown under the line). */
  readonly details?: readonly string[];
};

/** What a describer knows about one event. */
export type Context = {
  readonly t: TFunction;
  readonly text: (label: I18nText) => string;
  readonly step: (nodeId: string | undefined) => string;
  readonly actor: string;
  /** The person a task event is about (its assignee), by the event's task or user id. */
  readonly assignee: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly flow: FlowDefinition;
  /** Steps the history shows rejected (`step.completed` with outcome `rejected`), by step id. */
  readonly rejectedStepIds: ReadonlySet<string>;
  /** What closed each cancelled task, by task id (see `closingEvents`). */
  readonly closedBy: ReadonlyMap<string, ClosingEvent>;
  /** A person's display name by user id (the id itself when nobody knows it). */
  readonly person: (userId: string | undefined) => string;
  /** Display names of a list of user ids, as one phrase ("李娜、赵敏" / "李娜 and 赵敏"). */
  readonly people: (userIds: unknown) => string;
  /** The name of the step an event is about: its `nodeId`, else the node of its `taskId`. */
  readonly taskStep: (data: Readonly<Record<string, unknown>>) => string;
  /** A moment (ISO-8601) in the UI language. */
  readonly formatTime: (iso: string) => string;
  /** A form field's label in the UI language (the key when the form has no such field). */
  readonly field: (key: string) => string;
};

export type Sentence = Omit<TimelineLine, 'key' | 'at'>;
export type Describe = (context: Context) => Sentence | null;

export function read(data: Readonly<Record<string, unknown>>, key: string): string | undefined {
  const value = data[key];

  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function sentence(
  text: string,
  tone: TimelineTone,
  comment?: string,
  details?: readonly string[],
): Sentence {
  return details && details.length > 0 ? { text, tone, comment, details } : { text, tone, comment };
}

export const hidden: Describe = () => null;

/** The strings of a list value of an event (ids of people, nodes); nothing when not a list. */
export function readList(data: Readonly<Record<string, unknown>>, key: string): string[] {
  const value = data[key];

  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string' && item !== '')
    : [];
}

/** The stored reason of an event in the UI language: its two-language text, else the English. */
export function reasonOf(
  data: Readonly<Record<string, unknown>>,
  text: Context['text'],
): string | undefined {
  const parsed = I18nText.safeParse(data['reasonText']);

  return parsed.success ? text(parsed.data) : read(data, 'reason');
}

/**
 * The facts an event recorded, in the UI language: `factTexts` (both languages) when the
 * event has them, else the English `facts`; then the core's `notes`.
 */
export function factsOf(data: Readonly<Record<string, unknown>>, text: Context['text']): string[] {
  const both = I18nText.array().safeParse(data['factTexts']);
  const english = Array.isArray(data['facts'])
    ? data['facts'].filter((fact): fact is string => typeof fact === 'string')
    : [];
  const notes = Array.isArray(data['notes'])
    ? data['notes'].flatMap((note: unknown) => {
        const parsed = I18nText.safeParse(
          typeof note === 'object' && note !== null ? Reflect.get(note, 'text') : undefined,
        );

        return parsed.success ? [text(parsed.data)] : [];
      })
    : [];
  const facts = both.success ? both.data.map(text) : english;

  return [...facts, ...notes.filter((note) => !facts.includes(note))];
}
