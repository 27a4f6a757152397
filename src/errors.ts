/**
 * Every failure a person can cause (a broken upload, a bad command-line argument, a hostile
 * chat message) becomes a BoardError with a code and a one-line message fit to show them.
 * Anything else is a bug and is reported as such, never as a stack trace on the user's screen.
 */
export enum ErrorCode {
  UnsupportedFile = 'unsupported_file',
  EmptyFile = 'empty_file',
  BinaryFile = 'binary_file',
  CorruptFile = 'corrupt_file',
  PasswordProtected = 'password_protected',
  TooLarge = 'too_large',
  Unreadable = 'unreadable',
  Timeout = 'timeout',
  NoText = 'no_text',
  BadArgument = 'bad_argument',
  BadDatabase = 'bad_database',
  NotFound = 'not_found',
  Forbidden = 'forbidden',
}

export class BoardError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BoardError';
    this.code = code;
  }
}

/** The one line to show a person for any thrown value. */
export function describeError(err: unknown): string {
  if (err instanceof BoardError) return err.message;
  const detail = err instanceof Error ? err.message : String(err);
  return `internal error: ${firstLine(detail)}`;
}

export function firstLine(text: string): string {
  const line = text.split(/\r?\n/)[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}

/**
 * What a member is told in chat or the tab: their mistake in their words, or, for anything else (a
 * bug, a failing disk), that it went wrong on our side — never the internal message, which is logged.
 */
export function memberMessage(err: unknown): string {
  return err instanceof BoardError ? err.message : 'something went wrong on our side';
}
