import { ipcMain } from 'electron'
import { channelFor, methodNames } from '@shared/api'
import { fail } from '@shared/result'
import { dispatch, type Handlers } from '../core/dispatch'
import type { Logger } from '../core/log'
import { isTrustedSender } from './guards'

/** One ipcMain handler per API method, generated from the API table. */
export function setupIpc(handlers: Handlers, log: Logger) {
  for (const name of methodNames) {
    ipcMain.handle(channelFor(name), (event, input: unknown) => {
      if (!isTrustedSender(event.senderFrame)) {
        log.warn(`refused ${name} from untrusted sender ${event.senderFrame?.url ?? '(gone)'}`)
        return fail('forbidden', 'This request did not come from the app window.')
      }
      return dispatch(handlers, name, input, log)
    })
  }
}
