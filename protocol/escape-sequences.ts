/**
 * Whole terminal escape sequences, so no parameter residue ("[2J", "[31m") is left behind when they are removed: CSI
 * (ESC [ or the C1 byte 0x9b), OSC, DCS, SOS, PM and APC strings up to their terminator, then any other two-byte ESC
 * sequence. Global: use with `replace`.
 */
export const ESCAPE_SEQUENCE =
  /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[ -~]?/g;
