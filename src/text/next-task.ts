/** Resolves in a task of its own: what comes after runs once the host's main thread had its turn. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));
