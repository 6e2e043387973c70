import type { Database } from 'better-sqlite3'
import { defaultSettings, Settings, type SettingsPatch } from '@shared/settings'
import type { SettingRow } from '../db/rows'
import type { Handlers } from '../dispatch'

/** Settings live as one row per key, so adding a setting never needs a migration. */
export function createSettingsStore(db: Database, now: () => Date) {
  const select = db.prepare<[], SettingRow>('SELECT key, value FROM settings')
  const upsert = db.prepare<[string, string, string]>(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  )

  function get(): Settings {
    const stored: Record<string, unknown> = {}
    for (const row of select.all()) {
      try {
        stored[row.key] = JSON.parse(row.value)
      } catch {
        // A hand-edited or damaged value falls back to its default rather than breaking start-up.
      }
    }
    const merged: Settings = { ...defaultSettings }
    for (const key of Object.keys(defaultSettings) as (keyof Settings)[]) {
      const field = Settings.shape[key].safeParse(stored[key])
      if (field.success) Object.assign(merged, { [key]: field.data })
    }
    return merged
  }

  const update = db.transaction((patch: SettingsPatch): Settings => {
    const at = now().toISOString()
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) upsert.run(key, JSON.stringify(value), at)
    }
    return get()
  })

  return { get, update }
}

export type SettingsStore = ReturnType<typeof createSettingsStore>

/**
 * The settings feature: its API methods, and the change it emits after every saved update
 * (the shell rebuilds its menu in the new language; nothing patches the handlers).
 */
export function settingsFeature(db: Database, now: () => Date) {
  const store = createSettingsStore(db, now)
  const listeners = new Set<(settings: Settings) => void>()
  const handlers: Pick<Handlers, 'settings.get' | 'settings.update'> = {
    'settings.get': () => store.get(),
    'settings.update': (patch) => {
      const next = store.update(patch)
      for (const listener of listeners) listener(next)
      return next
    },
  }
  return {
    handlers,
    store,
    events: {
      /** Called with the saved settings after each update; returns an unsubscribe. */
      onChange(listener: (settings: Settings) => void): () => void {
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
    },
  }
}
