import type { Annotation, PersonalNote } from '@shared/annotation-types'

/** Annotations and personal notes as one Markdown document, grouped by note. */
export function toMarkdown(annotations: Annotation[], personal: PersonalNote[], titleOf: (id: string) => string): string {
  const out: string[] = ['# AWS study desk — 注釈とメモ', '']
  const notes = [...new Set([...annotations.map((a) => a.noteId), ...personal.map((p) => p.noteId ?? '')])]
  for (const id of notes) {
    out.push(`## ${id ? titleOf(id) : 'その他のメモ'}`, '')
    for (const a of annotations.filter((x) => x.noteId === id)) {
      out.push(`> ${a.quote.replace(/\n/g, '\n> ')}`, '')
      if (a.comment) out.push(a.comment, '')
      out.push(`<!-- ${a.color} · ${a.updatedAt} -->`, '')
    }
    for (const p of personal.filter((x) => (x.noteId ?? '') === id)) out.push(`### ${p.title}`, '', p.body, '')
  }
  return out.join('\n')
}
