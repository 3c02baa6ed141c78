/** Longest expression source accepted, in UTF-16 code units. */
export const MAX_EXPRESSION_LENGTH = 2000;
/** Deepest expression tree accepted (a literal alone has depth 1). */
export const MAX_EXPRESSION_DEPTH = 64;
