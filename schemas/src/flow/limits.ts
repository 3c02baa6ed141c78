/**
 * Bounds on a flow bundle, so that a document a person could draw always fits and a hostile or
 * broken one is refused with an issue instead of exhausting the stack or the canvas.
 */

/** Most levels of objects and arrays in a bundle (the bundle itself is level 1). */
export const MAX_DOCUMENT_DEPTH = 32;
/** Most steps (nodes) in one flow. */
export const MAX_FLOW_NODES = 2000;
/** Most connections (edges) in one flow. */
export const MAX_FLOW_EDGES = 2000;
/** Largest distance from the origin of a canvas position, in either direction. */
export const MAX_COORDINATE = 1_000_000;
