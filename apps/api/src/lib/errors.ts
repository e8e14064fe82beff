/** Typed errors thrown by services; the error handler maps them to `{error_code, errors}` with the status. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly errorCode: string,
    readonly messages: string[],
  ) {
    super(messages.join('; '));
    this.name = new.target.name;
  }
}

export class ValidationError extends AppError {
  constructor(messages: string[] | string, errorCode = 'VALIDATION_ERROR') {
    super(400, errorCode, Array.isArray(messages) ? messages : [messages]);
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = 'Authentication is required', errorCode = 'UNAUTHORIZED') {
    super(401, errorCode, [message]);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You do not have permission to do this', errorCode = 'FORBIDDEN') {
    super(403, errorCode, [message]);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, id: string) {
    super(404, 'NOT_FOUND', [`${what} ${id} was not found`]);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, errorCode = 'CONFLICT') {
    super(409, errorCode, [message]);
  }
}
