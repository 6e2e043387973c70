/** Width, case and kana folded, so "ﾗﾑﾀﾞ", "らむだ" and "ラムダ" compare equal (search and filters). */
export function foldForms(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))
    .replace(/[\s・･]/g, '')
}
