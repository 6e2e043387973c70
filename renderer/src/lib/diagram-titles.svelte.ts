import { load } from './query'
import { byLang } from './i18n.svelte'

// Diagram titles, asked for once and shared by every screen that links to a diagram by name.
const titles = $state<{ ja: Record<string, string>; en: Record<string, string> }>({ ja: {}, en: {} })
let asked = false

/** The diagram's title in the UI language (its id until the list has arrived). */
export function diagramTitle(id: string): string {
  if (!asked) {
    asked = true
    void load('diagrams.list', {}).then((r) => {
      if (!r.ok) return
      titles.ja = Object.fromEntries(r.value.map((d) => [d.id, d.title]))
      titles.en = Object.fromEntries(r.value.map((d) => [d.id, d.titleEn]))
    })
  }
  return byLang(titles)[id] ?? id
}
