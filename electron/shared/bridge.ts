import type { Input, MethodName, Output } from './api'
import type { Result } from './result'

/** What the preload exposes as `window.study`: one function per API method. */
export type StudyBridge = {
  [M in MethodName]: (input: Input<M>) => Promise<Result<Output<M>>>
}
