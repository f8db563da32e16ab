/** Bad input from the user (exit code 2), as opposed to a fault of ours (exit code 1). */
export class InputError extends Error {
  constructor(
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'InputError';
  }
}
