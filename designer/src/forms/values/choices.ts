type Option = { readonly value: string };

/**
 * The chosen values of a multi-select in the options' order, each once, unknown ones left
 * out: the order the server stores, so picking in another order changes nothing.
 */
export function orderedChoices(options: readonly Option[], value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const chosen = new Set(value.filter((item): item is string => typeof item === 'string'));

  return options.map((option) => option.value).filter((option) => chosen.has(option));
}
