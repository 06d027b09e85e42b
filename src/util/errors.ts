/**
 * An error the user can act on: the CLI prints its message as one line (no stack) and exits non-zero.
 * The message names the file, line, JSON path or parameter at fault.
 */
export class UserError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = 'UserError';
  }
}
