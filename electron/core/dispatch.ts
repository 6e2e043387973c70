import { api, isMethodName, type MethodName, type Output, type ParsedInput } from '@shared/api'
import { ApiFailure, fail, ok, type Result } from '@shared/result'
import { storageErrorCode } from './db/storage-errors'

export type Handlers = {
  [M in MethodName]: (input: ParsedInput<M>) => Output<M> | Promise<Output<M>>
}

/**
 * What every feature in core (`core/<name>/feature.ts`) returns: its API handlers, plus what
 * others may use of it (events to listen to, hooks), named beside them.
 */
export interface Feature<H extends Partial<Handlers>> {
  handlers: H
}

export interface DispatchLog {
  error(message: string, err?: unknown): void
}

/**
 * The single entry point both transports use: validates the input with the method's schema,
 * runs the handler and turns every outcome — including bugs — into a Result value.
 */
export async function dispatch(handlers: Handlers, name: string, rawInput: unknown, log: DispatchLog): Promise<Result<unknown>> {
  if (!isMethodName(name)) return fail('unknown_method', `Unknown API method: ${name.slice(0, 80)}`)
  const parsed = api[name].input.safeParse(rawInput ?? {})
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`)
    return fail('invalid_input', `The request for ${name} was not valid.`, details)
  }
  try {
    const handler = handlers[name] as (input: unknown) => unknown
    return ok(await handler(parsed.data))
  } catch (err) {
    if (err instanceof ApiFailure) return fail(err.code, err.message, err.details, err.reason, err.vars)
    const sqlite = storageErrorCode(err)
    if (sqlite) {
      log.error(`API ${name}: storage problem`, err)
      // Every write runs in a transaction, so a failed one leaves nothing half-written.
      return fail('storage', 'Nothing was saved: the disk is full or the data folder is read-only. Free some space or check the folder, then try again.', [
        sqlite,
      ])
    }
    log.error(`API ${name} failed`, err)
    return fail('internal', 'Something went wrong inside the app; the request did not complete.')
  }
}
