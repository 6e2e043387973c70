/** Which screen owns the number and letter keys right now (the exam screen takes them over). */
export const keyboardScope = $state<{ exam: boolean }>({ exam: false })
