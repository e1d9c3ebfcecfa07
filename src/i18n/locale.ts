/**
 * Page-wide UI language for the elements' strings.
 * STUB (foundation): the Arabic-first issue wires @lit/localize here.
 */
export async function setLocale(_locale: string): Promise<void> {}
